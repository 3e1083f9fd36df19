import { UploadError, type UploadSend } from '../../units/utils/uploadWithProgress';
import { importSummary, uploadDualPublicity } from './dualPublicityImport';

const file = new File(['记录编号\n'], '双公示.csv');

describe('uploadDualPublicity', () => {
  it('posts the file for the period and reads the counts', async () => {
    let url = '';
    const send: UploadSend = async (u) => {
      url = u;
      return { status: 200, json: { rows: 10, units: 2, created: 1, updated: 1, unchanged: 0, notInFile: 0, keys: ['dp_compliance_rate'], format: 'CSV', encoding: 'UTF-8', alreadyImported: false, errors: [], errorCount: 0 } };
    };
    const result = await uploadDualPublicity(file, 'p-1', undefined, send);
    expect(url).toBe('/files/imports/dual-publicity?periodId=p-1');
    expect(importSummary(result)).toBe('导入完成：10 条“双公示”记录，涉及 2 个单位；新增 1 个、更新 1 个单位的监测数据。已重新计分。');
    expect(importSummary({ ...result, notInFile: 3 })).toContain('另有 3 个单位本期已有“双公示”数据但不在此文件中，保持不变。');
  });

  it('returns row problems of a 422 and throws the coded error of a refusal', async () => {
    const rows: UploadSend = async () => ({ status: 422, json: { rows: 3, errors: [{ row: 2, column: '状态', message: '第2行「状态」「待定」应为“入库”或“退回”' }], errorCount: 7 } });
    const result = await uploadDualPublicity(file, 'p-1', undefined, rows);
    expect(result.errors).toHaveLength(1);
    expect(result.errorCount).toBe(7);
    const refused: UploadSend = async () => ({ status: 409, json: { error: { code: 'INVALID_STATE', message: '指标体系没有可由“双公示”记录计算的监测填报项' } } });
    await expect(uploadDualPublicity(file, 'p-1', undefined, refused)).rejects.toEqual(new UploadError('INVALID_STATE', '指标体系没有可由“双公示”记录计算的监测填报项'));
  });

  it('says so when the same file was already imported', () => {
    expect(importSummary({ rows: 5, units: 1, created: 0, updated: 0, unchanged: 1, notInFile: 0, keys: [], format: 'XLSX', encoding: null, alreadyImported: true, errors: [], errorCount: 0 })).toContain('未重复写入');
  });
});
