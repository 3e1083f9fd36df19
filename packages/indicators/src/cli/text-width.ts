/**
 * Terminal column width: East Asian wide and fullwidth characters (汉字, fullwidth punctuation
 * such as （）、：) take two columns, combining marks none, everything else one.
 */
const WIDE_RANGES: Array<[number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const ZERO_WIDTH_RANGES: Array<[number, number]> = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
];

const inRanges = (code: number, ranges: Array<[number, number]>): boolean =>
  ranges.some(([low, high]) => code >= low && code <= high);

export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || inRanges(code, ZERO_WIDTH_RANGES)) return 0;
  return inRanges(code, WIDE_RANGES) ? 2 : 1;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - textWidth(text))) + text;
}

/** Cuts text to at most `width` display columns, marking the cut with …. */
export function truncate(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let result = '';
  for (const char of text) {
    if (textWidth(result) + charWidth(char) > width - 1) break;
    result += char;
  }
  return result + '…';
}
