/** Syntax tree of the rule expression language. `pos` is the character offset in the source. */
import type { Dec } from '../decimal';

export type BinaryOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '<'
  | '<='
  | '>'
  | '>='
  | '=='
  | '!='
  | 'and'
  | 'or';

export type FunctionName = 'min' | 'max' | 'clamp';

export type ExprNode =
  | { type: 'number'; value: Dec; pos: number }
  | { type: 'field'; key: string; pos: number }
  | { type: 'unary'; op: '-' | 'not'; operand: ExprNode; pos: number }
  | { type: 'binary'; op: BinaryOperator; left: ExprNode; right: ExprNode; pos: number }
  | { type: 'call'; name: FunctionName; args: ExprNode[]; pos: number };
