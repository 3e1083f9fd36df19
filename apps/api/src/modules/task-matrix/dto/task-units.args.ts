import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { PageArgs } from '../../../common/pagination/page.args';
import { UnitKind } from '../../units/unit-kind';

@ArgsType()
export class TaskUnitsArgs extends PageArgs {
  @Field(() => ID)
  taskId: string;

  @Field(() => UnitKind, { nullable: true, defaultValue: UnitKind.DEPARTMENT, description: '单位类型（默认部门）' })
  unitKind?: UnitKind | null;

  @Field(() => Int, { nullable: true, description: '从第几条开始（0 起，用于跳页；不能与 after 同用）' })
  @IsOptional()
  @Min(0, { message: '起始位置不能为负数' })
  @Max(1_000_000, { message: '起始位置过大' })
  offset?: number | null;

  @Field(() => String, { nullable: true, description: '按单位编码或名称查找' })
  @IsOptional()
  @MaxLength(50, { message: '搜索内容不能超过50字' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true 只列已分配的，false 只列未分配的' })
  assigned?: boolean | null;
}
