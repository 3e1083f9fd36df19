import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { PeriodKindEnum, PeriodStatus } from './cycle-enums';

/** 期次: one month, quarter or year of a cycle; units may write only while it is OPEN. */
@ObjectType({ description: '期次' })
@Entity('period')
@Index('uq_period_cycle_kind', ['cycleId', 'kind', 'year', 'index'], { unique: true })
export class Period extends BaseEntity {
  @Field(() => ID)
  @Index('ix_period_cycle')
  @Column('varchar', { length: 36 })
  cycleId: string;

  @Field(() => PeriodKindEnum)
  @Column('varchar', { length: 32 })
  kind: PeriodKindEnum;

  @Field(() => Int)
  @Column('int')
  year: number;

  /** month 1–12, quarter 1–4, 1 for a year ("index" is reserved in MySQL, hence the column name) */
  @Field(() => Int, { description: '月份1–12、季度1–4，年度为1' })
  @Column('int', { name: 'periodIndex' })
  index: number;

  @Field(() => String, { description: '如 2023年第三季度' })
  @Column('varchar', { length: 64 })
  label: string;

  @Field(() => PeriodStatus)
  @Column('varchar', { length: 32 })
  status: PeriodStatus;

  @Field(() => Date, { nullable: true })
  @Column('datetime', { precision: 3, nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column('datetime', { precision: 3, nullable: true })
  closedAt: Date | null;
}
