import { registerEnumType } from 'type-graphql';

export enum SubmissionState {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  RESUBMITTED = 'RESUBMITTED',
  APPROVED = 'APPROVED',
}

/** Who entered the data: the unit itself, or the office/evaluator for monitoring data. */
export enum SubmissionAuthor {
  UNIT = 'UNIT',
  CREDIT_OFFICE = 'CREDIT_OFFICE',
  EVALUATOR = 'EVALUATOR',
}

registerEnumType(SubmissionState, {
  name: 'SubmissionState',
  description: '填报状态',
  valuesConfig: {
    NOT_STARTED: { description: '未填报' },
    DRAFT: { description: '草稿' },
    PENDING_APPROVAL: { description: '待单位负责人审核' },
    SUBMITTED: { description: '已报送' },
    RETURNED: { description: '已退回' },
    RESUBMITTED: { description: '已重新报送' },
    APPROVED: { description: '已通过' },
  },
});

registerEnumType(SubmissionAuthor, {
  name: 'SubmissionAuthor',
  description: '填报主体',
  valuesConfig: {
    UNIT: { description: '单位填报' },
    CREDIT_OFFICE: { description: '信用办录入' },
    EVALUATOR: { description: '第三方录入' },
  },
});
