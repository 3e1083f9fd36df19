import { Field, ObjectType } from 'type-graphql';
import { ApiToken } from '../api-token.entity';

@ObjectType({ description: '新建的 API 令牌：token 只在此时返回一次，请妥善保存' })
export class CreatedApiToken {
  @Field(() => String, { description: '令牌原文，使用方式 Authorization: Bearer <token>；只读，不能执行任何修改操作' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}
