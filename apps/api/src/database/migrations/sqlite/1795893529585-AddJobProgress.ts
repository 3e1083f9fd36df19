import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddJobProgress1795893529585 implements MigrationInterface {
    name = 'AddJobProgress1795893529585'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "uq_export_job_idempotency"`);
        await queryRunner.query(`DROP INDEX "IDX_8573ce95eeaffda1aed02ee320"`);
        await queryRunner.query(`DROP INDEX "IDX_d43f965557f7dab8cfe4c06659"`);
        await queryRunner.query(`CREATE TABLE "temporary_export_job" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "kind" varchar(32) NOT NULL, "periodId" varchar(36) NOT NULL, "provisional" boolean NOT NULL, "status" varchar(32) NOT NULL, "progress" integer NOT NULL, "stage" varchar(64), "fileName" varchar(255), "errorCode" varchar(64), "errorMessage" varchar(500), "finishedAt" datetime(3), "createdById" varchar(36) NOT NULL, "createdByRole" varchar(32) NOT NULL, "idempotencyKey" varchar(100), "processed" integer, "total" integer, "outcome" text)`);
        await queryRunner.query(`INSERT INTO "temporary_export_job"("id", "createdAt", "updatedAt", "version", "kind", "periodId", "provisional", "status", "progress", "stage", "fileName", "errorCode", "errorMessage", "finishedAt", "createdById", "createdByRole", "idempotencyKey") SELECT "id", "createdAt", "updatedAt", "version", "kind", "periodId", "provisional", "status", "progress", "stage", "fileName", "errorCode", "errorMessage", "finishedAt", "createdById", "createdByRole", "idempotencyKey" FROM "export_job"`);
        await queryRunner.query(`DROP TABLE "export_job"`);
        await queryRunner.query(`ALTER TABLE "temporary_export_job" RENAME TO "export_job"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_export_job_idempotency" ON "export_job" ("createdById", "idempotencyKey") `);
        await queryRunner.query(`CREATE INDEX "IDX_8573ce95eeaffda1aed02ee320" ON "export_job" ("createdById") `);
        await queryRunner.query(`CREATE INDEX "IDX_d43f965557f7dab8cfe4c06659" ON "export_job" ("periodId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_d43f965557f7dab8cfe4c06659"`);
        await queryRunner.query(`DROP INDEX "IDX_8573ce95eeaffda1aed02ee320"`);
        await queryRunner.query(`DROP INDEX "uq_export_job_idempotency"`);
        await queryRunner.query(`ALTER TABLE "export_job" RENAME TO "temporary_export_job"`);
        await queryRunner.query(`CREATE TABLE "export_job" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "kind" varchar(32) NOT NULL, "periodId" varchar(36) NOT NULL, "provisional" boolean NOT NULL, "status" varchar(32) NOT NULL, "progress" integer NOT NULL, "stage" varchar(64), "fileName" varchar(255), "errorCode" varchar(64), "errorMessage" varchar(500), "finishedAt" datetime(3), "createdById" varchar(36) NOT NULL, "createdByRole" varchar(32) NOT NULL, "idempotencyKey" varchar(100))`);
        await queryRunner.query(`INSERT INTO "export_job"("id", "createdAt", "updatedAt", "version", "kind", "periodId", "provisional", "status", "progress", "stage", "fileName", "errorCode", "errorMessage", "finishedAt", "createdById", "createdByRole", "idempotencyKey") SELECT "id", "createdAt", "updatedAt", "version", "kind", "periodId", "provisional", "status", "progress", "stage", "fileName", "errorCode", "errorMessage", "finishedAt", "createdById", "createdByRole", "idempotencyKey" FROM "temporary_export_job"`);
        await queryRunner.query(`DROP TABLE "temporary_export_job"`);
        await queryRunner.query(`CREATE INDEX "IDX_d43f965557f7dab8cfe4c06659" ON "export_job" ("periodId") `);
        await queryRunner.query(`CREATE INDEX "IDX_8573ce95eeaffda1aed02ee320" ON "export_job" ("createdById") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_export_job_idempotency" ON "export_job" ("createdById", "idempotencyKey") `);
    }

}
