import { type MigrationInterface, type QueryRunner } from "typeorm";

export class AddWarningsAndApiTokens1795875966937 implements MigrationInterface {
    name = 'AddWarningsAndApiTokens1795875966937'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "api_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "name" varchar(100) NOT NULL, "accountId" varchar(36) NOT NULL, "sessionId" varchar(36) NOT NULL, "expiresAt" datetime(3) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "ix_api_token_account" ON "api_token" ("accountId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_token_session" ON "api_token" ("sessionId") `);
        await queryRunner.query(`CREATE TABLE "warning_rule" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "cycleId" varchar(36), "name" varchar(100) NOT NULL, "kind" varchar(32) NOT NULL, "threshold" varchar(16), "days" integer, "indicatorCode" varchar(64), "enabled" boolean NOT NULL, "severity" varchar(16) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "ix_warning_rule_cycle" ON "warning_rule" ("cycleId") `);
        await queryRunner.query(`CREATE TABLE "warning" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "ruleId" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "severity" varchar(16) NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "taskId" varchar(36), "indicatorCode" varchar(64), "message" varchar(500) NOT NULL, "dedupeKey" varchar(64) NOT NULL, "status" varchar(16) NOT NULL, "acknowledgedBy" varchar(36), "acknowledgedAt" datetime(3), "note" varchar(1000), "resolvedAt" datetime(3), "lastSeenAt" datetime(3) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "ix_warning_rule" ON "warning" ("ruleId") `);
        await queryRunner.query(`CREATE INDEX "ix_warning_unit" ON "warning" ("unitId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_warning_dedupe" ON "warning" ("dedupeKey") `);
        await queryRunner.query(`CREATE INDEX "ix_warning_status" ON "warning" ("status") `);
        await queryRunner.query(`CREATE INDEX "ix_warning_period_unit" ON "warning" ("periodId", "unitId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "ix_warning_period_unit"`);
        await queryRunner.query(`DROP INDEX "ix_warning_status"`);
        await queryRunner.query(`DROP INDEX "uq_warning_dedupe"`);
        await queryRunner.query(`DROP INDEX "ix_warning_unit"`);
        await queryRunner.query(`DROP INDEX "ix_warning_rule"`);
        await queryRunner.query(`DROP TABLE "warning"`);
        await queryRunner.query(`DROP INDEX "ix_warning_rule_cycle"`);
        await queryRunner.query(`DROP TABLE "warning_rule"`);
        await queryRunner.query(`DROP INDEX "uq_api_token_session"`);
        await queryRunner.query(`DROP INDEX "ix_api_token_account"`);
        await queryRunner.query(`DROP TABLE "api_token"`);
    }

}
