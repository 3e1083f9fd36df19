import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { PageArgs } from '../../../common/pagination/page.args';

@ArgsType()
export class UnitProgressArgs extends PageArgs {
  @Field(() => ID)
  periodId: string;

  @Field(() => Int, { nullable: true, description: '从第几条开始（0 起，用于跳页；不能与 after 同用）' })
  @IsOptional()
  @Min(0, { message: '起始位置不能为负数' })
  @Max(1_000_000, { message: '起始位置过大' })
  offset?: number | null;

  @Field(() => String, { nullable: true, description: '按单位编码或名称查找' })
  @IsOptional()
  @MaxLength(50, { message: '搜索内容不能超过50字' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只列出有未报送或被退回任务的单位' })
  outstandingOnly?: boolean | null;
}
