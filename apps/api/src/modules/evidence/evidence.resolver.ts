import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/pagination/page.args';
import type { RequestContext } from '../../context';
import { EvidenceConnection } from './dto/evidence.inputs';
import { Evidence } from './evidence.entity';

/** Reading only: files are uploaded and downloaded over plain HTTP (/files/evidence). */
@Resolver(() => Evidence)
export class EvidenceResolver {
  @Authorized()
  @Query(() => Evidence, { description: '佐证材料；其他单位的文件返回 NOT_FOUND' })
  evidence(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Evidence> {
    return ctx.services.evidence.get(ctx, id);
  }

  @Authorized()
  @Query(() => EvidenceConnection, { description: '佐证材料列表（最新在前）；单位用户只能看到本单位' })
  evidenceList(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
  ): Promise<EvidenceConnection> {
    return ctx.services.evidence.list(ctx, unitId ?? null, page);
  }

  @FieldResolver(() => String, { description: '下载地址（需登录）' })
  downloadUrl(@Root() evidence: Evidence): string {
    return `/files/evidence/${evidence.id}`;
  }
}
