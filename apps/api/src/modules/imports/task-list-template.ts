import {
  formatDeadlineRule,
  parseDeadlineText,
  type TaskDefinition as ListTask,
  type TaskListPreset,
} from '@govtrust/indicators';
import ExcelJS from 'exceljs';
import { TASK_LIST_SHEET, taskListColumns, taskListExampleRows, type TaskListColumnKey } from './task-list-import.columns';

type Row = Record<TaskListColumnKey, string>;

function newWorkbook(): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GovTrust 政务诚信监测评估平台';
  const sheet = workbook.addWorksheet(TASK_LIST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = taskListColumns.map((c) => ({ key: c.key, width: c.width, style: { numFmt: '@' } }));
  const header = sheet.getRow(1);
  taskListColumns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.note = column.note;
    cell.font = { bold: true, color: { argb: column.required ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.height = 30;
  return { workbook, sheet };
}

function addRows(sheet: ExcelJS.Worksheet, rows: readonly Row[], font?: Partial<ExcelJS.Font>): void {
  for (const values of rows) {
    const row = sheet.addRow(taskListColumns.map((c) => values[c.key]));
    if (font) row.font = font;
  }
}

function addHelp(workbook: ExcelJS.Workbook, extra: string[]): void {
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 22 }, { width: 90 }];
  help.addRow(['列名', '填写要求']).font = { bold: true };
  for (const column of taskListColumns) help.addRow([column.header, column.note]);
  help.addRow([]);
  help.addRow(['说明', '每行一项任务，该任务列入“单位编码”所指单位的任务清单。不要使用公式，公式单元格会被拒绝。']);
  help.addRow(['说明', '文件中任何一行有错误时，整个文件都不会导入；请按错误提示修改后重新上传。']);
  help.addRow(['说明', '填报项和关联指标不在本表中，导入后在任务详情中设置。']);
  for (const line of extra) help.addRow(['说明', line]);
}

/** The downloadable 任务清单导入模板: headers with notes, example rows in grey, a 填写说明 sheet. */
export async function buildTaskListTemplate(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook();
  addRows(sheet, taskListExampleRows, { italic: true, color: { argb: 'FF808080' } });
  addHelp(workbook, ['第2、3行为示例，原样保留时导入会自动忽略，可直接覆盖为实际数据。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The 完成时限 cell of a preset task: its own text when that reads back to its rule, otherwise the
 * rule's canonical text (a task with no 完成时限 of its own, e.g. GH-FGW-22), so the sample
 * re-imports to the same due dates.
 */
export function deadlineCell(task: ListTask): string {
  const parsed = parseDeadlineText(task.deadlineText ?? '');
  const same = 'rule' in parsed && JSON.stringify(parsed.rule) === JSON.stringify(task.deadline);
  return same ? (task.deadlineText ?? '') : formatDeadlineRule(task.deadline);
}

export function presetRows(preset: TaskListPreset): Row[] {
  return preset.units.flatMap((unit) =>
    unit.tasks.map((task) => ({
      unitCode: unit.code,
      unitName: unit.name,
      taskCode: task.code,
      title: task.title,
      category: task.category ?? '',
      sourceText: task.sourceText,
      target: task.target ?? '',
      deadlineText: deadlineCell(task),
      evidence: task.evidence?.description ?? '',
      evidenceMinCount: task.evidence ? String(task.evidence.minCount) : '',
    })),
  );
}

/** A task-list preset (the Genhe 2023 list) as a filled-in import file. */
export async function buildTaskListSample(preset: TaskListPreset): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook();
  addRows(sheet, presetRows(preset));
  addHelp(workbook, [`本文件为示例：${preset.name}（${preset.source.title}），可导入到新的考核周期。`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
