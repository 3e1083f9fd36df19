import type { QueryRunner } from 'typeorm';

/**
 * Fills the ranking columns (unit name, numeric total, summary) of cards stored before they
 * existed, from each card's JSON, in batches so a large history does not sit in memory.
 * Used by both engines' AddRankingColumns migrations.
 */
export async function backfillRankingColumns(queryRunner: QueryRunner, table: 'score_card' | 'published_card'): Promise<void> {
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT ${q('id')}, ${q('card')} FROM ${q(table)} WHERE ${q('summary')} IS NULL ORDER BY ${q('id')} LIMIT 500`,
    )) as Array<{ id: string; card: string }>;
    if (rows.length === 0) return;
    for (const row of rows) {
      const card = JSON.parse(row.card) as {
        unit: { name: string };
        total: string;
        categories: Array<{ code: string; name: string; points: string; maxPoints: string }>;
        gradeOverride?: { grade: string; reason: string };
      };
      const summary = {
        categories: card.categories.map((c) => ({ code: c.code, name: c.name, points: c.points, maxPoints: c.maxPoints })),
        gradeOverride: card.gradeOverride ? { grade: card.gradeOverride.grade, reason: card.gradeOverride.reason } : null,
      };
      await queryRunner.query(
        `UPDATE ${q(table)} SET ${q('unitName')} = ?, ${q('totalValue')} = ?, ${q('summary')} = ? WHERE ${q('id')} = ?`,
        [card.unit.name, card.total, JSON.stringify(summary), row.id],
      );
    }
  }
}
