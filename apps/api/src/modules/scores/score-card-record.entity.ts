import type { ScoreCard } from '@govtrust/indicators';
import { Column, Entity, Index } from 'typeorm';
import { AppendOnlyEntity } from '../../database/base.entity';
import type { RankingSummary } from './ranking-summary';

/**
 * One unit's computed scorecard for one period, from one computation (every recompute writes a
 * new set and flags it current; earlier sets stay as history). Never updated except `current`.
 */
@Entity('score_card')
@Index('ix_score_card_period_current', ['periodId', 'current'])
@Index('ix_score_card_unit', ['unitId', 'periodId'])
@Index('ix_score_card_ranking', ['periodId', 'current', 'unitKind', 'rank'])
export class ScoreCardRecord extends AppendOnlyEntity {
  @Column('varchar', { length: 64 })
  systemKey: string;

  @Column('int')
  systemVersion: number;

  @Index('ix_score_card_cycle')
  @Column('varchar', { length: 36 })
  cycleId: string;

  @Column('varchar', { length: 36 })
  periodId: string;

  @Column('varchar', { length: 36 })
  unitId: string;

  @Column('varchar', { length: 32 })
  unitKind: string;

  /** every card of one recompute shares it */
  @Index('ix_score_card_computation')
  @Column('varchar', { length: 36 })
  computationId: string;

  @Column('boolean')
  current: boolean;

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

  @Column('datetime', { precision: 3 })
  computedAt: Date;
}
