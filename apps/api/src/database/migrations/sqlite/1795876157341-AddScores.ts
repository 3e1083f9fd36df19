import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddScores1795876157341 implements MigrationInterface {
    name = 'AddScores1795876157341'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "grade_override" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "grade" varchar(16), "reason" varchar(1000) NOT NULL, "setBy" varchar(36) NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_grade_override" ON "grade_override" ("periodId", "unitId") `);
        await queryRunner.query(`CREATE TABLE "monitoring_entry" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "cycleId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "values" text NOT NULL, "enteredBy" varchar(36) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "ix_monitoring_entry_cycle" ON "monitoring_entry" ("cycleId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_monitoring_entry" ON "monitoring_entry" ("periodId", "unitId") `);
        await queryRunner.query(`CREATE TABLE "published_result" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "cycleId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "revision" integer NOT NULL, "computationId" varchar(36) NOT NULL, "publishedBy" varchar(36) NOT NULL, "forced" boolean NOT NULL, "reason" varchar(1000), "provisionalCount" integer NOT NULL)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_published_result" ON "published_result" ("periodId", "revision") `);
        await queryRunner.query(`CREATE TABLE "published_card" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "snapshotId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitKind" varchar(32) NOT NULL, "total" varchar(16) NOT NULL, "maxTotal" varchar(16) NOT NULL, "grade" varchar(16), "rank" integer, "provisional" boolean NOT NULL, "card" text NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "ix_published_card_unit" ON "published_card" ("unitId", "periodId") `);
        await queryRunner.query(`CREATE INDEX "ix_published_card_snapshot" ON "published_card" ("snapshotId", "unitKind") `);
        await queryRunner.query(`CREATE TABLE "score_card" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "systemKey" varchar(64) NOT NULL, "systemVersion" integer NOT NULL, "cycleId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitKind" varchar(32) NOT NULL, "computationId" varchar(36) NOT NULL, "current" boolean NOT NULL, "total" varchar(16) NOT NULL, "maxTotal" varchar(16) NOT NULL, "grade" varchar(16), "rank" integer, "provisional" boolean NOT NULL, "card" text NOT NULL, "computedAt" datetime(3) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "ix_score_card_cycle" ON "score_card" ("cycleId") `);
        await queryRunner.query(`CREATE INDEX "ix_score_card_computation" ON "score_card" ("computationId") `);
        await queryRunner.query(`CREATE INDEX "ix_score_card_unit" ON "score_card" ("unitId", "periodId") `);
        await queryRunner.query(`CREATE INDEX "ix_score_card_period_current" ON "score_card" ("periodId", "current") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "ix_score_card_period_current"`);
        await queryRunner.query(`DROP INDEX "ix_score_card_unit"`);
        await queryRunner.query(`DROP INDEX "ix_score_card_computation"`);
        await queryRunner.query(`DROP INDEX "ix_score_card_cycle"`);
        await queryRunner.query(`DROP TABLE "score_card"`);
        await queryRunner.query(`DROP INDEX "ix_published_card_snapshot"`);
        await queryRunner.query(`DROP INDEX "ix_published_card_unit"`);
        await queryRunner.query(`DROP TABLE "published_card"`);
        await queryRunner.query(`DROP INDEX "uq_published_result"`);
        await queryRunner.query(`DROP TABLE "published_result"`);
        await queryRunner.query(`DROP INDEX "uq_monitoring_entry"`);
        await queryRunner.query(`DROP INDEX "ix_monitoring_entry_cycle"`);
        await queryRunner.query(`DROP TABLE "monitoring_entry"`);
        await queryRunner.query(`DROP INDEX "uq_grade_override"`);
        await queryRunner.query(`DROP TABLE "grade_override"`);
    }

}
