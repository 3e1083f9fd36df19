/**
 * Small but valid files built in code, so upload tests need no binary fixtures. The API's tests and
 * both web apps' browser tests use these (the server sniffs content, so the files must be real).
 */

export interface PdfPage {
  width: number;
  height: number;
  fontSize: number;
}

/** A one-page PDF with a correct cross-reference table; `text` is drawn on the page (ASCII). */
export function minimalPdf(
  text = 'GovTrust evidence',
  page: PdfPage = { width: 200, height: 100, fontSize: 12 },
): Buffer {
  const stream = `BT /F1 ${page.fontSize} Tf 20 ${page.height / 2} Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width} ${page.height}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function segment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

/**
 * A baseline JPEG: one 8×8 grey block, JFIF header, one quantisation table, one-symbol Huffman
 * tables. `comment` goes into a COM segment so callers can make distinct files with the same
 * picture; `padding` bytes of further comments make a file large enough to show upload progress.
 */
export function minimalJpeg(comment = 'GovTrust', padding = 0): Buffer {
  const jfif = segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const com = segment(0xfe, [...Buffer.from(comment, 'latin1')]);
  for (let left = padding; left > 0; left -= 60000) {
    com.push(...segment(0xfe, new Array<number>(Math.min(left, 60000)).fill(0x20)));
  }
  const dqt = segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]);
  const sof = segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]);
  // DC table: one code of length 1 for category 0; AC table: one code of length 1 for EOB
  const counts = [1, ...new Array<number>(15).fill(0)];
  const dht = segment(0xc4, [0x00, ...counts, 0x00, 0x10, ...counts, 0x00]);
  const sos = segment(0xda, [1, 1, 0x00, 0, 63, 0]);
  // DC diff "0" + EOB "0", padded with ones
  const scan = [0x3f];
  return Buffer.from([0xff, 0xd8, ...jfif, ...com, ...dqt, ...sof, ...dht, ...sos, ...scan, 0xff, 0xd9]);
}
