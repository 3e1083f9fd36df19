import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../common/pagination/connection.type';
import { WarningKind, WarningSeverity, WarningStatus } from '../warning-enums';
import { Warning } from '../warning.entity';

const POINTS = /^\d{1,4}(\.\d{1,2})?$/;

@InputType({ description: '新建预警规则' })
export class CreateWarningRuleInput {
  @Field(() => ID, { nullable: true, description: '适用的考核周期；不填表示全部周期' })
  cycleId?: string | null;

  @Field(() => String)
  @Length(1, 100, { message: '规则名称不能为空且不超过100字' })
  name: string;

  @Field(() => WarningKind)
  kind: WarningKind;

  @Field(() => String, { nullable: true, description: '分数阈值，如 60 或 10.5' })
  @IsOptional()
  @Matches(POINTS, { message: '分数阈值须为不超过两位小数的非负数' })
  threshold?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '天数须为整数' })
  @Min(0, { message: '天数不能为负数' })
  @Max(365, { message: '天数不能超过365' })
  days?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64, { message: '指标编码不超过64字' })
  indicatorCode?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  enabled?: boolean | null;

  @Field(() => WarningSeverity, { nullable: true, defaultValue: WarningSeverity.MEDIUM })
  severity?: WarningSeverity | null;
}

@InputType({ description: '修改预警规则（须带上读取时的 version）；未给出的字段不变' })
export class UpdateWarningRuleInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: '规则名称不能为空且不超过100字' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(POINTS, { message: '分数阈值须为不超过两位小数的非负数' })
  threshold?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: '天数须为整数' })
  @Min(0, { message: '天数不能为负数' })
  @Max(365, { message: '天数不能超过365' })
  days?: number | null;

  @Field(() => String, { nullable: true, description: '传空字符串表示任一指标' })
  @IsOptional()
  @MaxLength(64, { message: '指标编码不超过64字' })
  indicatorCode?: string | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => WarningSeverity, { nullable: true })
  severity?: WarningSeverity | null;
}

@InputType({ description: '预警筛选条件' })
export class WarningFilter {
  @Field(() => ID, { nullable: true })
  periodId?: string | null;

  @Field(() => ID, { nullable: true, description: '单位用户只能看到本单位，此条件对其无效' })
  unitId?: string | null;

  @Field(() => WarningStatus, { nullable: true })
  status?: WarningStatus | null;

  @Field(() => WarningKind, { nullable: true })
  kind?: WarningKind | null;
}

@ObjectType()
export class WarningConnection extends Connection(Warning) {}

@ObjectType({ description: '一次预警评估的结果' })
export class WarningEvaluation {
  @Field(() => Int, { description: '新增（含重新出现）的预警' })
  opened: number;

  @Field(() => Int, { description: '仍然存在的预警' })
  kept: number;

  @Field(() => Int, { description: '情况消失而解除的预警' })
  resolved: number;

  @Field(() => Boolean, { description: '是否评估了分数类规则（已有计分结果时）' })
  scoresEvaluated: boolean;
}
