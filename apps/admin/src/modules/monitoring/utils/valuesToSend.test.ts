import { valuesToSend } from './valuesToSend';

describe('valuesToSend', () => {
  it('sends filled values and null for stored values that were cleared', () => {
    const stored = { a: 1, b: { numerator: 9, denominator: 10 }, c: ['X'] };
    const edited = { a: 2, b: null, c: [], d: '0.5' };
    expect(valuesToSend(stored, edited, ['a', 'b', 'c', 'd'])).toEqual({ a: 2, b: null, c: null, d: '0.5' });
  });

  it('leaves out empty fields that were never stored', () => {
    expect(valuesToSend({}, { a: '', b: null }, ['a', 'b'])).toEqual({});
  });

  it('never sends keys the form does not show', () => {
    expect(valuesToSend({ old: 1, a: 1 }, { old: 1, a: 5 }, ['a'])).toEqual({ a: 5 });
  });
});
