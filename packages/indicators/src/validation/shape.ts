/**
 * A compact hand-written structural checker (zod is not a dependency of this pure package).
 * Each helper reports a Chinese problem and returns whether the value has the expected shape.
 */
import { isDecimalLike } from '../decimal';
import type { ProblemList } from './problems';

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class Shape {
  constructor(
    readonly problems: ProblemList,
    readonly path: string,
    readonly nodeCode?: string,
  ) {}

  at(path: string, nodeCode = this.nodeCode): Shape {
    return new Shape(this.problems, path, nodeCode);
  }

  fail(key: string, message: string): false {
    this.problems.error(
      'INVALID_SHAPE',
      key === '' ? this.path : `${this.path}.${key}`,
      message,
      this.nodeCode,
    );
    return false;
  }

  object(value: unknown, key: string, label: string): value is Obj {
    return isObject(value) || this.fail(key, `${label}应为对象`);
  }

  string(obj: Obj, key: string, label: string, required = true): boolean {
    const value = obj[key];
    if (value === undefined && !required) return true;
    return (typeof value === 'string' && value.trim() !== '') || this.fail(key, `${label}应为非空文本`);
  }

  decimal(
    obj: Obj,
    key: string,
    label: string,
    options: { required?: boolean; nullable?: boolean; min?: number } = {},
  ): boolean {
    const value = obj[key];
    if (value === undefined && options.required === false) return true;
    if (value === null && options.nullable === true) return true;
    if (!isDecimalLike(value)) return this.fail(key, `${label}应为数字（或数字文本）`);
    if (options.min !== undefined && Number(value) < options.min)
      return this.fail(key, `${label}不能小于 ${options.min}`);
    return true;
  }

  integer(obj: Obj, key: string, label: string, required = true): boolean {
    const value = obj[key];
    if (value === undefined && !required) return true;
    return (
      (typeof value === 'number' && Number.isInteger(value) && value >= 0) ||
      this.fail(key, `${label}应为非负整数`)
    );
  }

  boolean(obj: Obj, key: string, label: string, required = true): boolean {
    const value = obj[key];
    if (value === undefined && !required) return true;
    return typeof value === 'boolean' || this.fail(key, `${label}应为 true 或 false`);
  }

  oneOf<T extends string>(
    obj: Obj,
    key: string,
    label: string,
    allowed: readonly T[],
    required = true,
  ): boolean {
    const value = obj[key];
    if (value === undefined && !required) return true;
    return allowed.includes(value as T) || this.fail(key, `${label}应为 ${allowed.join(' / ')} 之一`);
  }

  array(obj: Obj, key: string, label: string, required = true): unknown[] | undefined {
    const value = obj[key];
    if (value === undefined && !required) return undefined;
    if (!Array.isArray(value)) {
      this.fail(key, `${label}应为数组`);
      return undefined;
    }
    return value;
  }

  stringArray(obj: Obj, key: string, label: string, allowed?: readonly string[]): boolean {
    const list = this.array(obj, key, label, false);
    if (list === undefined) return true;
    if (!list.every((v) => typeof v === 'string' && (allowed === undefined || allowed.includes(v)))) {
      return this.fail(
        key,
        allowed === undefined ? `${label}应为文本数组` : `${label}只能包含 ${allowed.join(' / ')}`,
      );
    }
    return true;
  }
}
