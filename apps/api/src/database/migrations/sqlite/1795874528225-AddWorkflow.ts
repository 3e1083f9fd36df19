import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddWorkflow1795874528225 implements MigrationInterface {
    name = 'AddWorkflow1795874528225'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "assessment_cycle" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "name" varchar(200) NOT NULL, "year" integer NOT NULL, "systemKey" varchar(64) NOT NULL, "systemVersion" integer NOT NULL, "taskListKey" varchar(64), "status" varchar(32) NOT NULL, "requiresApproverSignOff" boolean NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "ix_cycle_year" ON "assessment_cycle" ("year") `);
        await queryRunner.query(`CREATE TABLE "calendar_override" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "date" varchar(10) NOT NULL, "isWorkday" boolean NOT NULL, "reason" varchar(200) NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_override_date" ON "calendar_override" ("date") `);
        await queryRunner.query(`CREATE TABLE "lock_exception" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "reason" varchar(500) NOT NULL, "expiresAt" datetime(3) NOT NULL, "grantedBy" varchar(36) NOT NULL, "revokedAt" datetime(3))`);
        await queryRunner.query(`CREATE INDEX "ix_lock_exception_period_unit" ON "lock_exception" ("periodId", "unitId") `);
        await queryRunner.query(`CREATE TABLE "period" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "cycleId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "year" integer NOT NULL, "periodIndex" integer NOT NULL, "label" varchar(64) NOT NULL, "status" varchar(32) NOT NULL, "openedAt" datetime(3), "closedAt" datetime(3))`);
        await queryRunner.query(`CREATE INDEX "ix_period_cycle" ON "period" ("cycleId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_period_cycle_kind" ON "period" ("cycleId", "kind", "year", "periodIndex") `);
        await queryRunner.query(`CREATE TABLE "indicator_system_version" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "systemKey" varchar(64) NOT NULL, "systemVersion" integer NOT NULL, "name" varchar(200) NOT NULL, "unitKinds" text NOT NULL, "periodKind" varchar(32) NOT NULL, "status" varchar(32) NOT NULL, "definition" text NOT NULL, "publishedAt" datetime(3), "publishedBy" varchar(36))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_indicator_system_version" ON "indicator_system_version" ("systemKey", "systemVersion") `);
        await queryRunner.query(`CREATE TABLE "idempotency_key" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "actorId" varchar(36) NOT NULL, "key" varchar(100) NOT NULL, "operation" varchar(64) NOT NULL, "resultId" varchar(36) NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_idempotency_key" ON "idempotency_key" ("actorId", "key") `);
        await queryRunner.query(`CREATE TABLE "submission" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "unitId" varchar(36) NOT NULL, "taskId" varchar(36) NOT NULL, "assignmentId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "state" varchar(32) NOT NULL, "values" text NOT NULL, "evidenceIds" text NOT NULL, "submittedAt" datetime(3), "late" boolean NOT NULL, "lateDays" integer NOT NULL, "lateWorkingDays" integer NOT NULL, "returnCount" integer NOT NULL, "authorRole" varchar(32) NOT NULL, "authorId" varchar(36), "lastReason" varchar(1000))`);
        await queryRunner.query(`CREATE INDEX "ix_submission_unit" ON "submission" ("unitId") `);
        await queryRunner.query(`CREATE INDEX "ix_submission_task" ON "submission" ("taskId") `);
        await queryRunner.query(`CREATE INDEX "ix_submission_period_state" ON "submission" ("periodId", "state") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_submission_unit_task_period" ON "submission" ("unitId", "taskId", "periodId") `);
        await queryRunner.query(`CREATE TABLE "submission_transition" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "submissionId" varchar(36) NOT NULL, "seq" integer NOT NULL, "fromState" varchar(32) NOT NULL, "toState" varchar(32) NOT NULL, "actorId" varchar(36) NOT NULL, "role" varchar(32) NOT NULL, "comment" varchar(1000))`);
        await queryRunner.query(`CREATE INDEX "ix_submission_transition" ON "submission_transition" ("submissionId", "seq") `);
        await queryRunner.query(`CREATE TABLE "task_assignment" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "cycleId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "taskId" varchar(36) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "ix_task_assignment_cycle" ON "task_assignment" ("cycleId") `);
        await queryRunner.query(`CREATE INDEX "ix_task_assignment_task" ON "task_assignment" ("taskId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_task_assignment" ON "task_assignment" ("unitId", "taskId") `);
        await queryRunner.query(`CREATE TABLE "task_definition" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "cycleId" varchar(36) NOT NULL, "code" varchar(64) NOT NULL, "title" varchar(200) NOT NULL, "category" varchar(100), "sourceText" text NOT NULL, "target" varchar(500), "deadline" text NOT NULL, "deadlineText" varchar(500), "indicatorCodes" text NOT NULL, "inputs" text NOT NULL, "evidence" text, "dataSource" varchar(32) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "ix_task_definition_cycle" ON "task_definition" ("cycleId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_task_definition_code" ON "task_definition" ("cycleId", "code") `);
        await queryRunner.query(`CREATE TABLE "task_due" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "assignmentId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "taskId" varchar(36) NOT NULL, "dueDate" varchar(10))`);
        await queryRunner.query(`CREATE INDEX "ix_task_due_period" ON "task_due" ("periodId") `);
        await queryRunner.query(`CREATE INDEX "ix_task_due_unit_period" ON "task_due" ("unitId", "periodId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_task_due" ON "task_due" ("assignmentId", "periodId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "uq_task_due"`);
        await queryRunner.query(`DROP INDEX "ix_task_due_unit_period"`);
        await queryRunner.query(`DROP INDEX "ix_task_due_period"`);
        await queryRunner.query(`DROP TABLE "task_due"`);
        await queryRunner.query(`DROP INDEX "uq_task_definition_code"`);
        await queryRunner.query(`DROP INDEX "ix_task_definition_cycle"`);
        await queryRunner.query(`DROP TABLE "task_definition"`);
        await queryRunner.query(`DROP INDEX "uq_task_assignment"`);
        await queryRunner.query(`DROP INDEX "ix_task_assignment_task"`);
        await queryRunner.query(`DROP INDEX "ix_task_assignment_cycle"`);
        await queryRunner.query(`DROP TABLE "task_assignment"`);
        await queryRunner.query(`DROP INDEX "ix_submission_transition"`);
        await queryRunner.query(`DROP TABLE "submission_transition"`);
        await queryRunner.query(`DROP INDEX "uq_submission_unit_task_period"`);
        await queryRunner.query(`DROP INDEX "ix_submission_period_state"`);
        await queryRunner.query(`DROP INDEX "ix_submission_task"`);
        await queryRunner.query(`DROP INDEX "ix_submission_unit"`);
        await queryRunner.query(`DROP TABLE "submission"`);
        await queryRunner.query(`DROP INDEX "uq_idempotency_key"`);
        await queryRunner.query(`DROP TABLE "idempotency_key"`);
        await queryRunner.query(`DROP INDEX "uq_indicator_system_version"`);
        await queryRunner.query(`DROP TABLE "indicator_system_version"`);
        await queryRunner.query(`DROP INDEX "uq_period_cycle_kind"`);
        await queryRunner.query(`DROP INDEX "ix_period_cycle"`);
        await queryRunner.query(`DROP TABLE "period"`);
        await queryRunner.query(`DROP INDEX "ix_lock_exception_period_unit"`);
        await queryRunner.query(`DROP TABLE "lock_exception"`);
        await queryRunner.query(`DROP INDEX "uq_calendar_override_date"`);
        await queryRunner.query(`DROP TABLE "calendar_override"`);
        await queryRunner.query(`DROP INDEX "ix_cycle_year"`);
        await queryRunner.query(`DROP TABLE "assessment_cycle"`);
    }

}
