import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { PublishedCard, PublishedResult } from './published-result.entity';
import { ScoreCardRecord } from './score-card-record.entity';

export interface PublishedSet {
  snapshot: PublishedResult;
  cards: PublishedCard[];
}

/** Per request (context.ts): the current computation's cards of each period id, one query per batch. */
export function createCurrentCardsLoader(dataSource: DataSource): DataLoader<string, ScoreCardRecord[]> {
  return new DataLoader(async (periodIds) => {
    const rows = await dataSource.getRepository(ScoreCardRecord).findBy({ periodId: In([...periodIds]), current: true });
    return periodIds.map((id) => rows.filter((r) => r.periodId === id));
  });
}

/** Per request: the latest publication of each period id with its cards, two queries per batch. */
export function createPublishedCardsLoader(dataSource: DataSource): DataLoader<string, PublishedSet | null> {
  return new DataLoader(async (periodIds) => {
    const snapshots = await dataSource.getRepository(PublishedResult).findBy({ periodId: In([...periodIds]) });
    const latest = new Map<string, PublishedResult>();
    for (const s of snapshots) {
      const seen = latest.get(s.periodId);
      if (!seen || seen.revision < s.revision) latest.set(s.periodId, s);
    }
    const ids = [...latest.values()].map((s) => s.id);
    const cards = ids.length === 0 ? [] : await dataSource.getRepository(PublishedCard).findBy({ snapshotId: In(ids) });
    return periodIds.map((id) => {
      const snapshot = latest.get(id);
      return snapshot ? { snapshot, cards: cards.filter((c) => c.snapshotId === snapshot.id) } : null;
    });
  });
}

export interface ScoreLoaders {
  currentCards: DataLoader<string, ScoreCardRecord[]>;
  publishedCards: DataLoader<string, PublishedSet | null>;
}
