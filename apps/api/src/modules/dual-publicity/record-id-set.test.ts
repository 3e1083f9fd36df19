import { RecordIdSet } from './record-id-set';

describe('RecordIdSet', () => {
  it('answers exactly like a Set over a million ids, through many resizes', () => {
    const ids = new RecordIdSet();
    let added = 0;
    for (let i = 0; i < 1_000_000; i++) if (ids.add(`DP${String(i).padStart(8, '0')}`)) added++;
    expect(added).toBe(1_000_000);
    let repeats = 0;
    for (let i = 0; i < 1_000_000; i += 997) if (!ids.add(`DP${String(i).padStart(8, '0')}`)) repeats++;
    expect(repeats).toBe(Math.ceil(1_000_000 / 997));
  });

  it('compares ids byte for byte: Chinese, empty, prefixes, same-hash ids', () => {
    const ids = new RecordIdSet();
    expect(ids.add('记录一')).toBe(true);
    expect(ids.add('记录二')).toBe(true);
    expect(ids.add('记录一')).toBe(false);
    expect(ids.add('')).toBe(true);
    expect(ids.add('')).toBe(false);
    expect(ids.add('A1')).toBe(true);
    expect(ids.add('A10')).toBe(true);
    expect(ids.add('A1')).toBe(false);
    // FNV-1a collides on these two strings: they must still be told apart
    expect(ids.add('costarring')).toBe(true);
    expect(ids.add('liquid')).toBe(true);
    expect(ids.add('liquid')).toBe(false);
  });
});
