import { ArgsType, Field, ID } from 'type-graphql';
import { UnitSearchPageArgs } from '../../../common/pagination/offset-page.args';
import { UnitKind } from '../../units/unit-kind';

@ArgsType()
export class TaskUnitsArgs extends UnitSearchPageArgs {
  @Field(() => ID)
  taskId: string;

  @Field(() => UnitKind, { nullable: true, defaultValue: UnitKind.DEPARTMENT, description: '单位类型（默认部门）' })
  unitKind?: UnitKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true 只列已分配的，false 只列未分配的' })
  assigned?: boolean | null;
}
