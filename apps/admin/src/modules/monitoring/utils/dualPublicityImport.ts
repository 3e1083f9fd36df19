import { importAnswer, type UnitImportProblem } from '../../units/utils/unitImport';
import { xhrUpload, type UploadProgress, type UploadSend } from '../../units/utils/uploadWithProgress';

/** The API's answer to POST /files/imports/dual-publicity (200, or 422 with row problems and nothing written). */
export interface DualPublicityImportResult {
  rows: number;
  units: number;
  created: number;
  updated: number;
  unchanged: number;
  /** units with 双公示 figures for the period but no records in this file: left as they were */
  notInFile: number;
  keys: string[];
  format: 'CSV' | 'XLSX';
  encoding: string | null;
  alreadyImported: boolean;
  /** the first 100 problems */
  errors: UnitImportProblem[];
  /** every problem, counted */
  errorCount: number;
}

export async function uploadDualPublicity(
  file: File,
  periodId: string,
  onProgress?: (progress: UploadProgress) => void,
  send: UploadSend = xhrUpload,
): Promise<DualPublicityImportResult> {
  const body = new FormData();
  body.append('file', file);
  const answer = await send(`/files/imports/dual-publicity?${new URLSearchParams({ periodId }).toString()}`, body, onProgress);
  const json = importAnswer<DualPublicityImportResult>(answer.status, answer.json);
  return {
    rows: json.rows ?? 0,
    units: json.units ?? 0,
    created: json.created ?? 0,
    updated: json.updated ?? 0,
    unchanged: json.unchanged ?? 0,
    notInFile: json.notInFile ?? 0,
    keys: json.keys ?? [],
    format: json.format ?? 'CSV',
    encoding: json.encoding ?? null,
    alreadyImported: Boolean(json.alreadyImported),
    errors: json.errors,
    errorCount: json.errorCount ?? json.errors.length,
  };
}

/** One line for a successful import, in Chinese. */
export function importSummary(result: DualPublicityImportResult): string {
  if (result.alreadyImported) return `该文件已导入过本期次，且此后监测数据未被修改：未重复写入（${result.rows} 条记录，${result.units} 个单位）。`;
  const changed = `新增 ${result.created} 个、更新 ${result.updated} 个单位的监测数据${result.unchanged > 0 ? `，${result.unchanged} 个单位数据不变` : ''}`;
  const kept = result.notInFile > 0 ? `另有 ${result.notInFile} 个单位本期已有“双公示”数据但不在此文件中，保持不变。` : '';
  return `导入完成：${result.rows} 条“双公示”记录，涉及 ${result.units} 个单位；${changed}。已重新计分。${kept}`;
}
