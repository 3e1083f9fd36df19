import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddJobProgress1795893526097 implements MigrationInterface {
    name = 'AddJobProgress1795893526097'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`export_job\` ADD \`processed\` int NULL`);
        await queryRunner.query(`ALTER TABLE \`export_job\` ADD \`total\` int NULL`);
        await queryRunner.query(`ALTER TABLE \`export_job\` ADD \`outcome\` text NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`export_job\` DROP COLUMN \`outcome\``);
        await queryRunner.query(`ALTER TABLE \`export_job\` DROP COLUMN \`total\``);
        await queryRunner.query(`ALTER TABLE \`export_job\` DROP COLUMN \`processed\``);
    }

}
