import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: '每页条数，最多 100（默认 20）' })
  @IsOptional()
  @Min(1, { message: '每页条数至少为 1' })
  @Max(100, { message: '每页条数最多为 100' })
  first?: number | null = 20;

  @Field(() => String, { nullable: true, description: '上一页返回的 endCursor' })
  after?: string | null;
}
