import { validateValues, type InputField, type InputValues } from '@govtrust/indicators';
import type { FieldProblem } from '../../common/errors/app-error';
import { SubmissionAuthor, SubmissionState } from './submission-enums';

/** States in which the author may still change values and evidence. */
export const EDITABLE_STATES: ReadonlySet<SubmissionState> = new Set([
  SubmissionState.DRAFT,
  SubmissionState.RETURNED,
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_EVIDENCE = 50;

/**
 * Field problems of `values` against the task's inputs. A draft may leave fields empty (REQUIRED is
 * checked on submit only) but never holds a wrong value or a key the task does not have.
 */
export function valueProblems(
  fields: InputField[],
  values: unknown,
  { draft }: { draft: boolean },
): FieldProblem[] {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) {
    return [{ field: 'values', message: '填报值必须是一个对象（按填报项填写）' }];
  }
  const known = new Set(fields.map((f) => f.key));
  const unknown = Object.keys(values).filter((key) => !known.has(key));
  const problems: FieldProblem[] = unknown.map((key) => ({
    field: `values.${key}`,
    code: 'UNKNOWN_FIELD',
    message: `“${key}”不是该任务的填报项`,
  }));
  for (const p of validateValues(fields, values as InputValues)) {
    if (draft && p.code === 'REQUIRED') continue;
    problems.push({ field: `values.${p.field}`, code: p.code, message: p.message });
  }
  return problems;
}

export function evidenceIdProblems(ids: readonly string[]): FieldProblem[] {
  if (ids.length > MAX_EVIDENCE) return [{ field: 'evidenceIds', message: `佐证材料最多${MAX_EVIDENCE}个` }];
  const bad = ids.filter((id) => !UUID.test(id));
  if (bad.length > 0) return [{ field: 'evidenceIds', message: `佐证材料编号格式不正确：${bad.join('、')}` }];
  if (new Set(ids).size !== ids.length) return [{ field: 'evidenceIds', message: '佐证材料重复' }];
  return [];
}

/** Where `submit` leads: through the unit approver when the cycle asks for sign-off, else to the office. */
export function stateAfterSubmit(
  from: SubmissionState,
  author: SubmissionAuthor,
  requiresApproverSignOff: boolean,
): SubmissionState | null {
  if (!EDITABLE_STATES.has(from)) return null;
  if (author === SubmissionAuthor.UNIT && requiresApproverSignOff) return SubmissionState.PENDING_APPROVAL;
  return from === SubmissionState.RETURNED ? SubmissionState.RESUBMITTED : SubmissionState.SUBMITTED;
}

/** After the approver signs off: a submission that was returned before goes back as RESUBMITTED. */
export function stateAfterSignOff(returnCount: number): SubmissionState {
  return returnCount > 0 ? SubmissionState.RESUBMITTED : SubmissionState.SUBMITTED;
}

/** After the approver rejects: back to the author in the state it came from. */
export function stateAfterApproverReject(returnCount: number): SubmissionState {
  return returnCount > 0 ? SubmissionState.RETURNED : SubmissionState.DRAFT;
}

export const REVIEWABLE_STATES: ReadonlySet<SubmissionState> = new Set([
  SubmissionState.SUBMITTED,
  SubmissionState.RESUBMITTED,
]);

export const stateNames: Record<SubmissionState, string> = {
  [SubmissionState.NOT_STARTED]: '未填报',
  [SubmissionState.DRAFT]: '草稿',
  [SubmissionState.PENDING_APPROVAL]: '待单位负责人审核',
  [SubmissionState.SUBMITTED]: '已报送',
  [SubmissionState.RETURNED]: '已退回',
  [SubmissionState.RESUBMITTED]: '已重新报送',
  [SubmissionState.APPROVED]: '已通过',
};
