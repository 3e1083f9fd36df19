import { type MigrationInterface, type QueryRunner } from "typeorm";

export class Init1795873535209 implements MigrationInterface {
    name = 'Init1795873535209'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "account" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(100) NOT NULL, "role" varchar(32) NOT NULL, "unitId" varchar(36), "passwordHash" varchar(100) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "failedLogins" integer NOT NULL DEFAULT (0), "lockedUntil" datetime(3), "mustChangePassword" boolean NOT NULL DEFAULT (0), "lastLoginAt" datetime(3))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_account_username" ON "account" ("username") `);
        await queryRunner.query(`CREATE INDEX "ix_account_unit" ON "account" ("unitId") `);
        await queryRunner.query(`CREATE TABLE "session" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "tokenHash" varchar(64) NOT NULL, "accountId" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL DEFAULT ('SESSION'), "expiresAt" datetime(3) NOT NULL, "lastSeenAt" datetime(3) NOT NULL, "revokedAt" datetime(3), "ip" varchar(64), "userAgent" varchar(255))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_session_token_hash" ON "session" ("tokenHash") `);
        await queryRunner.query(`CREATE INDEX "ix_session_account" ON "session" ("accountId") `);
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "actorId" varchar(36), "actorRole" varchar(32), "unitId" varchar(36), "entity" varchar(64) NOT NULL, "entityId" varchar(64), "action" varchar(64) NOT NULL, "before" text, "after" text, "requestId" varchar(64), "ip" varchar(64))`);
        await queryRunner.query(`CREATE INDEX "ix_audit_actor" ON "audit_log" ("actorId") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_unit" ON "audit_log" ("unitId") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_created" ON "audit_log" ("createdAt") `);
        await queryRunner.query(`CREATE INDEX "ix_audit_entity" ON "audit_log" ("entity", "entityId") `);
        await queryRunner.query(`CREATE TABLE "unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "updatedAt" datetime(3) NOT NULL, "version" integer NOT NULL, "code" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(32) NOT NULL, "parentId" varchar(36), "classes" text NOT NULL, "uscc" varchar(18), "contacts" text NOT NULL, "archivedAt" datetime(3))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_unit_code" ON "unit" ("code") `);
        await queryRunner.query(`CREATE INDEX "ix_unit_parent" ON "unit" ("parentId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "ix_unit_parent"`);
        await queryRunner.query(`DROP INDEX "uq_unit_code"`);
        await queryRunner.query(`DROP TABLE "unit"`);
        await queryRunner.query(`DROP INDEX "ix_audit_entity"`);
        await queryRunner.query(`DROP INDEX "ix_audit_created"`);
        await queryRunner.query(`DROP INDEX "ix_audit_unit"`);
        await queryRunner.query(`DROP INDEX "ix_audit_actor"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
        await queryRunner.query(`DROP INDEX "ix_session_account"`);
        await queryRunner.query(`DROP INDEX "uq_session_token_hash"`);
        await queryRunner.query(`DROP TABLE "session"`);
        await queryRunner.query(`DROP INDEX "ix_account_unit"`);
        await queryRunner.query(`DROP INDEX "uq_account_username"`);
        await queryRunner.query(`DROP TABLE "account"`);
    }

}
