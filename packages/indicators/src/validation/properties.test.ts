import fc from 'fast-check';
import { smallSystem } from '../engine/__fixtures__/small-system';
import { validateSystem } from './validate-system';

/** Replaces the value at a random path of a JSON tree. */
function mutate(tree: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return replacement;
  const entries = Object.entries(tree as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [step, ...rest] = path;
  const index = (step as number) % entries.length;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(tree)
    ? [...tree]
    : { ...(tree as Record<string, unknown>) };
  const [key, value] = entries[index] as [string, unknown];
  (copy as Record<string, unknown>)[key] = mutate(value, rest, replacement);
  return copy;
}

describe('validateSystem robustness', () => {
  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => Array.isArray(validateSystem(value))),
      { numRuns: 500 },
    );
  });

  it('never throws on a valid system with one value replaced, and reports every problem in Chinese', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 8 }), fc.anything(), (path, replacement) => {
        const problems = validateSystem(mutate(smallSystem, path, replacement));
        return problems.every((p) => /[\u4e00-\u9fff]/.test(p.message) && p.path.length > 0);
      }),
      { numRuns: 1000 },
    );
  });
});
