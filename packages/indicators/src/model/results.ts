/**
 * What scoring produces. Points are decimal strings rounded once (half-up, system decimals) so
 * that JSON, the database and the UI never see a binary float.
 */
import type { Grade, UnitKind } from './system';
import type { InputValues } from './inputs';

/** The unit being scored, as the engine needs to know it. */
export interface ScoredUnit {
  id: string;
  name: string;
  kind: UnitKind;
  classes?: string[];
}

/** One unit's data for one period. */
export interface UnitSubmission {
  unit: ScoredUnit;
  values: InputValues;
  /** accepted exemptions: node code → explanation (说明) */
  exemptions?: Record<string, string>;
  /** manual grade override by the credit office */
  gradeOverride?: { grade: Grade; reason: string };
}

export type NodeStatus =
  | 'SCORED'
  | 'NOT_APPLICABLE' // the node does not apply to this unit (kind/class) or its exemption drops it
  | 'EXEMPTED' // exemption accepted, scored by its policy
  | 'MISSING_INPUT' // required values absent: scored 0 and flagged
  | 'PENDING_PEERS'; // a peer rule whose peers are not all in yet (provisional)

export interface NodeScore {
  code: string;
  name: string;
  level: 'CATEGORY' | 'INDICATOR' | 'ITEM';
  maxPoints: string;
  /** rounded points (decimal string); negative only for penalties */
  points: string;
  status: NodeStatus;
  /** Chinese explanation a department can check */
  explanation: string;
  children?: NodeScore[];
}

export interface ScoreCard {
  systemId: string;
  systemVersion: number;
  unit: ScoredUnit;
  total: string;
  /** the maximum this unit could reach (differs from the stated total when nodes do not apply) */
  maxTotal: string;
  categories: NodeScore[];
  grade: Grade | null;
  /** set when the grade was forced by a rule or by the credit office */
  gradeOverride?: { grade: Grade; reason: string };
  rank?: number;
  /** true while peer rules could not see every peer */
  provisional: boolean;
  /** short Chinese summary line */
  explanation: string;
}
