import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ApiToken } from './api-token.entity';
import { CreatedApiToken } from './dto/api-token.inputs';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized()
  @Mutation(() => CreatedApiToken, {
    description: '新建只读 API 令牌（领导、信用办，供 BI 工具拉取报表）；令牌原文只返回这一次',
  })
  createApiToken(
    @Ctx() ctx: RequestContext,
    @Arg('name', () => String) name: string,
    @Arg('expiresAt', () => Date, { nullable: true, description: '到期时间，默认一年，最长三年' }) expiresAt?: Date | null,
  ): Promise<CreatedApiToken> {
    return ctx.services.apiTokens.create(ctx, name, expiresAt);
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: '撤销本人的 API 令牌' })
  revokeApiToken(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApiToken> {
    return ctx.services.apiTokens.revoke(ctx, id);
  }

  @Authorized()
  @Query(() => [ApiToken], { description: '本人的 API 令牌（不含令牌原文）' })
  myApiTokens(@Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return ctx.services.apiTokens.mine(ctx);
  }
}
