/**
 * Recursive-descent parser. Precedence, lowest first: or, and, not, comparison, + -, * /,
 * unary minus, primary. Nesting depth is bounded so deep input is refused before it can
 * exhaust the stack.
 */
import { Dec } from '../decimal';
import { IndicatorError } from '../errors';
import type { BinaryOperator, ExprNode, FunctionName } from './ast';
import { EXPRESSION_LIMITS } from './limits';
import type { Token } from './tokenizer';
import { tokenize } from './tokenizer';

const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=']);
const FUNCTIONS: Record<FunctionName, { min: number; max: number }> = {
  min: { min: 1, max: EXPRESSION_LIMITS.maxArguments },
  max: { min: 1, max: EXPRESSION_LIMITS.maxArguments },
  clamp: { min: 3, max: 3 },
};
export const RESERVED_WORDS: readonly string[] = ['and', 'or', 'not'];

export interface ParseOptions {
  /** when given, a field key outside this set is an UNKNOWN_FIELD error */
  knownFields?: ReadonlySet<string> | readonly string[];
}

export function parseExpression(source: string, options: ParseOptions = {}): ExprNode {
  if (typeof source !== 'string') {
    throw new IndicatorError('EXPRESSION_SYNTAX', '表达式必须是文本');
  }
  const parser = new Parser(tokenize(source), source);
  const ast = parser.parse();
  if (options.knownFields !== undefined) {
    const known = new Set(options.knownFields);
    for (const field of fieldNodes(ast)) {
      if (!known.has(field.key)) {
        throw new IndicatorError('UNKNOWN_FIELD', `表达式引用了未定义的填报项“${field.key}”（第 ${field.pos + 1} 个字符）`, {
          position: field.pos,
        });
      }
    }
  }
  return ast;
}

/** Field keys an expression reads, in order of first appearance. */
export function referencedFields(expr: string | ExprNode): string[] {
  const ast = typeof expr === 'string' ? parseExpression(expr) : expr;
  return [...new Set(fieldNodes(ast).map((f) => f.key))];
}

