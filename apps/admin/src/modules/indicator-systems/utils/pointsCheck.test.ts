import type { IndicatorNode } from '@govtrust/indicators';
import { checkChildrenPoints, checkSystemTotal } from './pointsCheck';

const leaf = (code: string, maxPoints: number | string): IndicatorNode => ({ code, level: 'INDICATOR', name: code, maxPoints });

describe('checkChildrenPoints', () => {
  it('adds decimal points exactly', () => {
    const node: IndicatorNode = { code: 'C', level: 'CATEGORY', name: 'C', maxPoints: '0.3', children: [leaf('a', '0.1'), leaf('b', '0.2')] };
    expect(checkChildrenPoints(node)).toEqual({ childrenSum: '0.3', consistent: true });
  });

  it('flags a parent whose children do not add up', () => {
    const node: IndicatorNode = { code: 'C', level: 'CATEGORY', name: 'C', maxPoints: 20, children: [leaf('a', 6), leaf('b', 5), leaf('p', 0)] };
    expect(checkChildrenPoints(node)).toEqual({ childrenSum: '11', consistent: false });
  });

  it('has nothing to check on a leaf', () => {
    expect(checkChildrenPoints(leaf('a', 5))).toBeNull();
  });

  it('checks the categories against the stated total', () => {
    expect(checkSystemTotal({ totalPoints: 100, categories: [leaf('a', 60), leaf('b', 40)] }).consistent).toBe(true);
    expect(checkSystemTotal({ totalPoints: 100, categories: [leaf('a', 60)] }).consistent).toBe(false);
  });
});
