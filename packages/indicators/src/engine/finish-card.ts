/**
 * Turns a unit's finished work tree into its ScoreCard: roll-up, total (re-normalised when
 * nodes were dropped), floor, grade and overrides.
 *
 * Re-normalisation: when nodes do not apply to the unit (applicability, NOT_APPLICABLE exemption
 * or zero-denominator policy) the unit can reach only `applicableMax`; its regular points are
 * scaled by stated total / applicableMax. Penalties are absolute (扣6分) and are not scaled.
 * `maxTotal` is the applicable maximum when nodes were dropped (as the model's ScoreCard says:
 * it differs from the stated total when nodes do not apply), else the stated total; `total` is
 * already scaled to the stated total, and the explanation shows both numbers.
 */
import type { Dec } from '../decimal';
import { formatPoints, maxDec, roundDecimal, roundPoints, sumDec, toDecimal } from '../decimal';
import type { Grade, IndicatorSystem, ScoreCard } from '../model';
import { GRADE_LABELS } from '../rules';
import { GRADE_SEVERITY, gradeBandFor } from './grading';
import { MANUAL_OVERRIDE_PREFIX } from './rebuild';
import { rollUp } from './roll-up';
import type { WorkTree } from './work-tree';
import { allWorkNodes } from './work-tree';

export function finishCard(system: IndicatorSystem, tree: WorkTree): ScoreCard {
  const decimals = system.decimals ?? 2;
  const rolled = tree.categories.map((c) => rollUp(c, decimals));
  const stated = toDecimal(system.totalPoints);
  const normal = sumDec(rolled.map((r) => r.normal));
  const penalty = sumDec(rolled.map((r) => r.penalty));
  const applicableMax = sumDec(rolled.map((r) => r.applicableMax));
  const dropped = rolled.some((r) => r.dropped);
  const notes: string[] = [];

  let regular = normal;
  if (dropped && applicableMax.greaterThan(0) && !applicableMax.equals(stated)) {
    regular = normal.times(stated).dividedBy(applicableMax);
    notes.push(
      `部分指标不适用，适用满分 ${formatPoints(applicableMax)} 分，得分 ${formatPoints(normal)} 分，按 ${formatPoints(normal)}×${formatPoints(stated)}/${formatPoints(applicableMax)} 折算为 ${formatPoints(regular)} 分`,
    );
  }
  if (!penalty.isZero()) notes.push(`倒扣 ${formatPoints(penalty.negated())} 分`);
  const floor = toDecimal(system.totalFloor ?? 0);
  const unfloored = roundDecimal(regular.plus(penalty), decimals);
  const total = roundDecimal(maxDec(unfloored, floor), decimals);
  if (total.greaterThan(unfloored)) notes.push(`总分不低于 ${formatPoints(floor)} 分`);

  const pending = [...allWorkNodes(tree.categories)].some((w) => w.result?.status === 'PENDING_PEERS');
  const band = gradeBandFor(system, total);
  const override = chooseOverride(tree);
  const grade: Grade | null = override?.grade ?? band?.grade ?? null;

  const card: ScoreCard = {
    systemId: system.id,
    systemVersion: system.version,
    unit: tree.submission.unit,
    total: roundPoints(total, decimals),
    maxTotal: roundPoints(dropped ? applicableMax : stated, decimals),
    categories: rolled.map((r) => r.score),
    grade,
    provisional: pending,
    explanation: '',
  };
  if (override !== undefined) card.gradeOverride = override;
  card.explanation = summary(card, stated, notes, band?.label, override, pending);
  return card;
}

function chooseOverride(tree: WorkTree): { grade: Grade; reason: string } | undefined {
  const manual = tree.submission.gradeOverride;
  if (manual !== undefined) return { grade: manual.grade, reason: `${MANUAL_OVERRIDE_PREFIX}${manual.reason}` };
  const fired = [...allWorkNodes(tree.categories)].flatMap((w) => (w.result?.gradeOverride === undefined ? [] : [w.result.gradeOverride]));
  return fired.sort((a, b) => GRADE_SEVERITY[a.grade] - GRADE_SEVERITY[b.grade])[0];
}

function summary(
  card: ScoreCard,
  stated: Dec,
  notes: string[],
  bandLabel: string | undefined,
  override: { grade: Grade; reason: string } | undefined,
  pending: boolean,
): string {
  const parts = [`总分 ${card.total} 分（满分 ${formatPoints(stated)} 分）`, ...notes];
  if (override !== undefined) {
    parts.push(`等级调整为${GRADE_LABELS[override.grade]}（${override.reason}${bandLabel === undefined ? '' : `；按分数应为${bandLabel}`}）`);
  } else if (bandLabel !== undefined) {
    parts.push(bandLabel);
  }
  if (pending) parts.push('部分指标待全部参评单位数据齐全后计算，结果为暂定');
  return parts.join('，');
}
