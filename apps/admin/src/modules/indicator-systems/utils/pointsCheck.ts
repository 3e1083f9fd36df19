import { toDecimal, type IndicatorNode } from '@govtrust/indicators';

export interface PointsCheck {
  /** the children's max points added up, e.g. "20" */
  childrenSum: string;
  /** true when the node's max points equal its children's sum */
  consistent: boolean;
}

/**
 * A parent's 分值 should be the sum of its children's; a difference usually means a typo in the
 * document or in the encoding, so the tree flags it. Penalty-only children (倒扣) count as 0.
 * Returns null for a leaf.
 */
export function checkChildrenPoints(node: Pick<IndicatorNode, 'maxPoints' | 'children'>): PointsCheck | null {
  if (!node.children || node.children.length === 0) return null;
  const sum = node.children.reduce((total, child) => total.plus(toDecimal(child.maxPoints)), toDecimal(0));
  return { childrenSum: sum.toFixed(), consistent: sum.equals(toDecimal(node.maxPoints)) };
}

/** The categories' max points against the system's stated total. */
export function checkSystemTotal(system: { totalPoints: IndicatorNode['maxPoints']; categories: IndicatorNode[] }): PointsCheck {
  return checkChildrenPoints({ maxPoints: system.totalPoints, children: system.categories }) ?? { childrenSum: '0', consistent: false };
}
