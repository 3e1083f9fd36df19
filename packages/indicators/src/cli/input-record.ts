/** One unit's submission as read from an input file, with what messages need to point at it. */
import type { UnitSubmission, UnitKind } from '../model';
import type { ProblemList } from './errors';

export interface InputRecord {
  submission: UnitSubmission;
  /** where it came from, as the user sees it: 第3行 / 第2条记录 */
  rowLabel: string;
  /** the column(s) or key holding a field, quoted for a message: 「合规率-入库数据量」 */
  describeField(fieldKey: string, problemCode?: string): string;
  /** fields whose cells could not be read (already reported): not validated again */
  unreadable?: string[];
}

export interface ReadOptions {
  /** unit kind for rows whose 单位类型 is blank (from --unit-kind, or the system's only kind) */
  defaultUnitKind?: UnitKind;
  /** non-fatal notes (ignored columns …) */
  warn?: (message: string) => void;
  /**
   * When given, row problems are added here and the rows that read cleanly are returned, so the
   * caller can validate those too and report the whole file at once. Without it the reader throws.
   */
  problems?: ProblemList;
}

/** A cell as a reader sees it, before the column's type says what it means. */
export type RawCell = string | number | boolean | null | { formula: string } | { error: string };
