import { GraphQLJSON } from 'graphql-scalars';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { OffsetPageArgs } from '../../../common/pagination/offset-page.args';
import { PeriodKindEnum } from '../../cycles/cycle-enums';
import { UnitKind } from '../../units/unit-kind';
import { RankingSort, ScoreGrade } from './score.types';

@ArgsType()
export class RankingArgs extends OffsetPageArgs {
  @Field(() => ID)
  periodId: string;

  @Field(() => UnitKind)
  unitKind: UnitKind;

  @Field(() => Boolean, { nullable: true, description: '为 true 时返回当前暂定结果（未发布）；默认只返回已发布结果' })
  provisional?: boolean | null;

  @Field(() => RankingSort, { nullable: true, defaultValue: RankingSort.RANK, description: '排序字段（默认按名次）' })
  sortBy?: RankingSort | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: '为 true 时倒序；无值（无名次、无上期）的行总在最后' })
  descending?: boolean | null;

  @Field(() => String, { nullable: true, description: '单位名称包含' })
  @IsOptional()
  @MaxLength(50, { message: '搜索内容不能超过50字' })
  search?: string | null;

  @Field(() => ScoreGrade, { nullable: true, description: '只看某一等级' })
  grade?: ScoreGrade | null;

  @Field(() => Boolean, { nullable: true, description: '为 true 时只看未评级的单位' })
  ungradedOnly?: boolean | null;
}

@ArgsType()
export class ScoreTrendArgs {
  @Field(() => ID)
  unitId: string;

  @Field(() => ID)
  cycleId: string;

  @Field(() => PeriodKindEnum)
  periodKind: PeriodKindEnum;

  @Field(() => Boolean, { nullable: true })
  provisional?: boolean | null;
}

@InputType({ description: '等级调整' })
export class OverrideGradeInput {
  @Field(() => ID)
  periodId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => ScoreGrade)
  @IsIn(Object.values(ScoreGrade), { message: '等级不正确' })
  grade: ScoreGrade;

  @Field(() => String, { description: '调整原因（必填）' })
  @MaxLength(1000, { message: '原因不能超过1000字' })
  reason: string;
}

@InputType({ description: '发布考核结果' })
export class PublishResultsInput {
  @Field(() => ID)
  periodId: string;

  @Field(() => Boolean, { nullable: true, description: '存在暂定结果时仍然发布（须填写原因）' })
  @IsOptional()
  force?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: '原因不能超过1000字' })
  reason?: string | null;
}

@InputType({ description: '录入监测数据' })
export class EnterMonitoringValuesInput {
  @Field(() => ID)
  periodId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => GraphQLJSON, { description: '按填报项 key 的值；null 表示删除该项' })
  values: Record<string, unknown>;

  @Field(() => Int, { nullable: true, description: '已有监测数据时必填：读取时的版本号' })
  @IsOptional()
  expectedVersion?: number | null;
}
