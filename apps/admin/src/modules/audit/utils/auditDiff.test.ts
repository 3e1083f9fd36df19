import { auditDiff } from './auditDiff';

describe('auditDiff', () => {
  it('lists every field with what changed', () => {
    expect(auditDiff({ name: '市发改委', version: 1, classes: ['A'] }, { name: '市发展和改革委员会', version: 2, classes: ['A'] })).toEqual([
      { field: 'name', before: '市发改委', after: '市发展和改革委员会', changed: true },
      { field: 'version', before: '1', after: '2', changed: true },
      { field: 'classes', before: '["A"]', after: '["A"]', changed: false },
    ]);
  });

  it('handles a creation, a deletion and plain values', () => {
    expect(auditDiff(null, { code: 'GH' })).toEqual([{ field: 'code', before: '', after: 'GH', changed: true }]);
    expect(auditDiff({ code: 'GH' }, null)).toEqual([{ field: 'code', before: 'GH', after: '', changed: true }]);
    expect(auditDiff(3, 4)).toEqual([{ field: '值', before: '3', after: '4', changed: true }]);
    expect(auditDiff(null, undefined)).toEqual([]);
  });
});
