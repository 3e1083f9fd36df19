/**
 * Rules for what a reviewer and a unit may attach to a submission besides its values: field
 * notes on a return, exemption claims and the office's decisions on them. Pure functions; the
 * service turns the problems into VALIDATION_FAILED.
 */
import { walkNodes, type IndicatorNode, type IndicatorSystem, type InputField } from '@govtrust/indicators';
import type { FieldProblem } from '../../common/errors/app-error';
import {
  ExemptionDecision,
  type ExemptibleIndicator,
  type ExemptionClaim,
  type SubmissionFieldNote,
} from './submission-notes.types';

export const MAX_FIELD_NOTE = 500;
export const MAX_EXPLANATION = 1000;

export interface FieldNoteEntry {
  key: string;
  note: string;
}

/** Notes keyed by the task's input fields; every key must be a field, every note non-empty. */
export function checkFieldNotes(
  fields: InputField[],
  notes: readonly FieldNoteEntry[] | null | undefined,
): { notes: SubmissionFieldNote[]; problems: FieldProblem[] } {
  const labels = new Map(fields.map((f) => [f.key, f.label]));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  const kept: SubmissionFieldNote[] = [];
  for (const entry of notes ?? []) {
    const field = `fieldNotes.${entry.key}`;
    const note = entry.note.trim();
    if (!labels.has(entry.key)) {
      problems.push({ field, code: 'UNKNOWN_FIELD', message: `“${entry.key}”不是该任务的填报项` });
    } else if (seen.has(entry.key)) {
      problems.push({ field, code: 'DUPLICATE', message: `“${labels.get(entry.key)}”的意见重复` });
    } else if (!note) {
      problems.push({ field, code: 'REQUIRED', message: `请填写对“${labels.get(entry.key)}”的意见，或删除该项` });
    } else if (note.length > MAX_FIELD_NOTE) {
      problems.push({ field, code: 'TOO_LONG', message: `对“${labels.get(entry.key)}”的意见不超过${MAX_FIELD_NOTE}字` });
    }
    seen.add(entry.key);
    if (labels.has(entry.key) && note && note.length <= MAX_FIELD_NOTE) kept.push({ key: entry.key, note });
  }
  return { notes: problems.length > 0 ? [] : kept, problems };
}

function fieldKeysUnder(node: IndicatorNode): string[] {
  const keys: string[] = [];
  walkNodes({ categories: [node] }, ({ node: n }) => keys.push(...(n.inputs ?? []).map((f) => f.key)));
  return keys;
}

/**
 * Where a unit may claim an exemption for a task: nodes with an exemption policy that the task
 * names (or lie under one it names) or whose input fields the task collects.
 */
export function exemptibleIndicators(
  system: IndicatorSystem,
  task: { indicatorCodes: string[]; inputs: InputField[] },
): ExemptibleIndicator[] {
  const taskKeys = new Set(task.inputs.map((f) => f.key));
  const named = new Set(task.indicatorCodes);
  const result: ExemptibleIndicator[] = [];
  const visit = (node: IndicatorNode, underNamed: boolean) => {
    const inNamed = underNamed || named.has(node.code);
    if (node.exemption) {
      const fieldKeys = fieldKeysUnder(node).filter((k) => taskKeys.has(k));
      if (inNamed || fieldKeys.length > 0) {
        result.push({
          code: node.code,
          name: node.name,
          condition: node.exemption.sourceText ?? null,
          policy: node.exemption.policy,
          points: node.exemption.points == null ? null : String(node.exemption.points),
          requiresEvidence: node.exemption.requiresEvidence ?? false,
          fieldKeys,
        });
      }
    }
    for (const child of node.children ?? []) visit(child, inNamed);
  };
  for (const category of system.categories) visit(category, false);
  return result;
}

export interface ClaimEntry {
  nodeCode: string;
  explanation: string;
}

