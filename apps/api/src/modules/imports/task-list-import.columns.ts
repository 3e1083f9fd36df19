import type { SheetColumn } from './xlsx-rows';

/** Data rows (tasks) per import file; the Genhe list has about 500. */
export const TASK_LIST_IMPORT_MAX_ROWS = 5_000;

export const TASK_LIST_SHEET = '任务清单';

export type TaskListColumnKey =
  | 'unitCode'
  | 'unitName'
  | 'taskCode'
  | 'title'
  | 'category'
  | 'sourceText'
  | 'target'
  | 'deadlineText'
  | 'evidence'
  | 'evidenceMinCount';

export interface TaskListColumn extends SheetColumn<TaskListColumnKey> {
  width: number;
  note: string;
}

/** The template's columns, in order; the importer finds them by header text. */
export const taskListColumns: readonly TaskListColumn[] = [
  { key: 'unitCode', header: '单位编码', required: true, width: 14, note: '必填。须是系统中已有（未归档）单位的编码，如 GH-FGW' },
  { key: 'unitName', header: '单位名称', width: 20, note: '选填，仅供核对；导入时以单位编码为准' },
  { key: 'taskCode', header: '任务编码', required: true, width: 14, note: '必填。1–64位字母、数字、点、下划线或连字符，文件内不能重复，如 GH-FGW-04' },
  { key: 'title', header: '任务名称', required: true, width: 30, note: '必填。不超过200字' },
  { key: 'category', header: '任务类别', width: 14, note: '选填。如 制度建设、信息归集，不超过100字' },
  { key: 'sourceText', header: '工作任务及目标（原文）', required: true, width: 60, note: '必填。文件中的任务原文，照录' },
  { key: 'target', header: '目标', width: 24, note: '选填。文件写明目标的，如 合规率99%以上' },
  {
    key: 'deadlineText',
    header: '完成时限',
    required: true,
    width: 26,
    note: '按原文填写，如 每月4日前报送上月信息、每季度首月10日前、每年12月31日前、2023年8月、2023年9月底、2023年8月15日、决定之日起7个工作日内、持续推进；留空视为持续推进',
  },
  { key: 'evidence', header: '佐证材料', width: 30, note: '选填。需要上传的佐证材料，如 会议纪要、签到表' },
  { key: 'evidenceMinCount', header: '最少佐证数', width: 10, note: '选填。0–50的整数；填写了佐证材料而此列为空时按1份计' },
];

/** Example rows of the template; left unchanged they are skipped on import. */
export const taskListExampleRows: ReadonlyArray<Record<TaskListColumnKey, string>> = [
  {
    unitCode: 'GH-FGW',
    unitName: '市发改委（示例行，原样保留时导入会忽略）',
    taskCode: 'GH-FGW-EX1',
    title: '按月报送“双公示”信息',
    category: '信息归集',
    sourceText: '按时报送行政许可、行政处罚等“双公示”信息，合规率达到99%以上。',
    target: '合规率99%以上',
    deadlineText: '每月4日前报送上月信息',
    evidence: '报送截图',
    evidenceMinCount: '1',
  },
  {
    unitCode: 'GH-FGW',
    unitName: '市发改委（示例行，原样保留时导入会忽略）',
    taskCode: 'GH-FGW-EX2',
    title: '行政许可、行政处罚决定7个工作日内公示',
    category: '信息公示',
    sourceText: '在行政许可、行政处罚决定之日起7个工作日内上网公示。',
    target: '',
    deadlineText: '行政许可、行政处罚决定之日起7个工作日内',
    evidence: '',
    evidenceMinCount: '',
  },
];

export function isUnchangedExample(values: Record<TaskListColumnKey, string>): boolean {
  return taskListExampleRows.some((example) => taskListColumns.every((c) => values[c.key] === example[c.key]));
}

export const taskListHeaderOf = Object.fromEntries(taskListColumns.map((c) => [c.key, c.header])) as Record<
  TaskListColumnKey,
  string
>;
