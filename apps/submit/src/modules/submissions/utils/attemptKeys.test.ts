import { AttemptKeys } from './attemptKeys';

describe('AttemptKeys', () => {
  const counter = () => {
    let n = 0;
    return () => `key-${(n += 1)}`;
  };

  it('reuses the key while the same payload is retried, so the API answers the repeat with the first result', () => {
    const keys = new AttemptKeys(counter());
    expect(keys.keyFor('submit', { id: 's1', expectedVersion: 3 })).toBe('key-1');
    expect(keys.keyFor('submit', { id: 's1', expectedVersion: 3 })).toBe('key-1');
  });

  it('starts a new attempt when the payload changes or after the attempt went through', () => {
    const keys = new AttemptKeys(counter());
    keys.keyFor('save', { values: { a: 1 } });
    expect(keys.keyFor('save', { values: { a: 2 } })).toBe('key-2');
    keys.done('save');
    expect(keys.keyFor('save', { values: { a: 2 } })).toBe('key-3');
  });

  it('keeps actions apart', () => {
    const keys = new AttemptKeys(counter());
    expect(keys.keyFor('save', {})).not.toBe(keys.keyFor('submit', {}));
  });
});
