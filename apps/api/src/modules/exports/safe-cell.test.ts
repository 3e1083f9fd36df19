import { safeCell } from './safe-cell';

describe('safeCell', () => {
  it.each(['=cmd|" /C calc"!A0', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('escapes %j', (text) => {
    expect(safeCell(text)).toBe(`'${text}`);
  });

  it('keeps ordinary text, numbers, dates and empties', () => {
    expect(safeCell('市民委')).toBe('市民委');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(0)).toBe(0);
    const d = new Date('2024-01-04T00:00:00Z');
    expect(safeCell(d)).toBe(d);
    expect(safeCell(null)).toBeNull();
    expect(safeCell(undefined)).toBeNull();
    expect(safeCell('')).toBe('');
  });
});
