/** Which files count as evidence (佐证材料), checked in the browser before anything is sent. */
export type EvidenceKind = 'PDF' | 'IMAGE' | 'XLSX' | 'DOCX';

export const EVIDENCE_EXTENSIONS: Record<EvidenceKind, string[]> = {
  PDF: ['.pdf'],
  IMAGE: ['.jpg', '.jpeg', '.png'],
  XLSX: ['.xlsx'],
  DOCX: ['.docx'],
};

const KIND_NAMES: Record<EvidenceKind, string> = { PDF: 'PDF', IMAGE: 'JPG、PNG', XLSX: 'XLSX', DOCX: 'DOCX' };

export const DEFAULT_EVIDENCE_KINDS: EvidenceKind[] = ['PDF', 'IMAGE', 'XLSX', 'DOCX'];
export const DEFAULT_MAX_SIZE_MB = 20;

export function allowedKindsText(kinds: EvidenceKind[]): string {
  return kinds.map((kind) => KIND_NAMES[kind]).join('、');
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** The Chinese reason a file is refused, or null when it may be uploaded. */
export function checkEvidenceFile(file: Pick<File, 'name' | 'size'>, kinds: EvidenceKind[], maxSizeMB: number): string | null {
  const extension = extensionOf(file.name);
  if (!kinds.some((kind) => EVIDENCE_EXTENSIONS[kind].includes(extension))) {
    return `“${file.name}”的文件类型不支持，请上传 ${allowedKindsText(kinds)} 文件`;
  }
  if (file.size > maxSizeMB * 1024 * 1024) return `“${file.name}”超过 ${maxSizeMB} MB，无法上传`;
  if (file.size === 0) return `“${file.name}”是空文件`;
  return null;
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
