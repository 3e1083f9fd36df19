import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddReturnNotesAndExemptions1795882812508 implements MigrationInterface {
    name = 'AddReturnNotesAndExemptions1795882812508'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`submission\` ADD \`lastFieldNotes\` text NULL`);
        await queryRunner.query(`ALTER TABLE \`submission\` ADD \`exemptionClaims\` text NULL`);
        await queryRunner.query(`ALTER TABLE \`submission_transition\` ADD \`fieldNotes\` text NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`submission_transition\` DROP COLUMN \`fieldNotes\``);
        await queryRunner.query(`ALTER TABLE \`submission\` DROP COLUMN \`exemptionClaims\``);
        await queryRunner.query(`ALTER TABLE \`submission\` DROP COLUMN \`lastFieldNotes\``);
    }

}
