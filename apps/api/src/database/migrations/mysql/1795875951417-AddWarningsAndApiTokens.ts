import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddWarningsAndApiTokens1795875951417 implements MigrationInterface {
    name = 'AddWarningsAndApiTokens1795875951417'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`api_token\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`name\` varchar(100) NOT NULL, \`accountId\` varchar(36) NOT NULL, \`sessionId\` varchar(36) NOT NULL, \`expiresAt\` datetime(3) NOT NULL, INDEX \`ix_api_token_account\` (\`accountId\`), UNIQUE INDEX \`uq_api_token_session\` (\`sessionId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`warning_rule\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`cycleId\` varchar(36) NULL, \`name\` varchar(100) NOT NULL, \`kind\` varchar(32) NOT NULL, \`threshold\` varchar(16) NULL, \`days\` int NULL, \`indicatorCode\` varchar(64) NULL, \`enabled\` tinyint NOT NULL, \`severity\` varchar(16) NOT NULL, INDEX \`ix_warning_rule_cycle\` (\`cycleId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`warning\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`ruleId\` varchar(36) NOT NULL, \`kind\` varchar(32) NOT NULL, \`severity\` varchar(16) NOT NULL, \`periodId\` varchar(36) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`taskId\` varchar(36) NULL, \`indicatorCode\` varchar(64) NULL, \`message\` varchar(500) NOT NULL, \`dedupeKey\` varchar(64) NOT NULL, \`status\` varchar(16) NOT NULL, \`acknowledgedBy\` varchar(36) NULL, \`acknowledgedAt\` datetime(3) NULL, \`note\` varchar(1000) NULL, \`resolvedAt\` datetime(3) NULL, \`lastSeenAt\` datetime(3) NOT NULL, INDEX \`ix_warning_rule\` (\`ruleId\`), INDEX \`ix_warning_unit\` (\`unitId\`), UNIQUE INDEX \`uq_warning_dedupe\` (\`dedupeKey\`), INDEX \`ix_warning_status\` (\`status\`), INDEX \`ix_warning_period_unit\` (\`periodId\`, \`unitId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`ix_warning_period_unit\` ON \`warning\``);
        await queryRunner.query(`DROP INDEX \`ix_warning_status\` ON \`warning\``);
        await queryRunner.query(`DROP INDEX \`uq_warning_dedupe\` ON \`warning\``);
        await queryRunner.query(`DROP INDEX \`ix_warning_unit\` ON \`warning\``);
        await queryRunner.query(`DROP INDEX \`ix_warning_rule\` ON \`warning\``);
        await queryRunner.query(`DROP TABLE \`warning\``);
        await queryRunner.query(`DROP INDEX \`ix_warning_rule_cycle\` ON \`warning_rule\``);
        await queryRunner.query(`DROP TABLE \`warning_rule\``);
        await queryRunner.query(`DROP INDEX \`uq_api_token_session\` ON \`api_token\``);
        await queryRunner.query(`DROP INDEX \`ix_api_token_account\` ON \`api_token\``);
        await queryRunner.query(`DROP TABLE \`api_token\``);
    }

}
