/**
 * 双公示 (administrative licensing and penalty disclosure) records → per-unit rates, the way the
 * product would import them: stream the file, validate each row, aggregate per unit, upsert the
 * rates as the period's monitoring values. The API has no such importer yet; this is the shape it
 * would take, measured with the libraries the API already uses (exceljs streaming, node streams).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import ExcelJS from 'exceljs';

export const HEADER = ['记录编号', '单位编码', '类别', '决定日期', '报送日期', '状态'] as const;
export const KINDS = new Set(['许可', '处罚']);
export const STATUSES = new Set(['入库', '退回']);
export const LATE_AFTER_DAYS = 7;

export interface UnitCounts {
  reported: number;
  accepted: number;
  late: number;
}

export interface Aggregate {
  rows: number;
  rejected: number;
  byUnit: Map<string, UnitCounts>;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(text: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t / 86_400_000;
}

/** Adds one record; returns false (and counts it rejected) when it does not validate. */
export function addRecord(agg: Aggregate, known: ReadonlySet<string>, fields: readonly string[]): boolean {
  agg.rows++;
  const [id, unit, kind, decided, reported, status] = fields;
  const d = decided ? dayNumber(decided) : null;
  const r = reported ? dayNumber(reported) : null;
  if (fields.length !== HEADER.length || !id || !unit || !known.has(unit) || !KINDS.has(kind!) || !STATUSES.has(status!) || d === null || r === null || r < d) {
    agg.rejected++;
    return false;
  }
  const counts = agg.byUnit.get(unit) ?? { reported: 0, accepted: 0, late: 0 };
  counts.reported++;
  if (status === '入库') counts.accepted++;
  if (r - d > LATE_AFTER_DAYS) counts.late++;
  agg.byUnit.set(unit, counts);
  return true;
}

/** One CSV line (RFC 4180 quoting within a line). */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

export function emptyAggregate(): Aggregate {
  return { rows: 0, rejected: 0, byUnit: new Map() };
}

export async function aggregateCsv(file: string, known: ReadonlySet<string>): Promise<Aggregate> {
  const agg = emptyAggregate();
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let header = true;
  for await (const raw of lines) {
    if (header) {
      header = false;
      continue;
    }
    if (raw.length === 0) continue;
    addRecord(agg, known, splitCsvLine(raw));
  }
  return agg;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export async function aggregateXlsx(file: string, known: ReadonlySet<string> | null): Promise<Aggregate> {
  const agg = emptyAggregate();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      if (row.number === 1) continue;
      const values = row.values as ExcelJS.CellValue[];
      const fields = values.slice(1, HEADER.length + 1).map(cellText);
      if (known) addRecord(agg, known, fields);
      else {
        // the floor: read every cell, count per unit without validating
        agg.rows++;
        const c = agg.byUnit.get(fields[1]!) ?? { reported: 0, accepted: 0, late: 0 };
        c.reported++;
        if (fields[5] === '入库') c.accepted++;
        const d = dayNumber(fields[3]!);
        const r = dayNumber(fields[4]!);
        if (d !== null && r !== null && r - d > LATE_AFTER_DAYS) c.late++;
        agg.byUnit.set(fields[1]!, c);
      }
    }
  }
  return agg;
}

/** Order-independent fingerprint of per-unit counts. */
export function fingerprint(byUnit: ReadonlyMap<string, UnitCounts>): string {
  const lines = [...byUnit.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([u, c]) => `${u}:${c.reported}:${c.accepted}:${c.late}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

/** The monitoring values the product stores for a unit: two rates from the counts. */
export function rateValues(c: UnitCounts) {
  return {
    dp_reported: c.reported,
    dp_compliance_rate: { numerator: c.accepted, denominator: c.reported },
    dp_late_rate: { numerator: c.late, denominator: c.reported },
  };
}
