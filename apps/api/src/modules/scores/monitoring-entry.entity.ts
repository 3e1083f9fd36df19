import type { InputValues } from '@govtrust/indicators';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';

/**
 * Monitoring values (平台统计、大数据监测、其他部门提供) the credit office or the evaluator enters
 * for one unit and period, keyed by the indicator system's input keys. One row per (period,
 * unit); each entry merges into `values` under the row's version.
 */
@ObjectType({ description: '监测数据（信用办或第三方录入）' })
@Entity('monitoring_entry')
@Index('uq_monitoring_entry', ['periodId', 'unitId'], { unique: true })
export class MonitoringEntry extends BaseEntity {
  @Field(() => ID)
  @Index('ix_monitoring_entry_cycle')
  @Column('varchar', { length: 36 })
  cycleId: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  periodId: string;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  unitId: string;

  @Field(() => GraphQLJSON, { description: '监测值，按指标体系填报项 key' })
  @Column('simple-json')
  values: InputValues;

  @Field(() => ID)
  @Column('varchar', { length: 36 })
  enteredBy: string;
}