function fieldNodes(ast: ExprNode): Array<{ key: string; pos: number }> {
  const found: Array<{ key: string; pos: number }> = [];
  const stack: ExprNode[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as ExprNode;
    if (node.type === 'field') found.push(node);
    else if (node.type === 'unary') stack.push(node.operand);
    else if (node.type === 'binary') stack.push(node.right, node.left);
    else if (node.type === 'call') stack.push(...[...node.args].reverse());
  }
  return found;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parse(): ExprNode {
    const first = this.peek();
    if (first.kind === 'end') {
      throw new IndicatorError('EXPRESSION_SYNTAX', '表达式为空', { position: 0 });
    }
    const node = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== 'end') {
      throw this.syntax(rest, `多余的“${this.text(rest)}”`);
    }
    return node;
  }

  private parseOr(): ExprNode {
    return this.nested(() => {
      let left = this.parseAnd();
      while (this.isOp('or')) {
        const pos = this.next().pos;
        left = { type: 'binary', op: 'or', left, right: this.parseAnd(), pos };
      }
      return left;
    });
  }

  private parseAnd(): ExprNode {
    let left = this.parseNot();
    while (this.isOp('and')) {
      const pos = this.next().pos;
      left = { type: 'binary', op: 'and', left, right: this.parseNot(), pos };
    }
    return left;
  }

  private parseNot(): ExprNode {
    if (this.isOp('not')) {
      const pos = this.next().pos;
      return this.nested(() => ({ type: 'unary', op: 'not', operand: this.parseNot(), pos }));
    }
    return this.parseComparison();
  }

  private parseComparison(): ExprNode {
    const left = this.parseAdditive();
    const token = this.peek();
    if (token.kind === 'op' && COMPARISONS.has(token.text)) {
      this.next();
      const right = this.parseAdditive();
      const after = this.peek();
      if (after.kind === 'op' && COMPARISONS.has(after.text)) {
        throw this.syntax(after, '比较运算不能连写，请用 and 连接');
      }
      return { type: 'binary', op: token.text as BinaryOperator, left, right, pos: token.pos };
    }
    return left;
  }

  private parseAdditive(): ExprNode {
    let left = this.parseMultiplicative();
    while (this.isOp('+') || this.isOp('-')) {
      const token = this.next();
      left = { type: 'binary', op: this.text(token) as BinaryOperator, left, right: this.parseMultiplicative(), pos: token.pos };
    }
    return left;
  }

  private parseMultiplicative(): ExprNode {
    let left = this.parseUnary();
    while (this.isOp('*') || this.isOp('/')) {
      const token = this.next();
      left = { type: 'binary', op: this.text(token) as BinaryOperator, left, right: this.parseUnary(), pos: token.pos };
    }
    return left;
  }

  private parseUnary(): ExprNode {
    if (this.isOp('-') || this.isOp('+')) {
      const token = this.next();
      return this.nested(() => {
        const operand = this.parseUnary();
        return this.text(token) === '+' ? operand : { type: 'unary', op: '-', operand, pos: token.pos };
      });
    }
    return this.parsePrimary();
  }

  private parsePrimary(): ExprNode {
    const token = this.next();
    if (token.kind === 'number') {
      let value = new Dec(token.text);
      if (token.percent === '%') value = value.dividedBy(100);
      if (token.percent === '‰') value = value.dividedBy(1000);
      return { type: 'number', value, pos: token.pos };
    }
    if (token.kind === 'ident') {
      if (RESERVED_WORDS.includes(token.text)) throw this.syntax(token, `“${token.text}”的位置不正确`);
      if (Object.prototype.hasOwnProperty.call(FUNCTIONS, token.text) && this.isOp('(')) return this.parseCall(token);
      return { type: 'field', key: token.text, pos: token.pos };
    }
    if (token.kind === 'op' && token.text === '(') {
      const inner = this.parseOr();
      this.expect(')');
      return inner;
    }
    if (token.kind === 'end') throw this.syntax(token, '表达式不完整');
    throw this.syntax(token, `“${this.text(token)}”的位置不正确`);
  }

  private parseCall(nameToken: Token & { kind: 'ident' }): ExprNode {
    const name = nameToken.text as FunctionName;
    this.expect('(');
    const args: ExprNode[] = [];
    if (!this.isOp(')')) {
      do {
        if (args.length >= EXPRESSION_LIMITS.maxArguments) {
          throw new IndicatorError('EXPRESSION_TOO_COMPLEX', `${name}() 的参数过多`, { position: nameToken.pos });
        }
        args.push(this.parseOr());
      } while (this.isOp(',') && this.next());
    }
    this.expect(')');
    const arity = FUNCTIONS[name];
    if (args.length < arity.min || args.length > arity.max) {
      const wanted = arity.min === arity.max ? `${arity.min} 个` : `至少 ${arity.min} 个`;
      throw this.syntax(nameToken, `${name}() 需要${wanted}参数，实际 ${args.length} 个`);
    }
    return { type: 'call', name, args, pos: nameToken.pos };
  }

  private nested(parse: () => ExprNode): ExprNode {
    this.depth += 1;
    if (this.depth > EXPRESSION_LIMITS.maxDepth) {
      throw new IndicatorError('EXPRESSION_TOO_COMPLEX', `表达式嵌套过深（最多 ${EXPRESSION_LIMITS.maxDepth} 层）`, {
        position: this.peek().pos,
      });
    }
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }

  private expect(op: string): void {
    const token = this.next();
    if (token.kind !== 'op' || token.text !== op) {
      throw this.syntax(token, token.kind === 'end' ? `缺少“${op}”` : `此处应为“${op}”，实际为“${this.text(token)}”`);
    }
  }

  private isOp(op: string): boolean {
    const token = this.peek();
    return (token.kind === 'op' || token.kind === 'ident') && token.text === op;
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private text(token: Token): string {
    if (token.kind === 'end') return '结尾';
    if (token.kind === 'number') return token.text + token.percent;
    return token.text;
  }

  private syntax(token: Token, what: string): IndicatorError {
    const where = token.pos >= this.source.length ? '表达式结尾' : `第 ${token.pos + 1} 个字符`;
    return new IndicatorError('EXPRESSION_SYNTAX', `表达式语法错误：${where}处${what}`, { position: token.pos });
  }
}
