/**
 * Dates in the record file as whole days since 1970-01-01, read at fixed positions (no regular
 * expression, no Date object: this runs twice per row on a million rows).
 */

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (year ≥ 1). */
export function civilDay(year: number, month: number, day: number): number {
  const y = year - 1;
  const leapDays = Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  const before = y * 365 + leapDays + DAYS_BEFORE_MONTH[month - 1]! + (month > 2 && isLeap(year) ? 1 : 0) + day - 1;
  return before - 719_162;
}

/**
 * `2023-01-05` or `2023/01/05`, optionally followed by a time (`2023-01-05 08:30:00`, as Excel and
 * database exports write it). Null for anything else, including 2023-02-30.
 */
export function parseDayText(text: string): number | null {
  const n = text.length;
  if (n < 10 || (n > 10 && text.charCodeAt(10) !== 32 && text.charCodeAt(10) !== 84)) return null;
  const sep = text.charCodeAt(4);
  if ((sep !== 45 && sep !== 47) || text.charCodeAt(7) !== sep) return null;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return civilDay(year, month, day);
}

/** Excel's day serial (1900 date system; 25569 = 1970-01-01); a fraction is a time of day. */
const EXCEL_EPOCH = 25_569;
export function excelSerialDay(serial: number): number | null {
  // 1900-01-01 … 9999-12-31; below 61 Excel's phantom 1900-02-29 would shift the day
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) return null;
  return Math.floor(serial) - EXCEL_EPOCH;
}

/** A date cell: text as above, an Excel serial number, or a Date (UTC day). */
export function dayOf(value: unknown): number | null {
  if (typeof value === 'string') return parseDayText(value.trim());
  if (typeof value === 'number') return excelSerialDay(value);
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
  }
  return null;
}
