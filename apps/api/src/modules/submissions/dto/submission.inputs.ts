import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../../common/pagination/connection.type';
import { SubmissionState } from '../submission-enums';
import { Submission } from '../submission.entity';

const IDEMPOTENCY = /^[A-Za-z0-9_.:-]{8,100}$/;
const IDEMPOTENCY_MESSAGE = '幂等键须为8–100位字母、数字或 _ . : -';

@InputType({ description: '退回时针对某个填报项的意见' })
export class SubmissionFieldNoteInput {
  @Field(() => String, { description: '填报项 key' })
  key: string;

  @Field(() => String, { description: '意见（不超过500字）' })
  note: string;
}

@InputType({ description: '免责申请：指标编码 + 说明' })
export class ExemptionClaimInput {
  @Field(() => String)
  nodeCode: string;

  @Field(() => String, { description: '说明（不超过1000字）' })
  explanation: string;
}

@InputType({ description: '信用办对一项免责申请的认定' })
export class ExemptionDecisionInput {
  @Field(() => String)
  nodeCode: string;

  @Field(() => Boolean, { description: 'true 认定免责，false 不予认定（按填报值计分）' })
  accepted: boolean;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: '保存填报草稿' })
export class SaveSubmissionDraftInput {
  @Field(() => ID)
  taskId: string;

  @Field(() => ID)
  periodId: string;

  @Field(() => ID, { nullable: true, description: '仅信用办、第三方录入监测数据时指定；单位账号总是本单位' })
  unitId?: string | null;

  @Field(() => GraphQLJSON, {
    description: '填报值，按填报项 key，如 { "rate": { "numerator": 98, "denominator": 100 } }',
  })
  values: unknown;

  @Field(() => [ID], { nullable: true })
  evidenceIds?: string[] | null;

  @Field(() => [ExemptionClaimInput], {
    nullable: true,
    description: '免责申请（整体替换，待信用办认定）；不传则保持原申请',
  })
  exemptionClaims?: ExemptionClaimInput[] | null;

  @Field(() => Int, { nullable: true, description: '已有填报记录时必填：读取时的 version' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: '幂等键：重复提交同一键返回第一次的结果' })
  @IsOptional()
  @Matches(IDEMPOTENCY, { message: IDEMPOTENCY_MESSAGE })
  idempotencyKey?: string | null;
}

@InputType({ description: '填报状态变更' })
export class SubmissionActionInput {
  @Field(() => ID)
  submissionId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: '意见（退回、驳回、重新打开时为原因，必填）' })
  @IsOptional()
  @MaxLength(1000, { message: '意见不超过1000字' })
  comment?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(IDEMPOTENCY, { message: IDEMPOTENCY_MESSAGE })
  idempotencyKey?: string | null;

  @Field(() => [ExemptionDecisionInput], {
    nullable: true,
    description: '仅审核通过时：逐项认定单位的免责申请（有申请时必填）',
  })
  exemptionDecisions?: ExemptionDecisionInput[] | null;
}

@InputType({ description: '退回或重新打开（须写明原因）' })
export class SubmissionReasonInput {
  @Field(() => ID)
  submissionId: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String)
  @Length(1, 1000, { message: '请填写原因（不超过1000字）' })
  reason: string;

  @Field(() => [SubmissionFieldNoteInput], {
    nullable: true,
    description: '针对填报项的意见（可选，key 须为该任务的填报项）',
  })
  fieldNotes?: SubmissionFieldNoteInput[] | null;
}

@InputType({ description: '填报记录筛选' })
export class SubmissionFilter {
  @Field(() => ID, { nullable: true })
  periodId?: string | null;

  @Field(() => ID, { nullable: true, description: '单位账号忽略此项，总是本单位' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  taskId?: string | null;

  @Field(() => SubmissionState, { nullable: true })
  state?: SubmissionState | null;

  @Field(() => Boolean, { nullable: true, description: '只看迟报（true）或按时（false）' })
  late?: boolean | null;
}

@ObjectType()
export class SubmissionConnection extends Connection(Submission) {}
