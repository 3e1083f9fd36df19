/**
 * Evaluates a parsed expression exactly. Comparisons and and/or/not yield 1 or 0; any non-zero
 * value is true. Division by zero raises ZeroDenominatorError for the rule's policy to handle.
 */
import type { Dec } from '../decimal';
import { ONE, ZERO, clamp, maxDec, minDec } from '../decimal';
import { IndicatorError, ZeroDenominatorError } from '../errors';
import type { ExprNode } from './ast';
import type { EvalScope } from './field-value';
import { fieldValue } from './field-value';
import { parseExpression } from './parser';

const cache = new Map<string, ExprNode>();
const CACHE_LIMIT = 500;

/** Parses once per distinct source text; the cache is bounded. */
export function parseCached(source: string): ExprNode {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  const ast = parseExpression(source);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, ast);
  return ast;
}

export function evaluateExpression(expr: string | ExprNode, scope: EvalScope): Dec {
  return evaluate(typeof expr === 'string' ? parseCached(expr) : expr, scope);
}

export function isTruthy(value: Dec): boolean {
  return !value.isZero();
}

function bool(value: boolean): Dec {
  return value ? ONE : ZERO;
}

function evaluate(node: ExprNode, scope: EvalScope): Dec {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'field':
      return fieldValue(scope, node.key, node.pos);
    case 'unary': {
      const operand = evaluate(node.operand, scope);
      return node.op === '-' ? operand.negated() : bool(!isTruthy(operand));
    }
    case 'call':
      return evaluateCall(node, scope);
    case 'binary':
      return evaluateBinary(node, scope);
  }
}

function evaluateCall(node: ExprNode & { type: 'call' }, scope: EvalScope): Dec {
  const args = node.args.map((arg) => evaluate(arg, scope));
  if (node.name === 'clamp') {
    const [x, lo, hi] = args as [Dec, Dec, Dec];
    if (lo.greaterThan(hi)) {
      throw new IndicatorError('INVALID_VALUE', `clamp() 的下限大于上限（第 ${node.pos + 1} 个字符）`, { position: node.pos });
    }
    return clamp(x, lo, hi);
  }
  const pick = node.name === 'min' ? minDec : maxDec;
  return args.reduce((acc, v) => pick(acc, v));
}

function evaluateBinary(node: ExprNode & { type: 'binary' }, scope: EvalScope): Dec {
  // and/or short-circuit so that `has_cases and rate < 90%` never divides by an empty rate
  if (node.op === 'and') return bool(isTruthy(evaluate(node.left, scope)) && isTruthy(evaluate(node.right, scope)));
  if (node.op === 'or') return bool(isTruthy(evaluate(node.left, scope)) || isTruthy(evaluate(node.right, scope)));
  const left = evaluate(node.left, scope);
  const right = evaluate(node.right, scope);
  switch (node.op) {
    case '+':
      return left.plus(right);
    case '-':
      return left.minus(right);
    case '*':
      return left.times(right);
    case '/':
      if (right.isZero()) throw new ZeroDenominatorError(`除数为 0（第 ${node.pos + 1} 个字符）`);
      return left.dividedBy(right);
    case '<':
      return bool(left.lessThan(right));
    case '<=':
      return bool(left.lessThanOrEqualTo(right));
    case '>':
      return bool(left.greaterThan(right));
    case '>=':
      return bool(left.greaterThanOrEqualTo(right));
    case '==':
      return bool(left.equals(right));
    case '!=':
      return bool(!left.equals(right));
  }
}
