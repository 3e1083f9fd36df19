import { type MigrationInterface, type QueryRunner } from "typeorm";
import { backfillRankingColumns } from "../shared/backfill-ranking-columns";

export class AddRankingColumns1795893483250 implements MigrationInterface {
    name = 'AddRankingColumns1795893483250'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "ix_published_card_snapshot"`);
        await queryRunner.query(`DROP INDEX "ix_published_card_unit"`);
        await queryRunner.query(`CREATE TABLE "temporary_published_card" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "snapshotId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitKind" varchar(32) NOT NULL, "total" varchar(16) NOT NULL, "maxTotal" varchar(16) NOT NULL, "grade" varchar(16), "rank" integer, "provisional" boolean NOT NULL, "card" text NOT NULL, "unitName" varchar(200) NOT NULL DEFAULT (''), "totalValue" decimal(12,4) NOT NULL DEFAULT (0), "summary" text)`);
        await queryRunner.query(`INSERT INTO "temporary_published_card"("id", "createdAt", "snapshotId", "periodId", "unitId", "unitKind", "total", "maxTotal", "grade", "rank", "provisional", "card") SELECT "id", "createdAt", "snapshotId", "periodId", "unitId", "unitKind", "total", "maxTotal", "grade", "rank", "provisional", "card" FROM "published_card"`);
        await queryRunner.query(`DROP TABLE "published_card"`);
        await queryRunner.query(`ALTER TABLE "temporary_published_card" RENAME TO "published_card"`);
        await queryRunner.query(`CREATE INDEX "ix_published_card_snapshot" ON "published_card" ("snapshotId", "unitKind") `);
        await queryRunner.query(`CREATE INDEX "ix_published_card_unit" ON "published_card" ("unitId", "periodId") `);
        await queryRunner.query(`DROP INDEX "ix_score_card_period_current"`);
        await queryRunner.query(`DROP INDEX "ix_score_card_unit"`);
        await queryRunner.query(`DROP INDEX "ix_score_card_computation"`);
        await queryRunner.query(`DROP INDEX "ix_score_card_cycle"`);
        await queryRunner.query(`CREATE TABLE "temporary_score_card" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "systemKey" varchar(64) NOT NULL, "systemVersion" integer NOT NULL, "cycleId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitKind" varchar(32) NOT NULL, "computationId" varchar(36) NOT NULL, "current" boolean NOT NULL, "total" varchar(16) NOT NULL, "maxTotal" varchar(16) NOT NULL, "grade" varchar(16), "rank" integer, "provisional" boolean NOT NULL, "card" text NOT NULL, "computedAt" datetime(3) NOT NULL, "unitName" varchar(200) NOT NULL DEFAULT (''), "totalValue" decimal(12,4) NOT NULL DEFAULT (0), "summary" text)`);
        await queryRunner.query(`INSERT INTO "temporary_score_card"("id", "createdAt", "systemKey", "systemVersion", "cycleId", "periodId", "unitId", "unitKind", "computationId", "current", "total", "maxTotal", "grade", "rank", "provisional", "card", "computedAt") SELECT "id", "createdAt", "systemKey", "systemVersion", "cycleId", "periodId", "unitId", "unitKind", "computationId", "current", "total", "maxTotal", "grade", "rank", "provisional", "card", "computedAt" FROM "score_card"`);
        await queryRunner.query(`DROP TABLE "score_card"`);
        await queryRunner.query(`ALTER TABLE "temporary_score_card" RENAME TO "score_card"`);
        await queryRunner.query(`CREATE INDEX "ix_score_card_period_current" ON "score_card" ("periodId", "current") `);
        await queryRunner.query(`CREATE INDEX "ix_score_card_unit" ON "score_card" ("unitId", "periodId") `);
        await queryRunner.query(`CREATE INDEX "ix_score_card_computation" ON "score_card" ("computationId") `);
        await queryRunner.query(`CREATE INDEX "ix_score_card_cycle" ON "score_card" ("cycleId") `);
        await queryRunner.query(`CREATE INDEX "ix_score_card_ranking" ON "score_card" ("periodId", "current", "unitKind", "rank") `);
        await backfillRankingColumns(queryRunner, 'score_card');
        await backfillRankingColumns(queryRunner, 'published_card');
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "ix_score_card_ranking"`);
        await queryRunner.query(`DROP INDEX "ix_score_card_cycle"`);
        await queryRunner.query(`DROP INDEX "ix_score_card_computation"`);
        await queryRunner.query(`DROP INDEX "ix_score_card_unit"`);
        await queryRunner.query(`DROP INDEX "ix_score_card_period_current"`);
        await queryRunner.query(`ALTER TABLE "score_card" RENAME TO "temporary_score_card"`);
        await queryRunner.query(`CREATE TABLE "score_card" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "systemKey" varchar(64) NOT NULL, "systemVersion" integer NOT NULL, "cycleId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitKind" varchar(32) NOT NULL, "computationId" varchar(36) NOT NULL, "current" boolean NOT NULL, "total" varchar(16) NOT NULL, "maxTotal" varchar(16) NOT NULL, "grade" varchar(16), "rank" integer, "provisional" boolean NOT NULL, "card" text NOT NULL, "computedAt" datetime(3) NOT NULL)`);
        await queryRunner.query(`INSERT INTO "score_card"("id", "createdAt", "systemKey", "systemVersion", "cycleId", "periodId", "unitId", "unitKind", "computationId", "current", "total", "maxTotal", "grade", "rank", "provisional", "card", "computedAt") SELECT "id", "createdAt", "systemKey", "systemVersion", "cycleId", "periodId", "unitId", "unitKind", "computationId", "current", "total", "maxTotal", "grade", "rank", "provisional", "card", "computedAt" FROM "temporary_score_card"`);
        await queryRunner.query(`DROP TABLE "temporary_score_card"`);
        await queryRunner.query(`CREATE INDEX "ix_score_card_cycle" ON "score_card" ("cycleId") `);
        await queryRunner.query(`CREATE INDEX "ix_score_card_computation" ON "score_card" ("computationId") `);
        await queryRunner.query(`CREATE INDEX "ix_score_card_unit" ON "score_card" ("unitId", "periodId") `);
        await queryRunner.query(`CREATE INDEX "ix_score_card_period_current" ON "score_card" ("periodId", "current") `);
        await queryRunner.query(`DROP INDEX "ix_published_card_unit"`);
        await queryRunner.query(`DROP INDEX "ix_published_card_snapshot"`);
        await queryRunner.query(`ALTER TABLE "published_card" RENAME TO "temporary_published_card"`);
        await queryRunner.query(`CREATE TABLE "published_card" ("id" varchar(36) PRIMARY KEY NOT NULL, "createdAt" datetime(3) NOT NULL, "snapshotId" varchar(36) NOT NULL, "periodId" varchar(36) NOT NULL, "unitId" varchar(36) NOT NULL, "unitKind" varchar(32) NOT NULL, "total" varchar(16) NOT NULL, "maxTotal" varchar(16) NOT NULL, "grade" varchar(16), "rank" integer, "provisional" boolean NOT NULL, "card" text NOT NULL)`);
        await queryRunner.query(`INSERT INTO "published_card"("id", "createdAt", "snapshotId", "periodId", "unitId", "unitKind", "total", "maxTotal", "grade", "rank", "provisional", "card") SELECT "id", "createdAt", "snapshotId", "periodId", "unitId", "unitKind", "total", "maxTotal", "grade", "rank", "provisional", "card" FROM "temporary_published_card"`);
        await queryRunner.query(`DROP TABLE "temporary_published_card"`);
        await queryRunner.query(`CREATE INDEX "ix_published_card_unit" ON "published_card" ("unitId", "periodId") `);
        await queryRunner.query(`CREATE INDEX "ix_published_card_snapshot" ON "published_card" ("snapshotId", "unitKind") `);
    }

}
