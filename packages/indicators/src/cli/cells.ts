/**
 * Reading one cell as the type its column expects. Numbers stay decimal strings so that no
 * binary float reaches the engine; anything that is not plainly a number (a formula, 98%, 1,000)
 * is refused rather than guessed at.
 */
import type { RawCell } from './input-record';

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function isBlank(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function isFormula(cell: RawCell): cell is { formula: string } {
  return typeof cell === 'object' && cell !== null && 'formula' in cell;
}

function isErrorCell(cell: RawCell): cell is { error: string } {
  return typeof cell === 'object' && cell !== null && 'error' in cell;
}

function refuseSpecial(cell: RawCell): CellResult<never> | undefined {
  if (isFormula(cell)) return { ok: false, message: `不接受公式（=${cell.formula}），请填写数值` };
  if (isErrorCell(cell)) return { ok: false, message: `单元格是错误值（${cell.error}）` };
  return undefined;
}

export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if ('formula' in cell) return `=${cell.formula}`;
  return cell.error;
}

/** A decimal as a string ("95", "0.5"); the engine checks sign, integrality and ranges. */
export function readNumber(cell: RawCell): CellResult<string> {
  const special = refuseSpecial(cell);
  if (special) return special;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, message: '必须是数字' };
    return { ok: true, value: String(cell) };
  }
  const text = cellText(cell);
  if (DECIMAL.test(text)) return { ok: true, value: text.replace(/^\+/, '') };
  if (text.startsWith('=')) return { ok: false, message: `必须是数字（读到“${text}”，公式不会被计算，请填写结果数值）` };
  if (text.endsWith('%')) return { ok: false, message: `必须是数字（读到“${text}”，比率请分别填写分子和分母）` };
  return { ok: false, message: `必须是数字（读到“${text}”）` };
}

const TRUE_WORDS = new Set(['是', 'true', 'y', 'yes', '1', '√', '✓']);
const FALSE_WORDS = new Set(['否', 'false', 'n', 'no', '0', '×', '✗']);

export function readBoolean(cell: RawCell): CellResult<boolean> {
  const special = refuseSpecial(cell);
  if (special) return special;
  if (typeof cell === 'boolean') return { ok: true, value: cell };
  const text = cellText(cell).toLowerCase();
  if (TRUE_WORDS.has(text)) return { ok: true, value: true };
  if (FALSE_WORDS.has(text)) return { ok: true, value: false };
  return { ok: false, message: `必须填写“是”或“否”（读到“${cellText(cell)}”）` };
}

export function readText(cell: RawCell): CellResult<string> {
  const special = refuseSpecial(cell);
  if (special) return special;
  return { ok: true, value: cellText(cell) };
}

/** Splits 单位类别 and similar lists written with 、 , ， ; ； or spaces. */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
