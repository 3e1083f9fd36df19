import { type MigrationInterface, type QueryRunner } from "typeorm";
import { backfillRankingColumns } from "../shared/backfill-ranking-columns";

export class AddRankingColumns1795893479198 implements MigrationInterface {
    name = 'AddRankingColumns1795893479198'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE \`published_card\` ADD \`unitName\` varchar(200) NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE \`published_card\` ADD \`totalValue\` decimal(12,4) NOT NULL DEFAULT '0.0000'`);
        await queryRunner.query(`ALTER TABLE \`published_card\` ADD \`summary\` text NULL`);
        await queryRunner.query(`ALTER TABLE \`score_card\` ADD \`unitName\` varchar(200) NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE \`score_card\` ADD \`totalValue\` decimal(12,4) NOT NULL DEFAULT '0.0000'`);
        await queryRunner.query(`ALTER TABLE \`score_card\` ADD \`summary\` text NULL`);
        await queryRunner.query(`CREATE INDEX \`ix_score_card_ranking\` ON \`score_card\` (\`periodId\`, \`current\`, \`unitKind\`, \`rank\`)`);
        await backfillRankingColumns(queryRunner, 'score_card');
        await backfillRankingColumns(queryRunner, 'published_card');
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX \`ix_score_card_ranking\` ON \`score_card\``);
        await queryRunner.query(`ALTER TABLE \`score_card\` DROP COLUMN \`summary\``);
        await queryRunner.query(`ALTER TABLE \`score_card\` DROP COLUMN \`totalValue\``);
        await queryRunner.query(`ALTER TABLE \`score_card\` DROP COLUMN \`unitName\``);
        await queryRunner.query(`ALTER TABLE \`published_card\` DROP COLUMN \`summary\``);
        await queryRunner.query(`ALTER TABLE \`published_card\` DROP COLUMN \`totalValue\``);
        await queryRunner.query(`ALTER TABLE \`published_card\` DROP COLUMN \`unitName\``);
    }

}
