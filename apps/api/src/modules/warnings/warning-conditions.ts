import { createHash } from 'node:crypto';
import type { NodeScore, ScoreCard } from '@govtrust/indicators';
import Decimal from 'decimal.js';
import { calendarDaysAfter } from '../calendar/working-calendar';
import { SubmissionState } from '../submissions/submission-enums';
import { WarningKind, type WarningSeverity } from './warning-enums';

/** The part of a WarningRule the evaluation reads. */
export interface RuleParams {
  id: string;
  kind: WarningKind;
  severity: WarningSeverity;
  threshold: string | null;
  days: number | null;
  indicatorCode: string | null;
}

/** One condition that holds now; becomes (or keeps) one Warning row. */
export interface WarningCondition {
  ruleId: string;
  kind: WarningKind;
  severity: WarningSeverity;
  unitId: string;
  taskId: string | null;
  indicatorCode: string | null;
  message: string;
}

export function dedupeKey(periodId: string, c: Pick<WarningCondition, 'ruleId' | 'unitId' | 'taskId' | 'indicatorCode'>) {
  return createHash('sha256')
    .update([c.ruleId, periodId, c.unitId, c.taskId ?? '', c.indicatorCode ?? ''].join('|'))
    .digest('hex');
}

/** One task due in the period for one unit, with what the unit has done about it. */
export interface DueFact {
  unitId: string;
  unitName: string;
  taskId: string;
  taskTitle: string;
  dueDate: string | null;
  /** first submission (to the approver or the office); null = never submitted */
  submittedAt: Date | null;
  state: SubmissionState | null;
  /** China date of the latest return, when the submission is RETURNED now */
  returnedOn: string | null;
}

/**
 * Deadline conditions on `today` (China date): due date passed and never submitted
 * (DEADLINE_MISSED); due within `days` days and not submitted (DEADLINE_WITHIN); returned more than
 * `days` days ago and not resubmitted (RETURNED_NOT_RESUBMITTED).
 */
export function deadlineConditions(
  rules: readonly RuleParams[],
  periodLabel: string,
  facts: readonly DueFact[],
  today: string,
): WarningCondition[] {
  const found: WarningCondition[] = [];
  for (const rule of rules) {
    for (const f of facts) {
      const where = `「${f.unitName}」${periodLabel}「${f.taskTitle}」`;
      const base = { ruleId: rule.id, kind: rule.kind, severity: rule.severity, unitId: f.unitId, taskId: f.taskId, indicatorCode: null };
      if (rule.kind === WarningKind.DEADLINE_MISSED) {
        if (f.dueDate === null || f.submittedAt) continue;
        const overdue = calendarDaysAfter(f.dueDate, today);
        if (overdue > 0) found.push({ ...base, message: `${where}已逾期${overdue}天未报送（截止日期${f.dueDate}）` });
      } else if (rule.kind === WarningKind.DEADLINE_WITHIN) {
        if (f.dueDate === null || f.submittedAt) continue;
        const left = calendarDaysAfter(today, f.dueDate);
        if (left >= 0 && left <= (rule.days ?? 0)) {
          const when = left === 0 ? '今天截止' : `将于${f.dueDate}截止（还剩${left}天）`;
          found.push({ ...base, message: `${where}${when}，尚未报送` });
        }
      } else if (rule.kind === WarningKind.RETURNED_NOT_RESUBMITTED) {
        if (f.state !== SubmissionState.RETURNED || !f.returnedOn) continue;
        const waited = calendarDaysAfter(f.returnedOn, today);
        if (waited > (rule.days ?? 0)) {
          found.push({ ...base, message: `${where}于${f.returnedOn}被退回，已${waited}天未重新报送` });
        }
      }
    }
  }
  return found;
}

function points(value: string): string {
  return new Decimal(value).toFixed(2);
}

function indicatorsOf(card: ScoreCard): NodeScore[] {
  const out: NodeScore[] = [];
  const walk = (nodes: readonly NodeScore[]) => {
    for (const node of nodes) {
      out.push(node);
      if (node.children) walk(node.children);
    }
  };
  walk(card.categories);
  return out;
}

/**
 * Score conditions over the period's current cards: total below a threshold, an indicator at zero
 * (scored 0 of a positive maximum; one code or any INDICATOR-level node), a drop of more than N
 * points against the same unit's card in the previous period of the same kind.
 */
export function scoreConditions(
  rules: readonly RuleParams[],
  periodLabel: string,
  cards: readonly ScoreCard[],
  previous: { label: string; cards: readonly ScoreCard[] } | null,
): WarningCondition[] {
  const found: WarningCondition[] = [];
  const previousTotal = new Map(previous?.cards.map((c) => [c.unit.id, c.total]) ?? []);
  for (const rule of rules) {
    for (const card of cards) {
      const where = `「${card.unit.name}」${periodLabel}`;
      const base = { ruleId: rule.id, kind: rule.kind, severity: rule.severity, unitId: card.unit.id, taskId: null };
      if (rule.kind === WarningKind.TOTAL_BELOW && rule.threshold !== null) {
        if (new Decimal(card.total).lt(rule.threshold)) {
          found.push({
            ...base,
            indicatorCode: null,
            message: `${where}总分${points(card.total)}分，低于预警线${points(rule.threshold)}分`,
          });
        }
      } else if (rule.kind === WarningKind.DROP_MORE_THAN && rule.threshold !== null && previous) {
        const before = previousTotal.get(card.unit.id);
        if (before === undefined) continue;
        const drop = new Decimal(before).minus(card.total);
        if (drop.gt(rule.threshold)) {
          found.push({
            ...base,
            indicatorCode: null,
            message: `${where}总分${points(card.total)}分，较${previous.label}（${points(before)}分）下降${drop.toFixed(2)}分，超过${points(rule.threshold)}分`,
          });
        }
      } else if (rule.kind === WarningKind.INDICATOR_AT_ZERO) {
        for (const node of indicatorsOf(card)) {
          const watched = rule.indicatorCode ? node.code === rule.indicatorCode : node.level === 'INDICATOR';
          if (!watched || node.status === 'NOT_APPLICABLE' || node.status === 'PENDING_PEERS') continue;
          if (!new Decimal(node.points).isZero() || !new Decimal(node.maxPoints).gt(0)) continue;
          found.push({
            ...base,
            indicatorCode: node.code,
            message: `${where}指标「${node.name}」得0分（满分${points(node.maxPoints)}分）`,
          });
        }
      }
    }
  }
  return found;
}
