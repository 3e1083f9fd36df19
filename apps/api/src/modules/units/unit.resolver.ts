import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, can } from '../../common/auth/permissions';
import { PageArgs } from '../../common/pagination/page.args';
import type { RequestContext } from '../../context';
import { CreateUnitInput, UnitConnection, UnitFilter, UpdateUnitInput } from './dto/unit.inputs';
import { Unit } from './unit.entity';

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized()
  @Query(() => UnitConnection, { description: '单位列表；单位用户只能看到本单位' })
  units(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => UnitFilter, { nullable: true }) filter?: UnitFilter | null,
  ): Promise<UnitConnection> {
    return ctx.services.units.list(ctx, filter ?? {}, page);
  }

  @Authorized()
  @Query(() => Unit)
  unit(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Unit> {
    return ctx.services.units.get(ctx, id);
  }

  @Authorized(Action.UNIT_MANAGE)
  @Mutation(() => Unit, { description: '新建单位（信用办、管理员）' })
  createUnit(@Ctx() ctx: RequestContext, @Arg('input', () => CreateUnitInput) input: CreateUnitInput): Promise<Unit> {
    return ctx.services.units.create(ctx, input);
  }

  @Authorized(Action.UNIT_MANAGE)
  @Mutation(() => Unit, { description: '修改单位；version 不一致时返回 CONFLICT' })
  updateUnit(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateUnitInput) input: UpdateUnitInput): Promise<Unit> {
    return ctx.services.units.update(ctx, input);
  }

  @Authorized(Action.UNIT_MANAGE)
  @Mutation(() => Unit, { description: '归档单位（须先归档其下级单位）' })
  archiveUnit(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ): Promise<Unit> {
    return ctx.services.units.archive(ctx, id, version);
  }

  /** Hierarchy links are only followed for roles that read every unit. */
  @FieldResolver(() => Unit, { nullable: true, description: '上级单位' })
  parent(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<Unit | null> {
    if (!unit.parentId || !can(ctx.user, Action.UNIT_READ_ALL)) return Promise.resolve(null);
    return ctx.loaders.unitById.load(unit.parentId);
  }

  @FieldResolver(() => [Unit], { description: '未归档的直接下级单位' })
  children(@Root() unit: Unit, @Ctx() ctx: RequestContext): Promise<Unit[]> {
    if (!can(ctx.user, Action.UNIT_READ_ALL)) return Promise.resolve([]);
    return ctx.loaders.unitChildren.load(unit.id);
  }
}
