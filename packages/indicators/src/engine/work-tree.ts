/** The engine's working tree for one unit: leaf results first, then peers, then roll-up. */
import type { Dec } from '../decimal';
import type { Grade, IndicatorNode, NodeStatus, RankRule, RelativeToBestRule, UnitSubmission } from '../model';
import type { PeerMeasure } from '../rules';

export interface LeafResult {
  /** rounded once to the system's decimals */
  points: Dec;
  status: NodeStatus;
  explanation: string;
  gradeOverride?: { grade: Grade; reason: string };
}

export interface WorkNode {
  node: IndicatorNode;
  path: string;
  max: Dec;
  /** set for nodes scored by a rule, an exemption, non-applicability or missing input */
  result?: LeafResult;
  /** a peer rule waiting for the second pass */
  peer?: { rule: RelativeToBestRule | RankRule; measure: PeerMeasure };
  children: WorkNode[];
}

export interface WorkTree {
  submission: UnitSubmission;
  categories: WorkNode[];
}

export function* allWorkNodes(nodes: WorkNode[]): Generator<WorkNode> {
  for (const node of nodes) {
    yield node;
    yield* allWorkNodes(node.children);
  }
}
