import { civilDay, dayOf, excelSerialDay, parseDayText } from './day-number';

const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('day numbers read at fixed positions', () => {
  it('agrees with Date.UTC on every day from 1999 to 2031', () => {
    for (let t = utcDay('1999-01-01'); t <= utcDay('2031-12-31'); t++) {
      const iso = new Date(t * 86_400_000).toISOString().slice(0, 10);
      expect(parseDayText(iso)).toBe(t);
    }
    expect(civilDay(1970, 1, 1)).toBe(0);
  });

  it('reads slashes and a trailing time, refuses impossible or loose dates', () => {
    expect(parseDayText('2023/01/05')).toBe(utcDay('2023-01-05'));
    expect(parseDayText('2023-01-05 08:30:00')).toBe(utcDay('2023-01-05'));
    expect(parseDayText('2024-02-29')).toBe(utcDay('2024-02-29'));
    for (const bad of ['2023-02-29', '2023-13-01', '2023-00-10', '2023-1-5', '2023-01-05x', '2023.01.05', '二〇二三年一月五日', '', '2023-01/05']) {
      expect([bad, parseDayText(bad)]).toEqual([bad, null]);
    }
  });

  it('reads Excel serial numbers and Date cells', () => {
    expect(excelSerialDay(44931)).toBe(utcDay('2023-01-05'));
    expect(excelSerialDay(44931.75)).toBe(utcDay('2023-01-05'));
    expect(excelSerialDay(-3)).toBeNull();
    expect(dayOf(new Date('2023-01-05T00:00:00Z'))).toBe(utcDay('2023-01-05'));
    expect(dayOf(' 2023-01-05 ')).toBe(utcDay('2023-01-05'));
    expect(dayOf(true)).toBeNull();
  });
});
