import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { WarningKind, WarningSeverity, WarningStatus } from './warning-enums';

/**
 * 预警: one condition found by a rule for one unit in one period. `dedupeKey` (the SHA-256 of
 * rule, period, unit, task and indicator) is unique, so re-evaluating the same condition updates
 * the row instead of adding another.
 */
@ObjectType({ description: '预警' })
@Entity('warning')
@Index('ix_warning_period_unit', ['periodId', 'unitId'])
export class Warning extends BaseEntity {
  @Field(() => ID)
  @Index('ix_warning_rule')
  @Column('varchar', { length: 36 })
  ruleId: string;

  @Field(() => WarningKind)
  @Column('varchar', { length: 32 })
  kind: WarningKind;

  @Field(() => WarningSeverity)
  @Column('varchar', { length: 16 })
  severity: WarningSeverity;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  periodId: string;

  @Field(() => ID)
  @Index('ix_warning_unit')
  @Column('varchar', { length: 36 })
  unitId: string;

  @Field(() => ID, { nullable: true })
  @Column('varchar', { length: 36, nullable: true })
  taskId: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 64, nullable: true })
  indicatorCode: string | null;

  @Field(() => String, { description: '预警内容' })
  @Column('varchar', { length: 500 })
  message: string;

  @Index('uq_warning_dedupe', { unique: true })
  @Column('varchar', { length: 64 })
  dedupeKey: string;

  @Field(() => WarningStatus)
  @Index('ix_warning_status')
  @Column('varchar', { length: 16 })
  status: WarningStatus;

  @Field(() => ID, { nullable: true, description: '确认人' })
  @Column('varchar', { length: 36, nullable: true })
  acknowledgedBy: string | null;

  @Field(() => Date, { nullable: true })
  @Column('datetime', { precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => String, { nullable: true, description: '确认说明' })
  @Column('varchar', { length: 1000, nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: '解除时间' })
  @Column('datetime', { precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Field(() => Date, { description: '最近一次评估发现该情况的时间' })
  @Column('datetime', { precision: 3 })
  lastSeenAt: Date;
}
