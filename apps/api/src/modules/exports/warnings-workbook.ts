import type ExcelJS from 'exceljs';
import { chinaDate } from '../calendar/due-dates';
import { warningKindNames, warningSeverityNames, warningStatusNames } from '../warnings/warning-enums';
import type { WarningExportRow } from './export.service';
import { writeTableSheet } from './xlsx-table';

export async function writeWarningsWorkbook(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  periodLabel: string,
  rows: readonly WarningExportRow[],
  onRow?: () => void,
): Promise<void> {
  await writeTableSheet(
    workbook,
    '预警清单',
    `${periodLabel}预警清单`,
    [
      { header: '级别', width: 8, value: (r) => warningSeverityNames[r.warning.severity] },
      { header: '类型', width: 16, value: (r) => warningKindNames[r.warning.kind] },
      { header: '单位编码', width: 12, value: (r) => r.unitCode },
      { header: '单位名称', width: 26, value: (r) => r.unitName },
      { header: '预警内容', width: 70, value: (r) => r.warning.message },
      { header: '状态', width: 10, value: (r) => warningStatusNames[r.warning.status] },
      { header: '确认说明', width: 30, value: (r) => r.warning.note },
      { header: '发现日期', width: 12, value: (r) => chinaDate(r.warning.createdAt) },
    ],
    rows,
    onRow,
  );
}
