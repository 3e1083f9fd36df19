import type { Submission } from './submission.entity';

type Snapshot = Record<string, unknown>;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The audit snapshots of a draft save: the version, the inputs whose value changed (old and new,
 * input by input; a cleared input reads null) and the evidence list or exemption claims when they
 * changed. A draft is saved many times while a unit fills it in: two full copies of every value
 * per save made the audit row the largest write of the save. The creation row holds the first full
 * set, so each later state can still be rebuilt from the trail.
 */
export function draftChange(before: Submission, after: Submission): { before: Snapshot; after: Snapshot } {
  const was: Snapshot = { version: before.version };
  const is: Snapshot = { version: after.version };
  const oldValues = (before.values ?? {}) as Snapshot;
  const newValues = (after.values ?? {}) as Snapshot;
  const changed = [...new Set([...Object.keys(oldValues), ...Object.keys(newValues)])].filter(
    (key) => !same(oldValues[key], newValues[key]),
  );
  if (changed.length > 0) {
    was.values = Object.fromEntries(changed.map((key) => [key, oldValues[key] ?? null]));
    is.values = Object.fromEntries(changed.map((key) => [key, newValues[key] ?? null]));
  }
  if (!same(before.evidenceIds, after.evidenceIds)) {
    was.evidenceIds = before.evidenceIds;
    is.evidenceIds = after.evidenceIds;
  }
  if (!same(before.exemptionClaims, after.exemptionClaims)) {
    was.exemptionClaims = before.exemptionClaims;
    is.exemptionClaims = after.exemptionClaims;
  }
  return { before: was, after: is };
}
