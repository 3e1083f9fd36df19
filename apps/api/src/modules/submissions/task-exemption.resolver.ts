import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { ExemptibleIndicator } from './submission-notes.types';

/** What a unit may claim an exemption for on a task; read wherever the task itself is readable. */
@Resolver(() => TaskDefinition)
export class TaskExemptionResolver {
  @Authorized()
  @FieldResolver(() => [ExemptibleIndicator], {
    description: '可申请免责的指标（指标体系规定了免责情形的）；填报表单和审核时使用',
  })
  exemptibleIndicators(
    @Root() task: TaskDefinition,
    @Ctx() ctx: RequestContext,
  ): Promise<ExemptibleIndicator[]> {
    return ctx.services.submissions.exemptionOptions(task);
  }
}
