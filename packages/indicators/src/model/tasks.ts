/**
 * Per-unit task lists (任务清单, Genhe Annex 1 shape): each unit has its own duties, targets and
 * deadlines. The API stores one list per unit per assessment cycle and enforces it.
 */
import type { InputField } from './inputs';
import type { SourceDocument, UnitKind } from './system';

/** 完成时限 as a rule the API turns into due dates (working days from China's official calendar). */
export type DeadlineRule =
  /** 每月4日前报送上月信息: due on `day` of the month after the period month */
  | { kind: 'MONTHLY'; day: number }
  /** 每季度首月10日前: due on `day` of the first month of the next quarter */
  | { kind: 'QUARTERLY'; day: number }
  /** once a year, on month/day of the following year (or of the same year when sameYear) */
  | { kind: 'ANNUAL'; month: number; day: number; sameYear?: boolean }
  /** 2023年8月 → the last day of that month; 2023年9月底 likewise; an exact date when known */
  | { kind: 'FIXED'; date: string }
  /** 持续推进: no due date */
  | { kind: 'CONTINUOUS' }
  /** 决定之日起7个工作日内 */
  | { kind: 'WORKING_DAYS_AFTER_EVENT'; days: number; event: string };

export interface EvidenceRequirement {
  /** what the evidence is, e.g. 会议纪要、签到表、截图 */
  description: string;
  minCount: number;
  /** allowed file kinds */
  kinds?: Array<'PDF' | 'IMAGE' | 'XLSX' | 'DOCX'>;
}

export interface TaskDefinition {
  /** stable code within the list, e.g. "GH-FGW-04" */
  code: string;
  title: string;
  /** grouping as in the document (制度建设、信息归集 …) */
  category?: string;
  /** the task text verbatim from the document */
  sourceText: string;
  /** target where the document states one, e.g. 合规率99%以上 */
  target?: string;
  deadline: DeadlineRule;
  /** 完成时限 verbatim */
  deadlineText?: string;
  /** codes of the assessment indicators this task feeds */
  indicatorCodes?: string[];
  inputs?: InputField[];
  evidence?: EvidenceRequirement;
  /** other units that share the task (牵头/配合) */
  coUnits?: string[];
  notes?: string[];
}

export interface TaskListUnit {
  /** stable code, e.g. "GH-FGW" */
  code: string;
  /** name as in the document, Simplified Chinese, e.g. 市发改委 */
  name: string;
  kind: UnitKind;
  classes?: string[];
  tasks: TaskDefinition[];
}

export interface TaskListPreset {
  id: string;
  name: string;
  year: number;
  region: string;
  source: SourceDocument;
  /** the indicator system preset the tasks feed, if any */
  indicatorSystemId?: string;
  notes?: string[];
  units: TaskListUnit[];
}
