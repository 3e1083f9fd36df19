import { findNode, getIndicatorSystemPreset, type IndicatorSystem } from '@govtrust/indicators';
import { addNode, freeCode, moveNode, removeNode, toDecimalLike, updateNode } from './editTree';

function preset(): IndicatorSystem {
  const system = getIndicatorSystemPreset('nmg-quarterly-2022');
  if (!system) throw new Error('preset missing');
  return system;
}

describe('editTree', () => {
  it('adds a child one level down with a free code and drops the parent’s own rule', () => {
    const system = preset();
    const indicator = system.categories[0]!.children![0]!;
    const { system: next, code } = addNode(system, indicator.code, '新考核内容');
    const added = findNode(next, code);
    expect(added?.level).toBe(indicator.level === 'CATEGORY' ? 'INDICATOR' : 'ITEM');
    expect(findNode(next, indicator.code)?.rule).toBeUndefined();
    expect(findNode(system, indicator.code)).toBe(indicator); // the old value is untouched
    expect(freeCode(next, indicator.code)).not.toBe(code);
  });

  it('adds a category at the end', () => {
    const system = preset();
    const { system: next, code } = addNode(system, null, '新一级指标');
    expect(next.categories.at(-1)?.code).toBe(code);
    expect(next.categories.at(-1)?.level).toBe('CATEGORY');
  });

  it('moves within the siblings and stops at the ends', () => {
    const system = preset();
    const [first, second] = system.categories;
    const moved = moveNode(system, second!.code, -1);
    expect(moved.categories.slice(0, 2).map((c) => c.code)).toEqual([second!.code, first!.code]);
    expect(moveNode(system, first!.code, -1).categories).toEqual(system.categories);
  });

  it('removes a node with its children and renames in place', () => {
    const system = preset();
    const category = system.categories[0]!;
    const next = removeNode(system, category.code);
    expect(findNode(next, category.code)).toBeUndefined();
    expect(findNode(next, category.children![0]!.code)).toBeUndefined();
    expect(findNode(updateNode(system, category.code, (n) => ({ ...n, name: '改名' })), category.code)?.name).toBe('改名');
  });

  it('keeps decimals exact', () => {
    expect(toDecimalLike('5')).toBe(5);
    expect(toDecimalLike('0.2')).toBe(0.2);
    expect(toDecimalLike('0.20')).toBe('0.20');
    expect(toDecimalLike('abc')).toBe('abc');
  });
});
