/**
 * Roll-up item → indicator → category. A node without a rule sums its children and caps the sum
 * at its own max points; penalties (倒扣) bypass every cap and are carried up separately so they
 * reduce the category and the total. Node points are already rounded, so every parent is the
 * exact sum of what its children show and the explanation adds up.
 */
import type { Dec } from '../decimal';
import { ZERO, formatPoints, minDec, roundPoints, sumDec } from '../decimal';
import type { NodeScore, NodeStatus } from '../model';
import type { WorkNode } from './work-tree';

export interface RolledNode {
  score: NodeScore;
  /** points inside the node's own max */
  normal: Dec;
  /** sum of penalties at or below the node, ≤ 0 */
  penalty: Dec;
  /** max points this unit can reach here (0 when the node does not apply) */
  applicableMax: Dec;
  /** a node or descendant was dropped as NOT_APPLICABLE */
  dropped: boolean;
}

export function rollUp(work: WorkNode, decimals: number): RolledNode {
  const children = work.children.map((c) => rollUp(c, decimals));
  const childPenalty = sumDec(children.map((c) => c.penalty));
  const dropped = children.some((c) => c.dropped);
  const result = work.result;
  if (result !== undefined) {
    const isPenalty = work.node.rule?.kind === 'penalty';
    const na = result.status === 'NOT_APPLICABLE';
    const normal = isPenalty || na ? ZERO : result.points;
    const penalty = (isPenalty ? result.points : ZERO).plus(childPenalty);
    const applicableMax = na ? ZERO : work.max;
    const penaltyText = childPenalty.isZero() ? '' : `；下级倒扣 ${formatPoints(childPenalty.negated())} 分`;
    return {
      score: toScore(work, normal.plus(penalty), result.status, result.explanation + penaltyText, children, decimals),
      normal,
      penalty,
      applicableMax,
      dropped: dropped || na,
    };
  }
  const live = children.filter((c) => c.score.status !== 'NOT_APPLICABLE');
  const sum = sumDec(live.map((c) => c.normal));
  const normal = minDec(sum, work.max);
  const applicableMax = minDec(work.max, sumDec(live.map((c) => c.applicableMax)));
  const status = parentStatus(children.map((c) => c.score.status));
  return {
    score: toScore(work, normal.plus(childPenalty), status, parentText(work, live.length, children.length, sum, normal, childPenalty, status), children, decimals),
    normal: status === 'NOT_APPLICABLE' ? ZERO : normal,
    penalty: childPenalty,
    applicableMax: status === 'NOT_APPLICABLE' ? ZERO : applicableMax,
    dropped: dropped || status === 'NOT_APPLICABLE',
  };
}

function parentStatus(statuses: NodeStatus[]): NodeStatus {
  if (statuses.length > 0 && statuses.every((s) => s === 'NOT_APPLICABLE')) return 'NOT_APPLICABLE';
  if (statuses.includes('PENDING_PEERS')) return 'PENDING_PEERS';
  return 'SCORED';
}

function parentText(work: WorkNode, live: number, all: number, sum: Dec, normal: Dec, penalty: Dec, status: NodeStatus): string {
  if (status === 'NOT_APPLICABLE') return '下级各项均不适用于本单位，不计入总分';
  const parts = [`下级 ${live} 项${live < all ? `（另有 ${all - live} 项不适用）` : ''}合计 ${formatPoints(sum)} 分`];
  if (normal.lessThan(sum)) parts.push(`超过本项分值，按 ${formatPoints(normal)} 分计`);
  if (!penalty.isZero()) parts.push(`倒扣 ${formatPoints(penalty.negated())} 分`);
  if (status === 'PENDING_PEERS') parts.push('部分下级项待参评单位数据齐全后计算');
  return `${parts.join('，')}，得 ${formatPoints(normal.plus(penalty))} 分（满分 ${formatPoints(work.max)} 分）`;
}

function toScore(work: WorkNode, points: Dec, status: NodeStatus, explanation: string, children: RolledNode[], decimals: number): NodeScore {
  const score: NodeScore = {
    code: work.node.code,
    name: work.node.name,
    level: work.node.level,
    maxPoints: roundPoints(work.max, decimals),
    points: roundPoints(points, decimals),
    status,
    explanation,
  };
  if (children.length > 0) score.children = children.map((c) => c.score);
  return score;
}
