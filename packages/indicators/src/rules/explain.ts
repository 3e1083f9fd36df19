/** Shared wording of rule explanations. */
import type { Dec, Scale } from '../decimal';
import { formatPlain, formatPoints, own, scaleSuffix, toDecimal } from '../decimal';
import { tokenize } from '../expression/tokenizer';
import type { Band, DecimalLike, InputField } from '../model';

/** 得 4 分（满分 5 分） */
export function scoredText(points: Dec, max: Dec): string {
  return `得 ${formatPoints(points)} 分（满分 ${formatPoints(max)} 分）`;
}

/** 95%≤x<96%, x<95%, x≥99% — edges as written in the rule. */
export function describeBand(band: Pick<Band, 'min' | 'max' | 'minInclusive' | 'maxInclusive'>, scale: Scale): string {
  const edge = (v: DecimalLike | null): string => formatEdge(toDecimal(v ?? 0), scale);
  const lower = band.min === null ? '' : `${edge(band.min)}${band.minInclusive ? '≤' : '<'}`;
  const upper = band.max === null ? '' : `${band.maxInclusive ? '≤' : '<'}${edge(band.max)}`;
  if (lower === '' && upper === '') return '任意值';
  if (lower === '') return `x${upper}`;
  if (upper === '') return `x${band.minInclusive ? '≥' : '>'}${edge(band.min)}`;
  return `${lower}x${upper}`;
}

/** A threshold as written in the document: 95%, 99.5%, 3 (no padding zeros). */
export function formatEdge(value: Dec, scale: Scale): string {
  return `${formatPlain(value)}${scaleSuffix(scale)}`;
}

/** 起 / 条 / 个 for counts, 项 for checklists. */
export function countUnit(field: InputField | undefined): string {
  if (field?.type === 'count' && field.unit !== undefined) return field.unit;
  if (field?.type === 'checklist') return '项';
  return '起';
}

const READABLE_OPERATORS: Record<string, string> = { '*': '×', '/': '÷', and: '且', or: '或', not: '非', '<=': '≤', '>=': '≥', '!=': '≠', '==': '=' };

/** 2*sbl+2*hgl → 2×上报率+2×合规率: the expression as a department reads it. */
export function readableExpression(expr: string, fields: ReadonlyMap<string, InputField>): string {
  let out = '';
  let last = 0;
  for (const token of tokenize(expr)) {
    if (token.kind === 'end') break;
    const length = token.kind === 'number' ? token.text.length + token.percent.length : tokenLength(expr, token.pos, token.text);
    const replacement =
      token.kind === 'ident' ? fields.get(token.text)?.label ?? own(READABLE_OPERATORS, token.text) : token.kind === 'op' ? own(READABLE_OPERATORS, token.text) : undefined;
    if (replacement !== undefined) {
      out += expr.slice(last, token.pos) + replacement;
      last = token.pos + length;
    }
  }
  return out + expr.slice(last);
}

/** `&&` is read as `and`, so the source length can differ from the token text. */
function tokenLength(expr: string, pos: number, text: string): number {
  if (expr.startsWith(text, pos)) return text.length;
  return text === 'not' ? 1 : 2;
}
