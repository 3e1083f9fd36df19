import type { InputField } from '@govtrust/indicators';
import { SubmissionAuthor, SubmissionState } from './submission-enums';
import {
  evidenceIdProblems,
  stateAfterApproverReject,
  stateAfterSignOff,
  stateAfterSubmit,
  valueProblems,
} from './submission-rules';

const fields: InputField[] = [
  {
    key: 'rate',
    label: '合规率',
    type: 'rate',
    numeratorLabel: '入库数据量',
    denominatorLabel: '上报数据量',
    display: 'PERCENT',
  },
  { key: 'cases', label: '案例数', type: 'count', unit: '条' },
];

describe('valueProblems', () => {
  it('accepts a partial draft but requires every field on submit', () => {
    expect(valueProblems(fields, { cases: 3 }, { draft: true })).toEqual([]);
    const onSubmit = valueProblems(fields, { cases: 3 }, { draft: false });
    expect(onSubmit).toEqual([expect.objectContaining({ field: 'values.rate', code: 'REQUIRED' })]);
  });

  it('names wrong types, negative counts, numerator above denominator and unknown keys in Chinese', () => {
    const problems = valueProblems(
      fields,
      { rate: { numerator: 101, denominator: 100 }, cases: -1, extra: 1 },
      { draft: true },
    );
    expect(problems.map((p) => p.code).sort()).toEqual([
      'NEGATIVE',
      'NUMERATOR_GT_DENOMINATOR',
      'UNKNOWN_FIELD',
    ]);
    expect(problems.find((p) => p.code === 'NUMERATOR_GT_DENOMINATOR')?.message).toContain('不能大于');
    expect(valueProblems(fields, { cases: 'many' }, { draft: true })[0]?.field).toBe('values.cases');
    expect(valueProblems(fields, [1], { draft: true })[0]?.message).toMatch(/必须是一个对象/);
  });
});

describe('evidenceIdProblems', () => {
  it('wants distinct UUIDs', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(evidenceIdProblems([id])).toEqual([]);
    expect(evidenceIdProblems(['x'])[0]?.message).toMatch(/格式不正确/);
    expect(evidenceIdProblems([id, id])[0]?.message).toMatch(/重复/);
  });
});

describe('state machine', () => {
  it('sends a unit draft to its approver when the cycle requires sign-off', () => {
    expect(stateAfterSubmit(SubmissionState.DRAFT, SubmissionAuthor.UNIT, true)).toBe(
      SubmissionState.PENDING_APPROVAL,
    );
    expect(stateAfterSubmit(SubmissionState.DRAFT, SubmissionAuthor.UNIT, false)).toBe(
      SubmissionState.SUBMITTED,
    );
    expect(stateAfterSubmit(SubmissionState.RETURNED, SubmissionAuthor.EVALUATOR, true)).toBe(
      SubmissionState.RESUBMITTED,
    );
    expect(stateAfterSubmit(SubmissionState.APPROVED, SubmissionAuthor.UNIT, true)).toBeNull();
    expect(stateAfterSubmit(SubmissionState.PENDING_APPROVAL, SubmissionAuthor.UNIT, true)).toBeNull();
  });

  it('remembers a return when the approver signs off or rejects', () => {
    expect(stateAfterSignOff(0)).toBe(SubmissionState.SUBMITTED);
    expect(stateAfterSignOff(1)).toBe(SubmissionState.RESUBMITTED);
    expect(stateAfterApproverReject(0)).toBe(SubmissionState.DRAFT);
    expect(stateAfterApproverReject(2)).toBe(SubmissionState.RETURNED);
  });
});
