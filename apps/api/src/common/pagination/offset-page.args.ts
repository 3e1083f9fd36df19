import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { PageArgs } from './page.args';

/** Pages the database sorts and counts: a cursor, or an offset to jump to page N (see offset-page.ts). */
@ArgsType()
export class OffsetPageArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: '从第几条开始（0 起，用于跳页；不能与 after 同用）' })
  @IsOptional()
  @Min(0, { message: '起始位置不能为负数' })
  @Max(1_000_000, { message: '起始位置过大' })
  offset?: number | null;
}

/** …listing units, found by code or name. */
@ArgsType()
export class UnitSearchPageArgs extends OffsetPageArgs {
  @Field(() => String, { nullable: true, description: '按单位编码或名称查找' })
  @IsOptional()
  @MaxLength(50, { message: '搜索内容不能超过50字' })
  search?: string | null;
}
