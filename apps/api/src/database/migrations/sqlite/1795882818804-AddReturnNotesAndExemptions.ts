import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddReturnNotesAndExemptions1795882818804 implements MigrationInterface {
    name = 'AddReturnNotesAndExemptions1795882818804'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "uq_submission_unit_task_period"`);
        await queryRunner.query(`DROP INDEX "ix_submission_period_state"`);
        await queryRunner.query(`DROP INDEX "ix_submission_task"`);
        await queryRunner.query(`DROP INDEX "ix_submission_unit"`);
        await queryRunner.query(`CREATE TABLE "temporary_submission" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "unitId" varchar(36) NOT NULL, "taskId" varchar(36) NOT NULL, "assignmentId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "state" varchar(32) NOT NULL, "values" text NOT NULL, "evidenceIds" text NOT NULL, "submittedAt" datetime(3), "late" boolean NOT NULL, "lateDays" integer NOT NULL, "lateWorkingDays" integer NOT NULL, "returnCount" integer NOT NULL, "authorRole" varchar(32) NOT NULL, "authorId" varchar(36), "lastReason" varchar(1000), "lastFieldNotes" text, "exemptionClaims" text)`);
        await queryRunner.query(`INSERT INTO "temporary_submission"("id", "createdAt", "updatedAt", "version", "unitId", "taskId", "assignmentId", "periodId", "state", "values", "evidenceIds", "submittedAt", "late", "lateDays", "lateWorkingDays", "returnCount", "authorRole", "authorId", "lastReason") SELECT "id", "createdAt", "updatedAt", "version", "unitId", "taskId", "assignmentId", "periodId", "state", "values", "evidenceIds", "submittedAt", "late", "lateDays", "lateWorkingDays", "returnCount", "authorRole", "authorId", "lastReason" FROM "submission"`);
        await queryRunner.query(`DROP TABLE "submission"`);
        await queryRunner.query(`ALTER TABLE "temporary_submission" RENAME TO "submission"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_submission_unit_task_period" ON "submission" ("unitId", "taskId", "periodId") `);
        await queryRunner.query(`CREATE INDEX "ix_submission_period_state" ON "submission" ("periodId", "state") `);
        await queryRunner.query(`CREATE INDEX "ix_submission_task" ON "submission" ("taskId") `);
        await queryRunner.query(`CREATE INDEX "ix_submission_unit" ON "submission" ("unitId") `);
        await queryRunner.query(`DROP INDEX "ix_submission_transition"`);
        await queryRunner.query(`CREATE TABLE "temporary_submission_transition" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "submissionId" varchar(36) NOT NULL, "seq" integer NOT NULL, "fromState" varchar(32) NOT NULL, "toState" varchar(32) NOT NULL, "actorId" varchar(36) NOT NULL, "role" varchar(32) NOT NULL, "comment" varchar(1000), "fieldNotes" text)`);
        await queryRunner.query(`INSERT INTO "temporary_submission_transition"("id", "createdAt", "submissionId", "seq", "fromState", "toState", "actorId", "role", "comment") SELECT "id", "createdAt", "submissionId", "seq", "fromState", "toState", "actorId", "role", "comment" FROM "submission_transition"`);
        await queryRunner.query(`DROP TABLE "submission_transition"`);
        await queryRunner.query(`ALTER TABLE "temporary_submission_transition" RENAME TO "submission_transition"`);
        await queryRunner.query(`CREATE INDEX "ix_submission_transition" ON "submission_transition" ("submissionId", "seq") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "ix_submission_transition"`);
        await queryRunner.query(`ALTER TABLE "submission_transition" RENAME TO "temporary_submission_transition"`);
        await queryRunner.query(`CREATE TABLE "submission_transition" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "submissionId" varchar(36) NOT NULL, "seq" integer NOT NULL, "fromState" varchar(32) NOT NULL, "toState" varchar(32) NOT NULL, "actorId" varchar(36) NOT NULL, "role" varchar(32) NOT NULL, "comment" varchar(1000))`);
        await queryRunner.query(`INSERT INTO "submission_transition"("id", "createdAt", "submissionId", "seq", "fromState", "toState", "actorId", "role", "comment") SELECT "id", "createdAt", "submissionId", "seq", "fromState", "toState", "actorId", "role", "comment" FROM "temporary_submission_transition"`);
        await queryRunner.query(`DROP TABLE "temporary_submission_transition"`);
        await queryRunner.query(`CREATE INDEX "ix_submission_transition" ON "submission_transition" ("submissionId", "seq") `);
        await queryRunner.query(`DROP INDEX "ix_submission_unit"`);
        await queryRunner.query(`DROP INDEX "ix_submission_task"`);
        await queryRunner.query(`DROP INDEX "ix_submission_period_state"`);
        await queryRunner.query(`DROP INDEX "uq_submission_unit_task_period"`);
        await queryRunner.query(`ALTER TABLE "submission" RENAME TO "temporary_submission"`);
        await queryRunner.query(`CREATE TABLE "submission" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "unitId" varchar(36) NOT NULL, "taskId" varchar(36) NOT NULL, "assignmentId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "state" varchar(32) NOT NULL, "values" text NOT NULL, "evidenceIds" text NOT NULL, "submittedAt" datetime(3), "late" boolean NOT NULL, "lateDays" integer NOT NULL, "lateWorkingDays" integer NOT NULL, "returnCount" integer NOT NULL, "authorRole" varchar(32) NOT NULL, "authorId" varchar(36), "lastReason" varchar(1000))`);
        await queryRunner.query(`INSERT INTO "submission"("id", "createdAt", "updatedAt", "version", "unitId", "taskId", "assignmentId", "periodId", "state", "values", "evidenceIds", "submittedAt", "late", "lateDays", "lateWorkingDays", "returnCount", "authorRole", "authorId", "lastReason") SELECT "id", "createdAt", "updatedAt", "version", "unitId", "taskId", "assignmentId", "periodId", "state", "values", "evidenceIds", "submittedAt", "late", "lateDays", "lateWorkingDays", "returnCount", "authorRole", "authorId", "lastReason" FROM "temporary_submission"`);
        await queryRunner.query(`DROP TABLE "temporary_submission"`);
        await queryRunner.query(`CREATE INDEX "ix_submission_unit" ON "submission" ("unitId") `);
        await queryRunner.query(`CREATE INDEX "ix_submission_task" ON "submission" ("taskId") `);
        await queryRunner.query(`CREATE INDEX "ix_submission_period_state" ON "submission" ("periodId", "state") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_submission_unit_task_period" ON "submission" ("unitId", "taskId", "periodId") `);
    }

}
