/**
 * Spreadsheet formula injection: a text cell that starts with = + - @ (or a tab / carriage
 * return, which some programs strip before looking) is read as a formula by Excel and WPS. Every
 * text value an export writes goes through safeCell, which prefixes such text with an apostrophe
 * so it stays text. Numbers, dates, booleans and empty cells pass unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CellValue = string | number | boolean | Date | null | undefined;

export function safeCell(value: CellValue): string | number | boolean | Date | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
