/**
 * Decides what an uploaded evidence file really is from its first bytes (magic numbers), never from
 * its name or Content-Type, and refuses files whose extension disagrees with their content.
 */
import { filetypeinfo } from 'magic-bytes.js';

export type EvidenceKind = 'PDF' | 'IMAGE' | 'XLSX' | 'DOCX';

export interface EvidenceFileType {
  kind: EvidenceKind;
  mime: string;
  extension: string;
}

export type SniffRejection =
  | 'EMPTY'
  | 'EXTENSION_NOT_ALLOWED'
  | 'CONTENT_NOT_ALLOWED'
  | 'EXTENSION_MISMATCH';

export type SniffResult = { ok: true; type: EvidenceFileType } | { ok: false; reason: SniffRejection; message: string };

const ALLOWED: Record<string, EvidenceFileType> = {
  pdf: { kind: 'PDF', mime: 'application/pdf', extension: 'pdf' },
  jpg: { kind: 'IMAGE', mime: 'image/jpeg', extension: 'jpg' },
  jpeg: { kind: 'IMAGE', mime: 'image/jpeg', extension: 'jpg' },
  png: { kind: 'IMAGE', mime: 'image/png', extension: 'png' },
  xlsx: {
    kind: 'XLSX',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  },
  docx: {
    kind: 'DOCX',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
};

/** How many leading bytes the sniffer wants: OOXML part names sit in the first local headers. */
export const SNIFF_BYTES = 16 * 1024;

export const ALLOWED_EXTENSIONS = Object.keys(ALLOWED);

export function sniffEvidenceFile(head: Uint8Array, fileName: string): SniffResult {
  const extension = extensionOf(fileName);
  const claimed = ALLOWED[extension];
  if (!claimed) {
    return {
      ok: false,
      reason: 'EXTENSION_NOT_ALLOWED',
      message: `不支持的文件类型“.${extension || '无扩展名'}”，仅支持 PDF、JPG、PNG、XLSX、DOCX`,
    };
  }
  if (head.length === 0) return { ok: false, reason: 'EMPTY', message: '文件为空（0 字节）' };

  const detected = detectKind(head);
  if (detected === null) {
    return { ok: false, reason: 'CONTENT_NOT_ALLOWED', message: `文件内容不是有效的 ${claimed.kind} 文件` };
  }
  if (detected !== claimed.kind) {
    return {
      ok: false,
      reason: 'EXTENSION_MISMATCH',
      message: `文件扩展名为“.${extension}”，但内容是 ${detected} 文件，请检查后重新上传`,
    };
  }
  return { ok: true, type: claimed };
}

function detectKind(head: Uint8Array): EvidenceKind | null {
  const names = new Set(filetypeinfo(head).map((info) => info.typename));
  if (names.has('pdf')) return 'PDF';
  if (names.has('jpg') || names.has('png')) return 'IMAGE';
  if (names.has('zip')) return ooxmlKind(head);
  return null;
}

/** A zip is OOXML when its first entries name the package parts: word/ for DOCX, xl/ for XLSX. */
function ooxmlKind(head: Uint8Array): EvidenceKind | null {
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  if (text.includes('word/')) return 'DOCX';
  if (text.includes('xl/')) return 'XLSX';
  return null;
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/**
 * A safe display name: no directories, no control or path characters, at most 120 characters,
 * extension kept. The stored file is content-addressed, so the name is only ever shown.
 */
export function sanitizeFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').normalize('NFC');
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^\.+/, '').trim();
  if (cleaned.length <= 120) return cleaned || '未命名文件';
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 120 - extension.length) + extension;
}
