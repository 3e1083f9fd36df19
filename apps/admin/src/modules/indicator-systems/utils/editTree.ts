/**
 * Pure edits of an indicator system's tree for the draft editor. Each returns a new system and
 * leaves the old one untouched, so React state, undo and the diff all see whole values.
 */
import type { IndicatorNode, IndicatorSystem, NodeLevel } from '@govtrust/indicators';
import { walkNodes } from '@govtrust/indicators';

const CHILD_LEVEL: Record<NodeLevel, NodeLevel | null> = { CATEGORY: 'INDICATOR', INDICATOR: 'ITEM', ITEM: null };

export function childLevelOf(level: NodeLevel): NodeLevel | null {
  return CHILD_LEVEL[level];
}

function mapNodes(nodes: IndicatorNode[], code: string, change: (node: IndicatorNode) => IndicatorNode | null): IndicatorNode[] {
  const out: IndicatorNode[] = [];
  for (const node of nodes) {
    if (node.code === code) {
      const changed = change(node);
      if (changed) out.push(changed);
      continue;
    }
    out.push(node.children ? { ...node, children: mapNodes(node.children, code, change) } : node);
  }
  return out;
}

/** Replaces the node `code` with `change(node)`. */
export function updateNode(system: IndicatorSystem, code: string, change: (node: IndicatorNode) => IndicatorNode): IndicatorSystem {
  return { ...system, categories: mapNodes(system.categories, code, change) };
}

export function removeNode(system: IndicatorSystem, code: string): IndicatorSystem {
  return { ...system, categories: mapNodes(system.categories, code, () => null) };
}

function move(nodes: IndicatorNode[], code: string, offset: -1 | 1): IndicatorNode[] {
  const index = nodes.findIndex((node) => node.code === code);
  if (index >= 0) {
    const target = index + offset;
    if (target < 0 || target >= nodes.length) return nodes;
    const next = [...nodes];
    [next[index], next[target]] = [next[target]!, next[index]!];
    return next;
  }
  return nodes.map((node) => (node.children ? { ...node, children: move(node.children, code, offset) } : node));
}

/** Moves a node up (-1) or down (+1) among its siblings; at either end nothing changes. */
export function moveNode(system: IndicatorSystem, code: string, offset: -1 | 1): IndicatorSystem {
  return { ...system, categories: move(system.categories, code, offset) };
}

/**
 * A new code after the highest one under the parent ("<parent>.n"; categories "<id>-n"), never
 * reusing a gap: a removed node's code coming back would read as "changed" in the diff.
 */
export function freeCode(system: IndicatorSystem, parentCode: string | null): string {
  const used = new Set<string>();
  walkNodes(system, ({ node }) => used.add(node.code));
  const stem = parentCode ? `${parentCode}.` : `${system.id}-`;
  let highest = 0;
  for (const code of used) {
    const rest = code.startsWith(stem) ? code.slice(stem.length) : '';
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  for (let n = highest + 1; ; n += 1) if (!used.has(`${stem}${n}`)) return `${stem}${n}`;
}

/**
 * Adds a new node at the end of `parentCode`'s children (a category when parentCode is null).
 * A new leaf scores nothing until a rule is chosen, so it starts at 0 points with no rule.
 */
export function addNode(system: IndicatorSystem, parentCode: string | null, name: string): { system: IndicatorSystem; code: string } {
  const code = freeCode(system, parentCode);
  if (parentCode === null) {
    const node: IndicatorNode = { code, level: 'CATEGORY', name, maxPoints: 0, children: [] };
    return { system: { ...system, categories: [...system.categories, node] }, code };
  }
  const next = updateNode(system, parentCode, (parent) => {
    const level = childLevelOf(parent.level);
    if (!level) return parent;
    // a leaf that gets children stops being scored by its own rule
    const { rule: _rule, ...rest } = parent;
    return { ...rest, children: [...(parent.children ?? []), { code, level, name, maxPoints: 0 }] };
  });
  return { system: next, code };
}

/** Plain numbers stay numbers; anything a JS number would not keep exactly stays a decimal string. */
export function toDecimalLike(text: string): number | string {
  const trimmed = text.trim();
  const asNumber = Number(trimmed);
  return trimmed !== '' && Number.isFinite(asNumber) && String(asNumber) === trimmed ? asNumber : trimmed;
}
