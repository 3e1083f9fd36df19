/**
 * Splits an expression into tokens. Full-width brackets and commas, as typed in Chinese
 * documents, are accepted as their ASCII forms.
 */
import { IndicatorError } from '../errors';
import { EXPRESSION_LIMITS } from './limits';

export type Token =
  | { kind: 'number'; text: string; percent: '' | '%' | '‰'; pos: number }
  | { kind: 'ident'; text: string; pos: number }
  | { kind: 'op'; text: string; pos: number }
  | { kind: 'end'; pos: number };

const OPERATORS = ['<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '(', ')', ',', '<', '>', '!'];
const FULL_WIDTH: Record<string, string> = { '（': '(', '）': ')', '，': ',', '×': '*', '÷': '/' };

export function tokenize(source: string): Token[] {
  if (source.length > EXPRESSION_LIMITS.maxLength) {
    throw new IndicatorError(
      'EXPRESSION_TOO_COMPLEX',
      `表达式过长（${source.length} 个字符，最多 ${EXPRESSION_LIMITS.maxLength} 个）`,
      { position: EXPRESSION_LIMITS.maxLength },
    );
  }
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = FULL_WIDTH[source[i] as string] ?? (source[i] as string);
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (tokens.length >= EXPRESSION_LIMITS.maxTokens) {
      throw new IndicatorError('EXPRESSION_TOO_COMPLEX', `表达式过于复杂（超过 ${EXPRESSION_LIMITS.maxTokens} 个记号）`, {
        position: i,
      });
    }
    if (/[0-9.]/.test(ch)) {
      i = readNumber(source, i, tokens);
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i, i + 200));
      const text = match?.[0] ?? ch;
      if (text.length >= 200) {
        throw new IndicatorError('EXPRESSION_TOO_COMPLEX', `第 ${i + 1} 个字符处的名称过长`, { position: i });
      }
      tokens.push({ kind: 'ident', text, pos: i });
      i += text.length;
      continue;
    }
    const op = FULL_WIDTH[source[i] as string] ?? OPERATORS.find((o) => source.startsWith(o, i));
    if (op === undefined) {
      throw new IndicatorError('EXPRESSION_SYNTAX', `第 ${i + 1} 个字符“${ch}”无法识别`, { position: i });
    }
    tokens.push({ kind: 'op', text: normaliseOperator(op), pos: i });
    i += FULL_WIDTH[source[i] as string] !== undefined ? 1 : op.length;
  }
  tokens.push({ kind: 'end', pos: source.length });
  return tokens;
}

function normaliseOperator(op: string): string {
  if (op === '&&') return 'and';
  if (op === '||') return 'or';
  if (op === '!') return 'not';
  return op;
}

function readNumber(source: string, start: number, tokens: Token[]): number {
  const match = /^(\d+(\.\d*)?|\.\d+)/.exec(source.slice(start, start + 100));
  if (match === null) {
    throw new IndicatorError('EXPRESSION_SYNTAX', `第 ${start + 1} 个字符处的数字格式不正确`, { position: start });
  }
  const text = match[0];
  const digits = text.replace('.', '').replace(/^0+/, '').length;
  if (digits > EXPRESSION_LIMITS.maxDigits || text.length >= 100) {
    throw new IndicatorError(
      'EXPRESSION_TOO_COMPLEX',
      `第 ${start + 1} 个字符处的数字位数过多（最多 ${EXPRESSION_LIMITS.maxDigits} 位）`,
      { position: start },
    );
  }
  let end = start + text.length;
  let percent: '' | '%' | '‰' = '';
  const next = source[end];
  if (next === '%' || next === '％' || next === '‰') {
    percent = next === '‰' ? '‰' : '%';
    end += 1;
  }
  if (/[0-9.A-Za-z_]/.test(source[end] ?? '')) {
    throw new IndicatorError('EXPRESSION_SYNTAX', `第 ${end + 1} 个字符处的数字格式不正确`, { position: end });
  }
  tokens.push({ kind: 'number', text, percent, pos: start });
  return end;
}
