import type { ScoreCard } from '@govtrust/indicators';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { AppendOnlyEntity } from '../../database/base.entity';
import type { RankingSummary } from './ranking-summary';

/** One publication (发布) of a period's results: an immutable snapshot header, revision 1, 2, … */
@ObjectType({ description: '结果发布记录（不可修改的快照；createdAt 为发布时间）' })
@Entity('published_result')
@Index('uq_published_result', ['periodId', 'revision'], { unique: true })
export class PublishedResult extends AppendOnlyEntity {
  @Column('varchar', { length: 36 })
  cycleId: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  periodId: string;

  @Field(() => Int)
  @Column('int')
  revision: number;

  /** the computation the snapshot was copied from */
  @Column('varchar', { length: 36 })
  computationId: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  publishedBy: string;

  /** published although some cards were provisional (force) */
  @Field(() => Boolean)
  @Column('boolean')
  forced: boolean;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 1000, nullable: true })
  reason: string | null;

  @Field(() => Int)
  @Column('int')
  provisionalCount: number;
}

/** One unit's card in a publication; written once with its header, never changed. */
@Entity('published_card')
@Index('ix_published_card_snapshot', ['snapshotId', 'unitKind'])
@Index('ix_published_card_unit', ['unitId', 'periodId'])
export class PublishedCard extends AppendOnlyEntity {
  @Column('varchar', { length: 36 })
  snapshotId: string;

  @Column('varchar', { length: 36 })
  periodId: string;

  @Column('varchar', { length: 36 })
  unitId: string;

  @Column('varchar', { length: 32 })
  unitKind: string;

  @Column('varchar', { length: 16 })
  total: string;

  @Column('varchar', { length: 16 })
  maxTotal: string;

  @Column('varchar', { length: 16, nullable: true })
  grade: string | null;

  @Column('int', { nullable: true })
  rank: number | null;

  @Column('boolean')
  provisional: boolean;

  /** copied from the card so rankings sort, filter and page in SQL (see ranking-summary.ts) */
  @Column('varchar', { length: 200, default: '' })
  unitName: string;

  @Column('decimal', { precision: 12, scale: 4, default: 0 })
  totalValue: string;

  @Column('simple-json', { nullable: true })
  summary: RankingSummary | null;

  @Column('simple-json')
  card: ScoreCard;
}
