import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** A reviewer's note on one input field, written when returning a submission. */
@ObjectType({ description: '退回意见：针对某个填报项' })
export class SubmissionFieldNote {
  @Field(() => String, { description: '填报项 key' })
  key: string;

  @Field(() => String)
  note: string;
}

export enum ExemptionDecision {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(ExemptionDecision, {
  name: 'ExemptionDecision',
  description: '免责申请认定结果',
  valuesConfig: {
    PENDING: { description: '待认定' },
    ACCEPTED: { description: '认定免责' },
    REJECTED: { description: '不予认定' },
  },
});

/**
 * 免责申请 (e.g. 无监管权限的提供说明不扣分): claimed by the unit with an explanation, decided by
 * the credit office on approval; only ACCEPTED claims of APPROVED submissions reach the engine.
 */
@ObjectType({ description: '免责申请' })
export class ExemptionClaim {
  @Field(() => String, { description: '指标编码' })
  nodeCode: string;

  @Field(() => String, { description: '指标名称（申请时）' })
  nodeName: string;

  @Field(() => String, { description: '单位的说明' })
  explanation: string;

  @Field(() => ExemptionDecision)
  decision: ExemptionDecision;

  @Field(() => String, { nullable: true, description: '信用办认定意见' })
  reviewNote: string | null;
}

/** A node of the task's indicators on which the system allows an exemption. */
@ObjectType({ description: '可申请免责的指标' })
export class ExemptibleIndicator {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: '免责情形原文' })
  condition: string | null;

  @Field(() => String, { description: '认定后的计分：FULL 满分，POINTS 固定分值，NOT_APPLICABLE 不计入总分' })
  policy: string;

  @Field(() => String, { nullable: true, description: 'POINTS 时的分值' })
  points: string | null;

  @Field(() => Boolean, { description: '是否须附佐证材料' })
  requiresEvidence: boolean;

  @Field(() => [String], { description: '该指标涉及的本任务填报项 key（认定免责时可不填）' })
  fieldKeys: string[];
}
