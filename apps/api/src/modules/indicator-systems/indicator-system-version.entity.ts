import type { IndicatorSystem, PeriodKind, UnitKind } from '@govtrust/indicators';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { IndicatorSystemStatus } from './indicator-system-status';

/**
 * One version of an indicator system (指标体系). `systemVersion` is the business version number
 * (1, 2, …); the inherited `version` is the optimistic lock. The definition is the engine's
 * IndicatorSystem JSON; `problems` and `definition` are exposed by the resolver.
 */
@ObjectType({ description: '指标体系版本' })
@Entity('indicator_system_version')
@Index('uq_indicator_system_version', ['systemKey', 'systemVersion'], { unique: true })
export class IndicatorSystemVersion extends BaseEntity {
  @Field(() => String, { description: '体系标识，如 nmg-quarterly-2022' })
  @Column('varchar', { length: 64 })
  systemKey: string;

  @Field(() => Int, { description: '版本号（1、2、…）' })
  @Column('int')
  systemVersion: number;

  @Field(() => String)
  @Column('varchar', { length: 200 })
  name: string;

  @Field(() => [String], { description: '评价对象类型' })
  @Column('simple-json')
  unitKinds: UnitKind[];

  @Field(() => String, { description: '期次类型：MONTH / QUARTER / CUMULATIVE / YEAR' })
  @Column('varchar', { length: 32 })
  periodKind: PeriodKind;

  @Field(() => IndicatorSystemStatus)
  @Column('varchar', { length: 32 })
  status: IndicatorSystemStatus;

  /** the engine's IndicatorSystem; exposed as JSON by the resolver */
  @Column('simple-json')
  definition: IndicatorSystem;

  @Field(() => Date, { nullable: true })
  @Column('datetime', { precision: 3, nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '发布人账号' })
  @Column('varchar', { length: 36, nullable: true })
  publishedBy: string | null;
}
