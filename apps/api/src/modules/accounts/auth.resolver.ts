import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Account } from './account.entity';
import { LoginPayload } from './dto/account.inputs';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: '登录：写入 httpOnly Cookie gt_session，并返回令牌供 Bearer 使用' })
  async login(
    @Ctx() ctx: RequestContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ): Promise<LoginPayload> {
    const result = await ctx.services.auth.login(ctx, username, password);
    ctx.cookies.setSession(result.token, result.expiresAt);
    return result;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '退出登录' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.auth.logout(ctx);
    ctx.cookies.clearSession();
    return true;
  }

  @Authorized()
  @Mutation(() => Account, { description: '修改本人密码（至少8位，含字母和数字）' })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('oldPassword', () => String) oldPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<Account> {
    return ctx.services.auth.changePassword(ctx, oldPassword, newPassword);
  }

  @Authorized()
  @Query(() => Account, { description: '当前登录账号' })
  me(@Ctx() ctx: RequestContext): Promise<Account> {
    return ctx.services.accounts.me(ctx);
  }
}
