import { ArgsType, Field, ID } from 'type-graphql';
import { UnitSearchPageArgs } from '../../../common/pagination/offset-page.args';

@ArgsType()
export class UnitProgressArgs extends UnitSearchPageArgs {
  @Field(() => ID)
  periodId: string;

  @Field(() => Boolean, { nullable: true, description: '只列出有未报送或被退回任务的单位' })
  outstandingOnly?: boolean | null;
}
