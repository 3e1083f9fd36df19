/** Traversal helpers over an indicator system's tree. */
import type { IndicatorNode, IndicatorSystem, InputField } from '../model';

export interface NodeVisit {
  node: IndicatorNode;
  /** categories[0].children[2] */
  path: string;
  parent: IndicatorNode | undefined;
  depth: number;
}

/** Depth-first, parents before children. Iterative so a malformed deep tree cannot overflow. */
export function walkNodes(system: Pick<IndicatorSystem, 'categories'>, visit: (v: NodeVisit) => void): void {
  const stack: NodeVisit[] = system.categories
    .map((node, i) => ({ node, path: `categories[${i}]`, parent: undefined, depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const current = stack.pop() as NodeVisit;
    visit(current);
    const children = current.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) {
      stack.push({ node: children[i] as IndicatorNode, path: `${current.path}.children[${i}]`, parent: current.node, depth: current.depth + 1 });
    }
  }
}

export function findNode(system: Pick<IndicatorSystem, 'categories'>, code: string): IndicatorNode | undefined {
  let found: IndicatorNode | undefined;
  walkNodes(system, ({ node }) => {
    if (found === undefined && node.code === code) found = node;
  });
  return found;
}

/** Every input field of the system in tree order (keys are unique within a system). */
export function collectInputFields(system: Pick<IndicatorSystem, 'categories'>): InputField[] {
  const fields: InputField[] = [];
  walkNodes(system, ({ node }) => fields.push(...(node.inputs ?? [])));
  return fields;
}

export function fieldMap(system: Pick<IndicatorSystem, 'categories'>): Map<string, InputField> {
  return new Map(collectInputFields(system).map((f) => [f.key, f]));
}
