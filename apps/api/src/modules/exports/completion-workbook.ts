import type ExcelJS from 'exceljs';
import { completionStatusNames, type CompletionGroup, type CompletionSummary } from './completion';
import { writeTableSheet, type ColumnSpec } from './xlsx-table';

const counts = (first: string): Array<ColumnSpec<CompletionGroup>> => [
  { header: first, width: 10, value: (g) => g.expected },
  { header: '按时报送', width: 10, value: (g) => g.onTime },
  { header: '迟报', width: 8, value: (g) => g.late },
  { header: '逾期未报', width: 10, value: (g) => g.missing },
  { header: '未到期未报', width: 11, value: (g) => g.pending },
  { header: '被退回', width: 8, value: (g) => g.returned },
  { header: '及时率', width: 10, value: (g) => g.timelyRate, numFmt: '0.00%' },
];

/** 完成情况与及时性: 按单位, 按任务, 迟报漏报明细. */
export async function writeCompletionWorkbook(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  periodLabel: string,
  summary: CompletionSummary,
  asOf: string,
  onRow?: () => void,
): Promise<void> {
  const title = `${periodLabel}任务完成情况及报送及时性（截至${asOf}）`;
  await writeTableSheet(
    workbook,
    '按单位',
    title,
    [
      { header: '单位编码', width: 12, value: (g) => g.code },
      { header: '单位名称', width: 28, value: (g) => g.name },
      ...counts('应报事项'),
    ],
    summary.units,
    onRow,
  );
  await writeTableSheet(
    workbook,
    '按任务',
    title,
    [
      { header: '任务编码', width: 14, value: (g) => g.code },
      { header: '任务名称', width: 40, value: (g) => g.name },
      ...counts('应报单位'),
    ],
    summary.tasks,
    onRow,
  );
  await writeTableSheet(
    workbook,
    '迟报漏报明细',
    title,
    [
      { header: '单位名称', width: 28, value: (o) => o.unitName },
      { header: '任务编码', width: 14, value: (o) => o.taskCode },
      { header: '任务名称', width: 40, value: (o) => o.taskTitle },
      { header: '截止日期', width: 12, value: (o) => o.dueDate },
      { header: '情况', width: 10, value: (o) => completionStatusNames[o.status] },
      { header: '逾期天数', width: 10, value: (o) => o.overdueDays },
    ],
    summary.overdue,
    onRow,
  );
}
