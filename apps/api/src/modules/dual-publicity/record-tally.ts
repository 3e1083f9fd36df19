import { ACCEPTED, COLUMN, COLUMNS, KINDS, LATE_AFTER_DAYS, MAX_RECORD_ID_LENGTH, MAX_REPORTED_ERRORS, STATUSES } from './dual-publicity.columns';
import { dayOf } from './day-number';
import { RecordIdSet } from './record-id-set';

/** One row problem; `row` is the file's row (line) number, 1 = the header. */
export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

/** Per-unit counts of one file. */
export interface UnitCounts {
  /** 上报数据量: every record the unit reported */
  reported: number;
  /** 入库数据量: records whose 状态 is 入库 */
  accepted: number;
  /** 迟报量: reported more than LATE_AFTER_DAYS days after the decision */
  late: number;
}

const FORMULA = Symbol('formula');

/**
 * A cell as text. Formulas and error values are refused rather than trusted: their cached result
 * is whatever the last program that saved the file wrote there.
 */
function cellText(value: unknown): string | typeof FORMULA {
  if (typeof value === 'string') return value.trim();
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v || 'error' in v) return FORMULA;
  if (Array.isArray(v.richText)) return (v.richText as Array<{ text: string }>).map((p) => p.text).join('').trim();
  if (typeof v.text === 'string') return v.text.trim();
  return '';
}

function isEmpty(value: unknown): boolean {
  return value == null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Validates rows one at a time and counts them per unit, holding only the counts (and the record
 * ids seen, to refuse a record listed twice), never the rows.
 */
export class RecordTally {
  /** data rows read (blank rows excluded) */
  rows = 0;
  errorCount = 0;
  readonly errors: RowProblem[] = [];
  private readonly reported: Int32Array;
  private readonly accepted: Int32Array;
  private readonly late: Int32Array;
  private readonly seen = new RecordIdSet();

  /**
   * @param unitIndex known unit codes → index
   * @param positions where each of COLUMNS sits in the row arrays handed to `add`
   */
  constructor(
    private readonly unitIndex: ReadonlyMap<string, number>,
    private readonly positions: readonly number[],
  ) {
    this.reported = new Int32Array(unitIndex.size);
    this.accepted = new Int32Array(unitIndex.size);
    this.late = new Int32Array(unitIndex.size);
  }

  private problem(row: number, column: number, text: string): void {
    this.errorCount++;
    if (this.errors.length < MAX_REPORTED_ERRORS) {
      const name = COLUMNS[column]!;
      this.errors.push({ row, column: name, message: `第${row}行「${name}」${text}` });
    }
  }

  private text(row: number, column: number, value: unknown): string | null {
    const text = cellText(value);
    if (text === FORMULA) {
      this.problem(row, column, '是公式或错误值，请填写值本身（可复制后“选择性粘贴为数值”）');
      return null;
    }
    if (text === '') {
      this.problem(row, column, '不能为空');
      return null;
    }
    return text;
  }

  private day(row: number, column: number, value: unknown): number | null {
    if (isEmpty(value)) {
      this.problem(row, column, '不能为空');
      return null;
    }
    const day = dayOf(value);
    if (day !== null) return day;
    const text = cellText(value);
    if (text === FORMULA) this.problem(row, column, '是公式或错误值，请填写日期本身');
    else this.problem(row, column, `「${text}」不是有效日期，应写作 2023-01-05`);
    return null;
  }

  /** Adds one row (`cells` indexed by `positions`); blank rows are skipped. */
  add(row: number, cells: readonly unknown[]): void {
    const p = this.positions;
    const idCell = cells[p[COLUMN.id]!];
    const unitCell = cells[p[COLUMN.unit]!];
    const kindCell = cells[p[COLUMN.kind]!];
    const decidedCell = cells[p[COLUMN.decided]!];
    const reportedCell = cells[p[COLUMN.reported]!];
    const statusCell = cells[p[COLUMN.status]!];
    if (isEmpty(idCell) && isEmpty(unitCell) && isEmpty(kindCell) && isEmpty(decidedCell) && isEmpty(reportedCell) && isEmpty(statusCell)) return;
    this.rows++;
    const before = this.errorCount;

    const id = this.text(row, COLUMN.id, idCell);
    if (id !== null) {
      if (id.length > MAX_RECORD_ID_LENGTH) this.problem(row, COLUMN.id, `超过${MAX_RECORD_ID_LENGTH}个字符`);
      else if (!this.seen.add(id)) this.problem(row, COLUMN.id, `「${id}」重复出现，同一条记录只能导入一次`);
    }
    const code = this.text(row, COLUMN.unit, unitCell);
    const unit = code === null ? undefined : this.unitIndex.get(code);
    if (code !== null && unit === undefined) this.problem(row, COLUMN.unit, `「${code}」不是系统中的单位编码`);
    const kind = this.text(row, COLUMN.kind, kindCell);
    if (kind !== null && !KINDS.has(kind)) this.problem(row, COLUMN.kind, `「${kind}」应为“行政许可”或“行政处罚”`);
    const decided = this.day(row, COLUMN.decided, decidedCell);
    const reported = this.day(row, COLUMN.reported, reportedCell);
    if (decided !== null && reported !== null && reported < decided) this.problem(row, COLUMN.reported, '早于决定日期');
    const status = this.text(row, COLUMN.status, statusCell);
    if (status !== null && !STATUSES.has(status)) this.problem(row, COLUMN.status, `「${status}」应为“入库”或“退回”`);

    if (this.errorCount !== before || unit === undefined) return;
    this.reported[unit]!++;
    if (status === ACCEPTED) this.accepted[unit]!++;
    if (reported! - decided! > LATE_AFTER_DAYS) this.late[unit]!++;
  }

  /** Counts of every unit with at least one record, by unit index. */
  counts(): Map<number, UnitCounts> {
    const out = new Map<number, UnitCounts>();
    for (let i = 0; i < this.reported.length; i++) {
      if (this.reported[i]! > 0) out.set(i, { reported: this.reported[i]!, accepted: this.accepted[i]!, late: this.late[i]! });
    }
    return out;
  }
}
