/**
 * The 双公示 record file: one row per administrative licensing (行政许可) or penalty (行政处罚)
 * decision reported to the platform, with the unit that reported it and whether it was accepted.
 */
export const COLUMNS = ['记录编号', '单位编码', '类别', '决定日期', '报送日期', '状态'] as const;
export type ColumnName = (typeof COLUMNS)[number];

export const COLUMN = { id: 0, unit: 1, kind: 2, decided: 3, reported: 4, status: 5 } as const;

/** 类别 as written in the platform exports (full name) and in the short form many offices type. */
export const KINDS: ReadonlySet<string> = new Set(['行政许可', '行政处罚', '许可', '处罚']);
export const ACCEPTED = '入库';
export const STATUSES: ReadonlySet<string> = new Set([ACCEPTED, '退回']);

/** 7天内完成系统归集: reported more than 7 days after the decision counts as 迟报. */
export const LATE_AFTER_DAYS = 7;

/** A province's year of records is about a million rows; the cap only stops runaway files. */
export const MAX_ROWS = 2_000_000;
/** 1,000,000 rows are about 50 MB of CSV or 30 MB of XLSX. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Row errors returned to the client; the total is always counted. */
export const MAX_REPORTED_ERRORS = 100;
export const MAX_RECORD_ID_LENGTH = 64;

/** Header text as people type it: `*单位编码（必填）` and `单位编码 ` both mean 单位编码. */
export function normaliseHeader(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/[（(]\s*(必填|选填|可选)\s*[)）]/g, '')
    .replace(/[*＊\s]/g, '');
}

export type HeaderResult = { ok: true; positions: number[] } | { ok: false; missing: ColumnName[] };

/**
 * Where each column sits in a row, from the header cells; `base` is the index of the first cell
 * (0 for CSV fields, 1 for exceljs's row.values). Columns may come in any order, extras are ignored.
 */
export function locateColumns(header: readonly unknown[], base: number): HeaderResult {
  const byName = new Map<string, number>();
  for (let i = base; i < header.length; i++) {
    const cell = header[i];
    if (typeof cell === 'string' && !byName.has(normaliseHeader(cell))) byName.set(normaliseHeader(cell), i);
  }
  const positions = COLUMNS.map((name) => byName.get(name) ?? -1);
  const missing = COLUMNS.filter((_, i) => positions[i] === -1);
  return missing.length > 0 ? { ok: false, missing } : { ok: true, positions };
}
