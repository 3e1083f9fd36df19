import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import { detectEncoding, MAX_RECORD_CHARS as MAX_LINE_CHARS, readCsv, type TextEncoding } from './csv-rows';
import { COLUMNS, locateColumns, MAX_ROWS } from './dual-publicity.columns';
import { RecordTally } from './record-tally';
import { readFirstSheet, XlsxTooLarge } from './utf8-workbook-reader';

export type RecordFormat = 'CSV' | 'XLSX';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** XLSX is a zip; anything else must look like text (no NUL byte in the first bytes). */
export function formatOf(head: Buffer, fileName: string): RecordFormat {
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return 'XLSX';
  if (head.includes(0) || head.subarray(0, 4).toString('latin1') === '%PDF' || /\.xls$/i.test(fileName)) {
    throw new AppError(ErrorCode.FILE_REJECTED, `${fileName}：请上传 .csv（UTF-8 或 GBK 编码）或 .xlsx 格式的“双公示”记录文件`, {
      reason: 'NOT_CSV_OR_XLSX',
      fileName,
    });
  }
  return 'CSV';
}

function missingColumns(missing: readonly string[]): AppError {
  return new AppError(ErrorCode.FILE_REJECTED, `第1行（表头）缺少列：${missing.join('、')}。表头应为：${COLUMNS.join('、')}`, {
    reason: 'BAD_HEADER',
    missing,
  });
}

const tooManyRows = () =>
  new AppError(ErrorCode.FILE_REJECTED, `文件超过${MAX_ROWS.toLocaleString('en-US')}行上限，请按期次拆分后导入`, { reason: 'TOO_MANY_ROWS', maxRows: MAX_ROWS });

/**
 * Reads the file row by row into a RecordTally: the header names the columns, every data row is
 * validated and counted. Problems with the file as a whole (header, format, size) are thrown;
 * row problems are collected in the tally.
 */
export async function tallyFile(
  file: { path: string; fileName: string },
  format: RecordFormat,
  unitIndex: ReadonlyMap<string, number>,
): Promise<{ tally: RecordTally; encoding: TextEncoding | null }> {
  let tally: RecordTally | null = null;
  let headerError: AppError | null = null;
  let overflow = false;
  const onRow = (row: number, cells: readonly unknown[], base: number): boolean => {
    if (!tally) {
      const header = locateColumns(cells, base);
      if (!header.ok) {
        headerError = missingColumns(header.missing);
        return false;
      }
      tally = new RecordTally(unitIndex, header.positions);
      return true;
    }
    if (tally.rows >= MAX_ROWS) {
      overflow = true;
      return false;
    }
    tally.add(row, cells);
    return true;
  };

  let encoding: TextEncoding | null = null;
  if (format === 'CSV') {
    encoding = await detectEncoding(file.path);
    const read = await readCsv(file.path, { encoding }, (line, fields) => onRow(line, fields, 0));
    if (!read.ok && read.reason === 'LINE_TOO_LONG') {
      throw new AppError(ErrorCode.FILE_REJECTED, `第${read.line}行过长（超过${MAX_LINE_CHARS.toLocaleString('en-US')}个字符），不是“双公示”记录文件的格式`, { reason: read.reason, row: read.line });
    }
    if (!read.ok && !headerError && !overflow) {
      throw new AppError(ErrorCode.FILE_REJECTED, `第${read.line}行起引号不成对（“"”未闭合），请检查该行`, { reason: read.reason, row: read.line });
    }
  } else {
    try {
      await readFirstSheet(file.path, (row, values) => onRow(row, values, 1));
    } catch (error) {
      if (error instanceof XlsxTooLarge) {
        throw new AppError(ErrorCode.FILE_REJECTED, `${file.fileName}：文件解压后过大（疑似压缩炸弹），已拒绝`, { reason: 'TOO_LARGE' });
      }
      throw new AppError(ErrorCode.FILE_REJECTED, `${file.fileName}：不是有效的 .xlsx 文件（已损坏或格式不受支持）`, { reason: 'NOT_XLSX' });
    }
  }
  if (headerError) throw headerError;
  if (overflow) throw tooManyRows();
  const result = tally as RecordTally | null;
  if (!result || result.rows === 0) {
    throw new AppError(ErrorCode.FILE_REJECTED, `${file.fileName}：文件中没有记录（第1行为表头，记录从第2行开始）`, { reason: 'NO_ROWS' });
  }
  return { tally: result, encoding };
}
