import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: '新建考核周期' })
export class CreateCycleInput {
  @Field(() => String, { description: '如 2023年度根河市社会信用体系建设考核' })
  @Length(1, 200, { message: '周期名称不能为空且不超过200字' })
  name: string;

  @Field(() => Int)
  @Min(2000, { message: '年度不正确' })
  @Max(2100, { message: '年度不正确' })
  year: number;

  @Field(() => String)
  systemKey: string;

  @Field(() => Int, { description: '已发布的版本号' })
  systemVersion: number;

  @Field(() => String, { nullable: true, description: '任务清单预置标识；据其完成时限生成月度、季度期次' })
  @IsOptional()
  @MaxLength(64, { message: '任务清单标识不超过64位' })
  taskListKey?: string | null;

  @Field(() => Boolean, { nullable: true, description: '须单位负责人审核（默认是）' })
  requiresApproverSignOff?: boolean | null;
}

@InputType({ description: '批准补报（期次锁定例外）' })
export class GrantLockExceptionInput {
  @Field(() => ID)
  periodId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => String)
  @Length(1, 500, { message: '请填写批准补报的原因（不超过500字）' })
  reason: string;

  @Field(() => Date, { description: '截止时间' })
  expiresAt: Date;
}

@InputType({ description: '设置工作日历调整' })
export class CalendarOverrideInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
  date: string;

  @Field(() => Boolean, { description: 'true 为工作日，false 为休息日' })
  isWorkday: boolean;

  @Field(() => String)
  @Length(1, 200, { message: '请填写调整原因（不超过200字）' })
  reason: string;
}
