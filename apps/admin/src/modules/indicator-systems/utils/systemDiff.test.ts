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

  it('names system-level changes, before and after in words', () => {
    const system = preset();
    const diff = diffSystems(system, { ...system, totalPoints: 120, name: '新名称' });
    expect(diff.systemChanges).toEqual(['体系名称', '满分']);
    expect(diff.systemDetails).toEqual([
      { label: '体系名称', text: `${system.name} → 新名称` },
      { label: '满分', text: '100 分 → 120 分' },
    ]);
  });

  it('reads a moved grade threshold as that band before and after', () => {
    const system = preset();
    const graded: IndicatorSystem = {
      ...system,
      grading: [
        { grade: 'RED', label: '红名单', min: 85, minInclusive: true, max: null, maxInclusive: false },
        { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 85, maxInclusive: false },
      ],
    };
    expect(diffSystems(system, graded).systemDetails).toEqual([{ label: '等级划分', text: '未设置等级 → 红名单 总分≥85；黄名单 总分<85' }]);
    const moved = { ...graded, grading: graded.grading!.map((b) => (b.grade === 'RED' ? { ...b, min: 90 } : b)) };
    expect(diffSystems(graded, moved).systemDetails).toEqual([{ label: '等级划分', text: '红名单 总分≥85 → 红名单 总分≥90' }]);
  });

  it('says in words which input fields were added, changed and removed', () => {
    const system = preset();
    const node = firstBandsNode(system);
    const [first] = node.inputs!;
    const edited = updateNode(system, node.code, (n) => ({
      ...n,
      inputs: [{ ...first!, label: '合规率（修订）' }, { key: 'newCases', label: '新增案件', type: 'count', unit: '起' }],
    }));
    const change = diffSystems(system, edited).changed.find((c) => c.code === node.code)!;
    expect(change.aspects).toEqual(['填报项']);
    expect(change.details).toEqual([
      { label: '填报项', text: `修改“${first!.label}”（${first!.key}）：名称 “${first!.label}” → “合规率（修订）”` },
      { label: '填报项', text: '新增“新增案件”（newCases，数量（整数），单位：起）' },
    ]);
    const removed = updateNode(system, node.code, (n) => ({ ...n, inputs: [] }));
    expect(diffSystems(system, removed).changed[0]!.details[0]!.text).toMatch(/^删除“/);
  });

  it('says how applicability, aggregation and validity changed', () => {
    const system = preset();
    const node = firstBandsNode(system);
    const edited = updateNode(system, node.code, (n) => ({ ...n, appliesTo: { unitKinds: ['LEAGUE_CITY'] }, aggregation: 'SUM_CAPPED', validity: { months: 9 } }));
    const change = diffSystems(system, edited).changed[0]!;
    expect(change.aspects).toEqual(['适用范围', '汇总方式', '有效期']);
    expect(change.details).toEqual([
      { label: '适用范围', text: '适用于全部单位 → 仅适用于盟市' },
      { label: '汇总方式', text: '默认（取平均） → 累加（不超过满分）' },
      { label: '有效期', text: '得分仅当期有效 → 得分在以后 9 个月内有效' },
    ]);
  });
});
