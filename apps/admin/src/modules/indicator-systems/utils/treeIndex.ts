import { walkNodes, type IndicatorSystem } from '@govtrust/indicators';

/** node code → codes of its ancestors, root first: what must be expanded to show the node. */
export function ancestorIndex(system: Pick<IndicatorSystem, 'categories'>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  walkNodes(system, ({ node, parent }) => {
    index.set(node.code, parent ? [...(index.get(parent.code) ?? []), parent.code] : []);
  });
  return index;
}
