import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '指标体系校验问题' })
export class SystemProblemType {
  @Field(() => String, { description: 'ERROR 或 WARNING' })
  severity: 'ERROR' | 'WARNING';

  @Field(() => String)
  code: string;

  @Field(() => String, { description: '位置，如 categories[1].children[0]' })
  path: string;

  @Field(() => String, { nullable: true })
  nodeCode?: string;

  @Field(() => String)
  message: string;
}
