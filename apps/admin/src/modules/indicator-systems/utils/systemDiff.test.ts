import { getIndicatorSystemPreset, walkNodes, type BandsRule, type IndicatorNode, type IndicatorSystem } from '@govtrust/indicators';
import { addNode, removeNode, updateNode } from './editTree';
import { diffSystems, isEmptyDiff } from './systemDiff';

function preset(): IndicatorSystem {
  const system = getIndicatorSystemPreset('nmg-quarterly-2022');
  if (!system) throw new Error('preset missing');
  return system;
}

function firstBandsNode(system: IndicatorSystem): IndicatorNode & { rule: BandsRule } {
  let found: IndicatorNode | undefined;
  walkNodes(system, ({ node }) => {
    if (!found && node.rule?.kind === 'bands') found = node;
  });
  if (!found) throw new Error('no bands rule');
  return found as IndicatorNode & { rule: BandsRule };
}

describe('diffSystems', () => {
  it('finds nothing between a system and itself, nor when a number is written as a string', () => {
    const system = preset();
    expect(isEmptyDiff(diffSystems(system, JSON.parse(JSON.stringify(system)) as IndicatorSystem))).toBe(true);
    const node = firstBandsNode(system);
    const restated = updateNode(system, node.code, (n) => ({ ...n, maxPoints: String(n.maxPoints) }));
    expect(isEmptyDiff(diffSystems(system, restated))).toBe(true);
  });

  it('reports a changed band with the rule before and after', () => {
    const system = preset();
    const node = firstBandsNode(system);
    const edited = updateNode(system, node.code, (n) => {
      const rule = n.rule as BandsRule;
      return { ...n, rule: { ...rule, bands: rule.bands.map((b, i) => (i === 0 ? { ...b, points: 0.5 } : b)) } };
    });
    const diff = diffSystems(system, edited);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toHaveLength(1);
    const [change] = diff.changed;
    expect(change?.code).toBe(node.code);
    expect(change?.aspects).toEqual(['计分规则']);
    expect(JSON.parse(change!.before.rule!).bands[0].points).toBe(Number(node.rule.bands[0]!.points));
    expect(JSON.parse(change!.after.rule!).bands[0].points).toBe(0.5);
  });

  it('reports added and removed nodes and changed points and names', () => {
    const system = preset();
    const category = system.categories[0]!;
    const removedCode = category.children![0]!.code;
    let edited = removeNode(system, removedCode);
    const added = addNode(edited, category.code, '新增指标');
    edited = updateNode(added.system, category.code, (n) => ({ ...n, name: `${n.name}（修订）`, maxPoints: 99 }));
    const diff = diffSystems(system, edited);
    expect(diff.added.map((n) => n.code)).toEqual([added.code]);
    expect(diff.removed.map((n) => n.code)).toContain(removedCode);
    const changedCategory = diff.changed.find((c) => c.code === category.code);
    expect(changedCategory?.aspects).toEqual(['名称', '分值']);
    expect(changedCategory?.after.maxPoints).toBe('99');
  });

  it('names system-level changes', () => {
    const system = preset();
    expect(diffSystems(system, { ...system, totalPoints: 120 }).systemChanges).toEqual(['满分']);
  });
});
