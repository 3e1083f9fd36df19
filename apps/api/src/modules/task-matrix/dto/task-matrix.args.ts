import { ArgsType, Field, ID } from 'type-graphql';
import { UnitSearchPageArgs } from '../../../common/pagination/offset-page.args';
import { UnitKind } from '../../units/unit-kind';

@ArgsType()
export class TaskMatrixArgs extends UnitSearchPageArgs {
  @Field(() => ID)
  cycleId: string;

  @Field(() => ID, { nullable: true, description: '计算“本期应报”的期次' })
  periodId?: string | null;

  @Field(() => UnitKind, { nullable: true, defaultValue: UnitKind.DEPARTMENT, description: '单位类型（默认部门）' })
  unitKind?: UnitKind | null;
}
