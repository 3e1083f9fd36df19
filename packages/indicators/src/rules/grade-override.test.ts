import type { GradeOverrideRule } from '../model';
import { context, countField } from './__fixtures__/context';
import { scoreGradeOverride } from './grade-override';

const rule: GradeOverrideRule = { kind: 'gradeOverride', when: 'yz > 0 or sx >= 3', grade: 'YELLOW', reason: '严重失信' };
const fields = [countField('yz', '严重失信'), countField('sx', '失信')];

describe('gradeOverride rule', () => {
  it.each([
    [0, 0, false],
    [1, 0, true],
    [0, 2, false],
    [0, 3, true],
  ])('yz=%i sx=%i → override %s', (yz, sx, fires) => {
    const result = scoreGradeOverride(rule, context(fields, { yz, sx }, 0));
    expect(result.points.toNumber()).toBe(0);
    expect(result.gradeOverride !== undefined).toBe(fires);
    if (fires) {
      expect(result.gradeOverride).toEqual({ grade: 'YELLOW', reason: '严重失信' });
      expect(result.explanation).toContain('直接列入黄名单');
    }
  });
});
