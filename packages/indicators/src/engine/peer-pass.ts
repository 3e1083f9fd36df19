/**
 * Second pass: every peer-rule node is scored over the units of the same unit kind that reached
 * it (applicable, not exempted, inputs present). Units outside the comparison keep their result.
 */
import type { Dec } from '../decimal';
import { roundDecimal } from '../decimal';
import type { RankRule, RelativeToBestRule } from '../model';
import type { PeerMeasure, RuleResult } from '../rules';
import { scoreRank, scoreRelativeToBest } from '../rules';
import type { WorkNode, WorkTree } from './work-tree';
import { allWorkNodes } from './work-tree';

export function peerPass(trees: WorkTree[], decimals: number): void {
  const groups = new Map<string, WorkNode[]>();
  for (const tree of trees) {
    for (const work of allWorkNodes(tree.categories)) {
      if (work.peer === undefined) continue;
      const key = `${tree.submission.unit.kind}\u0000${work.node.code}`;
      groups.set(key, [...(groups.get(key) ?? []), work]);
    }
  }
  for (const group of groups.values()) {
    const first = group[0] as WorkNode & { peer: NonNullable<WorkNode['peer']> };
    const results = scorePeers(first.peer.rule, first.max, group.map((w) => (w.peer as { measure: PeerMeasure }).measure));
    group.forEach((work, i) => {
      const result = results[i] as RuleResult;
      work.result = { ...result, points: roundDecimal(result.points, decimals) };
      work.peer = undefined;
    });
  }
}

function scorePeers(rule: RelativeToBestRule | RankRule, max: Dec, measures: PeerMeasure[]): RuleResult[] {
  return rule.kind === 'rank' ? scoreRank(rule, max, measures) : scoreRelativeToBest(rule, max, measures);
}
