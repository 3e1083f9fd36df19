import type { EntityManager } from 'typeorm';
import { AppError, type FieldProblem } from '../../common/errors/app-error';
import type { TaskDefinition } from '../task-lists/task-definition.entity';
import type { SubmissionFieldNoteInput } from './dto/submission.inputs';
import { loadExemptionOptions } from './exemption-options';
import { valueProblems } from './submission-rules';
import { checkFieldNotes, fieldsCoveredByClaims } from './submission-notes';
import type { SubmissionFieldNote } from './submission-notes.types';
import type { Submission } from './submission.entity';

/** Field notes of a return, or VALIDATION_FAILED (nothing is written). */
export function requireFieldNotes(
  task: TaskDefinition,
  notes: readonly SubmissionFieldNoteInput[] | null | undefined,
): SubmissionFieldNote[] {
  const checked = checkFieldNotes(task.inputs, notes);
  if (checked.problems.length > 0) throw AppError.validation(checked.problems);
  return checked.notes;
}

/**
 * Value problems on submit. A field under a node the unit claims an exemption for may stay
 * empty (无监管权限 means there is nothing to report); a claim whose policy asks for evidence
 * needs at least one file.
 */
export async function submitProblems(
manager: EntityManager,
s: Submission,
task: TaskDefinition,
): Promise<FieldProblem[]> {
  const claims = s.exemptionClaims ?? [];
  const problems = valueProblems(task.inputs, s.values, { draft: false });
  if (claims.length === 0) return problems;
  const options = await loadExemptionOptions(manager, task);
  const covered = fieldsCoveredByClaims(options, claims);
  const kept = problems.filter((p) => !(p.code === 'REQUIRED' && covered.has(p.field.replace(/^values\./, ''))));
  const needsEvidence = options.filter((o) => o.requiresEvidence && claims.some((c) => c.nodeCode === o.code));
  if (needsEvidence.length > 0 && s.evidenceIds.length === 0) {
    kept.push({
      field: 'evidenceIds',
      code: 'EVIDENCE_REQUIRED',
      message: `申请免责（${needsEvidence.map((o) => o.name).join('、')}）须上传说明材料`,
    });
  }
  return kept;
}
