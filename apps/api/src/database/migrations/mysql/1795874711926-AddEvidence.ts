import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddEvidence1795874711926 implements MigrationInterface {
    name = 'AddEvidence1795874711926'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE \`evidence\` (\`id\` varchar(36) NOT NULL, \`createdAt\` datetime(3) NOT NULL, \`unitId\` varchar(36) NOT NULL, \`uploadedBy\` varchar(36) NOT NULL, \`sha256\` varchar(64) NOT NULL, \`size\` int NOT NULL, \`mime\` varchar(100) NOT NULL, \`kind\` varchar(32) NOT NULL, \`originalName\` varchar(255) NOT NULL, \`storageKey\` varchar(200) NOT NULL, \`attachedAt\` datetime(3) NULL, \`deletedAt\` datetime(3) NULL, INDEX \`ix_evidence_sha256\` (\`sha256\`), INDEX \`ix_evidence_unit_created\` (\`unitId\`, \`createdAt\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`ix_evidence_unit_created\` ON \`evidence\``);
        await queryRunner.query(`DROP INDEX \`ix_evidence_sha256\` ON \`evidence\``);
        await queryRunner.query(`DROP TABLE \`evidence\``);
    }

}
