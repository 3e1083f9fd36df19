/** Hostile input: the evaluator only ever throws IndicatorError, and refuses deep input fast. */
import fc from 'fast-check';
import { IndicatorError } from '../errors';
import type { InputField } from '../model';
import { evaluateExpression, parseExpression } from './index';

const fields: InputField[] = [
  { key: 'a', label: 'a', type: 'count' },
  { key: 'r', label: 'r', type: 'rate', numeratorLabel: 'n', denominatorLabel: 'd', display: 'PERCENT' },
  { key: 'k', label: 'k', type: 'choice', options: [{ code: 'A', label: 'A' }] },
];
const scope = { fields: new Map(fields.map((f) => [f.key, f])), values: { a: 3, r: { numerator: 0, denominator: 0 }, k: 'A' } };

const fragments = fc.constantFrom(
  '(', ')', '+', '-', '*', '/', '<', '<=', '==', '!=', '>', 'and', 'or', 'not', ',', '%', '1', '0', '0.5', '95%',
  'a', 'r', 'k', 'x', 'min(', 'max(', 'clamp(', ' ', '（', '）', '.', '1e5', '#', '"', '\\', '\u0000', '中',
);

function onlyIndicatorErrors(source: string): boolean {
  try {
    evaluateExpression(parseExpression(source), scope);
  } catch (error) {
    return error instanceof IndicatorError && typeof error.message === 'string' && error.message.length > 0;
  }
  return true;
}

describe('expression robustness', () => {
  it('throws nothing but IndicatorError on random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), onlyIndicatorErrors), { numRuns: 1000 });
  });

  it('throws nothing but IndicatorError on random token soup', () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 80 }), (parts) => onlyIndicatorErrors(parts.join(''))),
      { numRuns: 2000 },
    );
  });

  it('finishes fast on deep nesting of every kind', () => {
    fc.assert(
      fc.property(fc.constantFrom('(', '-', 'not ', 'min(', 'clamp('), fc.integer({ min: 33, max: 20_000 }), (open, depth) => {
        const started = Date.now();
        const ok = onlyIndicatorErrors(open.repeat(depth) + '1');
        return ok && Date.now() - started < 200;
      }),
      { numRuns: 50 },
    );
  });

  it('evaluates long flat chains without trouble', () => {
    const source = Array.from({ length: 400 }, () => 'a').join('*');
    expect(() => evaluateExpression(source, scope)).not.toThrow();
  });
});