/** A unit's claims, checked against the nodes that allow one; every claim starts PENDING. */
export function checkClaims(
  options: readonly ExemptibleIndicator[],
  claims: readonly ClaimEntry[],
): { claims: ExemptionClaim[]; problems: FieldProblem[] } {
  const byCode = new Map(options.map((o) => [o.code, o]));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  const kept: ExemptionClaim[] = [];
  for (const claim of claims) {
    const field = `exemptionClaims.${claim.nodeCode}`;
    const option = byCode.get(claim.nodeCode);
    const explanation = claim.explanation.trim();
    if (!option) {
      problems.push({
        field,
        code: 'EXEMPTION_NOT_ALLOWED',
        message: `指标“${claim.nodeCode}”没有规定免责情形，或不属于该任务，不能申请免责`,
      });
    } else if (seen.has(claim.nodeCode)) {
      problems.push({ field, code: 'DUPLICATE', message: `“${option.name}”的免责申请重复` });
    } else if (!explanation) {
      problems.push({ field, code: 'REQUIRED', message: `请说明“${option.name}”的免责理由` });
    } else if (explanation.length > MAX_EXPLANATION) {
      problems.push({ field, code: 'TOO_LONG', message: `免责说明不超过${MAX_EXPLANATION}字` });
    } else {
      kept.push({
        nodeCode: option.code,
        nodeName: option.name,
        explanation,
        decision: ExemptionDecision.PENDING,
        reviewNote: null,
      });
    }
    seen.add(claim.nodeCode);
  }
  return { claims: problems.length > 0 ? [] : kept, problems };
}

export interface DecisionEntry {
  nodeCode: string;
  accepted: boolean;
  note?: string | null;
}

/** The office decides every claim when approving: no claim left open, no decision without a claim. */
export function decideClaims(
  claims: readonly ExemptionClaim[],
  decisions: readonly DecisionEntry[],
): { claims: ExemptionClaim[]; problems: FieldProblem[] } {
  const byCode = new Map(decisions.map((d) => [d.nodeCode, d]));
  const claimed = new Set(claims.map((c) => c.nodeCode));
  const problems: FieldProblem[] = [];
  if (byCode.size !== decisions.length) {
    problems.push({ field: 'exemptionDecisions', code: 'DUPLICATE', message: '同一指标的免责认定重复' });
  }
  for (const d of decisions) {
    if (!claimed.has(d.nodeCode)) {
      problems.push({
        field: `exemptionDecisions.${d.nodeCode}`,
        code: 'UNKNOWN_CLAIM',
        message: `单位没有就指标“${d.nodeCode}”申请免责`,
      });
    } else if ((d.note?.trim().length ?? 0) > MAX_FIELD_NOTE) {
      problems.push({ field: `exemptionDecisions.${d.nodeCode}`, code: 'TOO_LONG', message: `认定意见不超过${MAX_FIELD_NOTE}字` });
    }
  }
  const open = claims.filter((c) => !byCode.has(c.nodeCode));
  if (open.length > 0) {
    problems.push({
      field: 'exemptionDecisions',
      code: 'REQUIRED',
      message: `请逐项认定免责申请：${open.map((c) => c.nodeName).join('、')}`,
    });
  }
  if (problems.length > 0) return { claims: [...claims], problems };
  return {
    claims: claims.map((c) => {
      const d = byCode.get(c.nodeCode)!;
      return {
        ...c,
        decision: d.accepted ? ExemptionDecision.ACCEPTED : ExemptionDecision.REJECTED,
        reviewNote: d.note?.trim() || null,
      };
    }),
    problems,
  };
}

/** Claims go back to PENDING when approved data is reopened: the next approval decides again. */
export function reopenClaims(claims: ExemptionClaim[] | null): ExemptionClaim[] | null {
  if (!claims || claims.length === 0) return claims;
  return claims.map((c) => ({ ...c, decision: ExemptionDecision.PENDING, reviewNote: null }));
}

/** Input fields under a claimed node: the unit need not fill them (scored by the exemption if accepted). */
export function fieldsCoveredByClaims(
  options: readonly ExemptibleIndicator[],
  claims: readonly ExemptionClaim[],
): Set<string> {
  const claimed = new Set(claims.map((c) => c.nodeCode));
  return new Set(options.filter((o) => claimed.has(o.code)).flatMap((o) => o.fieldKeys));
}
