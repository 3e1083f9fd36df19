import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, capabilities } from '../../common/auth/permissions';
import { PageArgs } from '../../common/pagination/page.args';
import type { RequestContext } from '../../context';
import { Unit } from '../units/unit.entity';
import { Account } from './account.entity';
import { AccountConnection, AccountFilter, CreateAccountInput, UpdateAccountInput } from './dto/account.inputs';

@Resolver(() => Account)
export class AccountResolver {
  @Authorized(Action.ACCOUNT_READ)
  @Query(() => AccountConnection, { description: '账号列表（管理员、信用办）' })
  accounts(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AccountFilter, { nullable: true }) filter?: AccountFilter | null,
  ): Promise<AccountConnection> {
    return ctx.services.accounts.list(ctx, filter ?? {}, page);
  }

  @Authorized(Action.ACCOUNT_READ)
  @Query(() => Account)
  account(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Account> {
    return ctx.services.accounts.get(ctx, id);
  }

  @Authorized(Action.ACCOUNT_MANAGE)
  @Mutation(() => Account, { description: '新建账号（管理员）；首次登录须修改密码' })
  createAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
  ): Promise<Account> {
    return ctx.services.accounts.create(ctx, input);
  }

  @Authorized(Action.ACCOUNT_MANAGE)
  @Mutation(() => Account, { description: '修改账号（管理员）' })
  updateAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
  ): Promise<Account> {
    return ctx.services.accounts.update(ctx, input);
  }

  @Authorized(Action.ACCOUNT_MANAGE)
  @Mutation(() => Account, { description: '停用账号（管理员），并注销其所有会话' })
  deactivateAccount(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ): Promise<Account> {
    return ctx.services.accounts.deactivate(ctx, id, version);
  }

  @Authorized(Action.ACCOUNT_MANAGE)
  @Mutation(() => Account, { description: '重置密码（管理员）；该账号下次登录须修改密码' })
  resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<Account> {
    return ctx.services.accounts.resetPassword(ctx, id, newPassword);
  }

  @FieldResolver(() => Unit, { nullable: true, description: '所属单位' })
  unit(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    return account.unitId ? ctx.loaders.unitById.load(account.unitId) : Promise.resolve(null);
  }

  /** The role's actions, so the apps derive their access flags from the server's table. */
  @FieldResolver(() => [Action], { description: '该账号角色拥有的操作权限' })
  capabilities(@Root() account: Account): Action[] {
    return [...capabilities(account.role)];
  }
}
