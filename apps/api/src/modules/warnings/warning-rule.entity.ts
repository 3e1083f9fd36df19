import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../database/base.entity';
import { WarningKind, WarningSeverity } from './warning-enums';

/**
 * 预警规则: one condition to watch, for one cycle or (cycleId null) every cycle. Which parameter
 * matters depends on the kind: threshold (TOTAL_BELOW, DROP_MORE_THAN points), days
 * (DEADLINE_WITHIN, RETURNED_NOT_RESUBMITTED), indicatorCode (INDICATOR_AT_ZERO; null = any).
 */
@ObjectType({ description: '预警规则' })
@Entity('warning_rule')
export class WarningRule extends BaseEntity {
  @Field(() => ID, { nullable: true, description: '适用的考核周期；为空表示全部周期' })
  @Index('ix_warning_rule_cycle')
  @Column('varchar', { length: 36, nullable: true })
  cycleId: string | null;

  @Field(() => String, { description: '规则名称' })
  @Column('varchar', { length: 100 })
  name: string;

  @Field(() => WarningKind)
  @Column('varchar', { length: 32 })
  kind: WarningKind;

  @Field(() => String, { nullable: true, description: '分数阈值（TOTAL_BELOW 的分数线、DROP_MORE_THAN 的下降分数）' })
  @Column('varchar', { length: 16, nullable: true })
  threshold: string | null;

  @Field(() => Int, { nullable: true, description: '天数（DEADLINE_WITHIN、RETURNED_NOT_RESUBMITTED）' })
  @Column('int', { nullable: true })
  days: number | null;

  @Field(() => String, { nullable: true, description: '指标编码（INDICATOR_AT_ZERO；为空表示任一指标）' })
  @Column('varchar', { length: 64, nullable: true })
  indicatorCode: string | null;

  @Field(() => Boolean)
  @Column('boolean')
  enabled: boolean;

  @Field(() => WarningSeverity)
  @Column('varchar', { length: 16 })
  severity: WarningSeverity;
}
