import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddScores1795876149661 implements MigrationInterface {
    name = 'AddScores1795876149661'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`grade_override\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`periodId\` varchar(36) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`grade\` varchar(16) NULL, \`reason\` varchar(1000) NOT NULL, \`setBy\` varchar(36) NOT NULL, UNIQUE INDEX \`uq_grade_override\` (\`periodId\`, \`unitId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`monitoring_entry\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`cycleId\` varchar(36) NOT NULL, \`periodId\` varchar(36) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`values\` text NOT NULL, \`enteredBy\` varchar(36) NOT NULL, INDEX \`ix_monitoring_entry_cycle\` (\`cycleId\`), UNIQUE INDEX \`uq_monitoring_entry\` (\`periodId\`, \`unitId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`published_result\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`cycleId\` varchar(36) NOT NULL, \`periodId\` varchar(36) NOT NULL, \`revision\` int NOT NULL, \`computationId\` varchar(36) NOT NULL, \`publishedBy\` varchar(36) NOT NULL, \`forced\` tinyint NOT NULL, \`reason\` varchar(1000) NULL, \`provisionalCount\` int NOT NULL, UNIQUE INDEX \`uq_published_result\` (\`periodId\`, \`revision\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`published_card\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`snapshotId\` varchar(36) NOT NULL, \`periodId\` varchar(36) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`unitKind\` varchar(32) NOT NULL, \`total\` varchar(16) NOT NULL, \`maxTotal\` varchar(16) NOT NULL, \`grade\` varchar(16) NULL, \`rank\` int NULL, \`provisional\` tinyint NOT NULL, \`card\` text NOT NULL, INDEX \`ix_published_card_unit\` (\`unitId\`, \`periodId\`), INDEX \`ix_published_card_snapshot\` (\`snapshotId\`, \`unitKind\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
        await queryRunner.query(`CREATE TABLE \`score_card\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`systemKey\` varchar(64) NOT NULL, \`systemVersion\` int NOT NULL, \`cycleId\` varchar(36) NOT NULL, \`periodId\` varchar(36) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`unitKind\` varchar(32) NOT NULL, \`computationId\` varchar(36) NOT NULL, \`current\` tinyint NOT NULL, \`total\` varchar(16) NOT NULL, \`maxTotal\` varchar(16) NOT NULL, \`grade\` varchar(16) NULL, \`rank\` int NULL, \`provisional\` tinyint NOT NULL, \`card\` text NOT NULL, \`computedAt\` datetime(3) NOT NULL, INDEX \`ix_score_card_cycle\` (\`cycleId\`), INDEX \`ix_score_card_computation\` (\`computationId\`), INDEX \`ix_score_card_unit\` (\`unitId\`, \`periodId\`), INDEX \`ix_score_card_period_current\` (\`periodId\`, \`current\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`ix_score_card_period_current\` ON \`score_card\``);
        await queryRunner.query(`DROP INDEX \`ix_score_card_unit\` ON \`score_card\``);
        await queryRunner.query(`DROP INDEX \`ix_score_card_computation\` ON \`score_card\``);
        await queryRunner.query(`DROP INDEX \`ix_score_card_cycle\` ON \`score_card\``);
        await queryRunner.query(`DROP TABLE \`score_card\``);
        await queryRunner.query(`DROP INDEX \`ix_published_card_snapshot\` ON \`published_card\``);
        await queryRunner.query(`DROP INDEX \`ix_published_card_unit\` ON \`published_card\``);
        await queryRunner.query(`DROP TABLE \`published_card\``);
        await queryRunner.query(`DROP INDEX \`uq_published_result\` ON \`published_result\``);
        await queryRunner.query(`DROP TABLE \`published_result\``);
        await queryRunner.query(`DROP INDEX \`uq_monitoring_entry\` ON \`monitoring_entry\``);
        await queryRunner.query(`DROP INDEX \`ix_monitoring_entry_cycle\` ON \`monitoring_entry\``);
        await queryRunner.query(`DROP TABLE \`monitoring_entry\``);
        await queryRunner.query(`DROP INDEX \`uq_grade_override\` ON \`grade_override\``);
        await queryRunner.query(`DROP TABLE \`grade_override\``);
    }

}
