import { type MigrationInterface, type QueryRunner } from "typeorm";

export class Init1795873531696 implements MigrationInterface {
    name = 'Init1795873531696'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`account\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`username\` varchar(64) NOT NULL, \`displayName\` varchar(100) NOT NULL, \`role\` varchar(32) NOT NULL, \`unitId\` varchar(36) NULL, \`passwordHash\` varchar(100) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`failedLogins\` int NOT NULL DEFAULT '0', \`lockedUntil\` datetime(3) NULL, \`mustChangePassword\` tinyint NOT NULL DEFAULT 0, \`lastLoginAt\` datetime(3) NULL, UNIQUE INDEX \`uq_account_username\` (\`username\`), INDEX \`ix_account_unit\` (\`unitId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`session\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`tokenHash\` varchar(64) NOT NULL, \`accountId\` varchar(36) NOT NULL, \`kind\` varchar(16) NOT NULL DEFAULT 'SESSION', \`expiresAt\` datetime(3) NOT NULL, \`lastSeenAt\` datetime(3) NOT NULL, \`revokedAt\` datetime(3) NULL, \`ip\` varchar(64) NULL, \`userAgent\` varchar(255) NULL, UNIQUE INDEX \`uq_session_token_hash\` (\`tokenHash\`), INDEX \`ix_session_account\` (\`accountId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`audit_log\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`actorId\` varchar(36) NULL, \`actorRole\` varchar(32) NULL, \`unitId\` varchar(36) NULL, \`entity\` varchar(64) NOT NULL, \`entityId\` varchar(64) NULL, \`action\` varchar(64) NOT NULL, \`before\` text NULL, \`after\` text NULL, \`requestId\` varchar(64) NULL, \`ip\` varchar(64) NULL, INDEX \`ix_audit_actor\` (\`actorId\`), INDEX \`ix_audit_unit\` (\`unitId\`), INDEX \`ix_audit_created\` (\`createdAt\`), INDEX \`ix_audit_entity\` (\`entity\`, \`entityId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`unit\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`code\` varchar(64) NOT NULL, \`name\` varchar(200) NOT NULL, \`kind\` varchar(32) NOT NULL, \`parentId\` varchar(36) NULL, \`classes\` text NOT NULL, \`uscc\` varchar(18) NULL, \`contacts\` text NOT NULL, \`archivedAt\` datetime(3) NULL, UNIQUE INDEX \`uq_unit_code\` (\`code\`), INDEX \`ix_unit_parent\` (\`parentId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`ix_unit_parent\` ON \`unit\``);
        await queryRunner.query(`DROP INDEX \`uq_unit_code\` ON \`unit\``);
        await queryRunner.query(`DROP TABLE \`unit\``);
        await queryRunner.query(`DROP INDEX \`ix_audit_entity\` ON \`audit_log\``);
        await queryRunner.query(`DROP INDEX \`ix_audit_created\` ON \`audit_log\``);
        await queryRunner.query(`DROP INDEX \`ix_audit_unit\` ON \`audit_log\``);
        await queryRunner.query(`DROP INDEX \`ix_audit_actor\` ON \`audit_log\``);
        await queryRunner.query(`DROP TABLE \`audit_log\``);
        await queryRunner.query(`DROP INDEX \`ix_session_account\` ON \`session\``);
        await queryRunner.query(`DROP INDEX \`uq_session_token_hash\` ON \`session\``);
        await queryRunner.query(`DROP TABLE \`session\``);
        await queryRunner.query(`DROP INDEX \`ix_account_unit\` ON \`account\``);
        await queryRunner.query(`DROP INDEX \`uq_account_username\` ON \`account\``);
        await queryRunner.query(`DROP TABLE \`account\``);
    }

}
