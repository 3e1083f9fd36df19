/** How a file can be shown in the browser: PDFs in a frame, images inline, anything else downloaded. */
export type PreviewKind = 'PDF' | 'IMAGE' | 'OTHER';

export function previewKindOf(mime: string, name = ''): PreviewKind {
  const type = mime.toLowerCase();
  if (type === 'application/pdf') return 'PDF';
  if (type.startsWith('image/') && type !== 'image/svg+xml') return 'IMAGE';
  // some browsers report an empty type for a picked file: fall back to the name
  if (!type) {
    if (/\.pdf$/i.test(name)) return 'PDF';
    if (/\.(jpe?g|png|gif|webp)$/i.test(name)) return 'IMAGE';
  }
  return 'OTHER';
}

/** What a user calls a file type they cannot preview. */
export function documentLabel(mime: string, name: string): string {
  if (/spreadsheet|excel/i.test(mime) || /\.xlsx?$/i.test(name)) return 'Excel 表格';
  if (/word/i.test(mime) || /\.docx?$/i.test(name)) return 'Word 文档';
  return '该类型文件';
}
