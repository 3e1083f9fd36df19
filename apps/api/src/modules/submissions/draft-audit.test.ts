import { draftChange } from './draft-audit';
import type { Submission } from './submission.entity';

const draft = (patch: Partial<Submission>) =>
  ({ version: 3, values: {}, evidenceIds: [], exemptionClaims: null, ...patch }) as unknown as Submission;

describe('draftChange', () => {
  it('keeps only the inputs that changed, old and new, and the versions', () => {
    const big = 'x'.repeat(10_000);
    const before = draft({ version: 3, values: { a: 1, b: big, c: '2.5' } as Submission['values'] });
    const after = draft({ version: 4, values: { a: 2, b: big, d: 7 } as Submission['values'] });
    expect(draftChange(before, after)).toEqual({
      before: { version: 3, values: { a: 1, c: '2.5', d: null } },
      after: { version: 4, values: { a: 2, c: null, d: 7 } },
    });
  });

  it('names a changed evidence list or exemption claims, and nothing when only the version moved', () => {
    const before = draft({ evidenceIds: ['e1'] });
    const after = draft({ version: 4, evidenceIds: ['e1', 'e2'], exemptionClaims: [{ indicatorId: 'i' }] as never });
    expect(draftChange(before, after)).toEqual({
      before: { version: 3, evidenceIds: ['e1'], exemptionClaims: null },
      after: { version: 4, evidenceIds: ['e1', 'e2'], exemptionClaims: [{ indicatorId: 'i' }] },
    });
    expect(draftChange(before, draft({ version: 4, evidenceIds: ['e1'] }))).toEqual({
      before: { version: 3 },
      after: { version: 4 },
    });
  });
});
