import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddEvidence1795874724370 implements MigrationInterface {
    name = 'AddEvidence1795874724370'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "evidence" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "unitId" varchar(36) NOT NULL, "uploadedBy" varchar(36) NOT NULL, "sha256" varchar(64) NOT NULL, "size" integer NOT NULL, "mime" varchar(100) NOT NULL, "kind" varchar(32) NOT NULL, "originalName" varchar(255) NOT NULL, "storageKey" varchar(200) NOT NULL, "attachedAt" datetime(3), "deletedAt" datetime(3))`);
        await queryRunner.query(`CREATE INDEX "ix_evidence_sha256" ON "evidence" ("sha256") `);
        await queryRunner.query(`CREATE INDEX "ix_evidence_unit_created" ON "evidence" ("unitId", "createdAt") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "ix_evidence_unit_created"`);
        await queryRunner.query(`DROP INDEX "ix_evidence_sha256"`);
        await queryRunner.query(`DROP TABLE "evidence"`);
    }

}
