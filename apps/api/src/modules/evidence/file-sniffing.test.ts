import ExcelJS from 'exceljs';
import { sanitizeFileName, sniffEvidenceFile } from './file-sniffing';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

async function realXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('台账').addRow(['单位', '合规率']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('sniffEvidenceFile', () => {
  it('accepts real PDF, JPG and PNG content under their own extensions', () => {
    expect(sniffEvidenceFile(pdf, '会议纪要.pdf')).toMatchObject({ ok: true, type: { kind: 'PDF' } });
    expect(sniffEvidenceFile(jpg, '签到表.JPG')).toMatchObject({ ok: true, type: { kind: 'IMAGE', mime: 'image/jpeg' } });
    expect(sniffEvidenceFile(png, 'screenshot.png')).toMatchObject({ ok: true, type: { kind: 'IMAGE' } });
  });

  it('recognises an XLSX written by exceljs and refuses it when named .docx', async () => {
    const xlsx = await realXlsx();
    expect(sniffEvidenceFile(xlsx.subarray(0, 16 * 1024), '台账.xlsx')).toMatchObject({ ok: true });
    expect(sniffEvidenceFile(xlsx, '台账.docx')).toMatchObject({ ok: false, reason: 'EXTENSION_MISMATCH' });
  });

  it('refuses a file whose extension lies about its content', () => {
    const result = sniffEvidenceFile(jpg, '佐证材料.pdf');
    expect(result).toMatchObject({ ok: false, reason: 'EXTENSION_MISMATCH' });
    expect(!result.ok && result.message).toContain('IMAGE');
  });

  it('refuses executables, double extensions, text posing as PDF and empty files', () => {
    const exe = Buffer.from([0x4d, 0x5a, 0x90, 0x00]);
    expect(sniffEvidenceFile(exe, 'report.pdf.exe')).toMatchObject({ ok: false, reason: 'EXTENSION_NOT_ALLOWED' });
    expect(sniffEvidenceFile(exe, 'report.exe.pdf')).toMatchObject({ ok: false, reason: 'CONTENT_NOT_ALLOWED' });
    expect(sniffEvidenceFile(Buffer.from('<script>alert(1)</script>'), 'a.pdf')).toMatchObject({ ok: false });
    expect(sniffEvidenceFile(Buffer.alloc(0), 'empty.pdf')).toMatchObject({ ok: false, reason: 'EMPTY' });
    expect(sniffEvidenceFile(pdf, 'noextension')).toMatchObject({ ok: false, reason: 'EXTENSION_NOT_ALLOWED' });
  });
});

describe('sanitizeFileName', () => {
  it('drops directories, control characters and leading dots but keeps Chinese', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('..\\..\\windows\\系统.pdf')).toBe('系统.pdf');
    expect(sanitizeFileName('.hidden.pdf')).toBe('hidden.pdf');
    expect(sanitizeFileName('a\u0000b<c>.pdf')).toBe('a_b_c_.pdf');
    expect(sanitizeFileName('')).toBe('未命名文件');
  });

  it('shortens very long names and keeps the extension', () => {
    const name = sanitizeFileName(`${'很长的名字'.repeat(50)}.pdf`);
    expect(name.length).toBe(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
