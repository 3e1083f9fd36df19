import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddExportJobs1795882795324 implements MigrationInterface {
    name = 'AddExportJobs1795882795324'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`export_job\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`updatedAt\` datetime(3) NOT NULL, \`version\` int NOT NULL, \`kind\` varchar(32) NOT NULL, \`periodId\` varchar(36) NOT NULL, \`provisional\` tinyint NOT NULL, \`status\` varchar(32) NOT NULL, \`progress\` int NOT NULL, \`stage\` varchar(64) NULL, \`fileName\` varchar(255) NULL, \`errorCode\` varchar(64) NULL, \`errorMessage\` varchar(500) NULL, \`finishedAt\` datetime(3) NULL, \`createdById\` varchar(36) NOT NULL, \`createdByRole\` varchar(32) NOT NULL, \`idempotencyKey\` varchar(100) NULL, INDEX \`IDX_d43f965557f7dab8cfe4c06659\` (\`periodId\`), INDEX \`IDX_8573ce95eeaffda1aed02ee320\` (\`createdById\`), UNIQUE INDEX \`uq_export_job_idempotency\` (\`createdById\`, \`idempotencyKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`uq_export_job_idempotency\` ON \`export_job\``);
        await queryRunner.query(`DROP INDEX \`IDX_8573ce95eeaffda1aed02ee320\` ON \`export_job\``);
        await queryRunner.query(`DROP INDEX \`IDX_d43f965557f7dab8cfe4c06659\` ON \`export_job\``);
        await queryRunner.query(`DROP TABLE \`export_job\``);
    }

}
