import type { InputField, InputValue, InputValues, UnitSubmission } from '@govtrust/indicators';

/**
 * Figures for the demo's submissions and monitoring data. Each department follows one of the
 * preset's sample departments (plausible magnitudes for every key), varied per department and
 * period by a stable hash, so re-seeding writes the same numbers.
 */
export class DemoValues {
  constructor(private readonly templates: readonly UnitSubmission[]) {}

  /** `profile` picks the sample and the variation: two departments with one profile report alike. */
  valuesFor(fields: readonly InputField[], profile: number, periodKey: string): InputValues {
    const template = this.templates[profile % this.templates.length]?.values ?? {};
    const values: InputValues = {};
    for (const field of fields)
      values[field.key] = vary(field, template[field.key], hash(`${profile}:${periodKey}:${field.key}`));
    return values;
  }
}

function vary(field: InputField, template: InputValue | undefined, h: number): InputValue {
  switch (field.type) {
    case 'rate': {
      if (!isRate(template) || Number(template.denominator) === 0) {
        const denominator = 20 + (h % 30);
        return { numerator: denominator - (h % 3), denominator };
      }
      // the sample's ratio, on a slightly different base; one high rate in five drops a few records
      const [numerator, denominator] = [Number(template.numerator), Number(template.denominator)];
      const base = Math.round(denominator * (1 + (h % 9) / 100));
      const drop = numerator / denominator > 0.5 && h % 5 === 0 ? 1 + (h % 3) : 0;
      return {
        numerator: Math.max(0, Math.min(base, Math.round((numerator * base) / denominator) - drop)),
        denominator: base,
      };
    }
    case 'count': {
      const base = typeof template === 'number' ? template : Number(template ?? 2);
      if (field.key === 'dp_national_concealed') return h % 97 === 0 ? 1 : 0;
      if (base <= 10) return Math.max(0, base - (h % 3 === 0 ? 1 : 0));
      return Math.round(base * (0.9 + (h % 21) / 100));
    }
    case 'amount':
      return typeof template === 'string' || typeof template === 'number' ? template : '0';
    case 'boolean':
      return typeof template === 'boolean' ? template || h % 11 !== 0 : h % 11 !== 0;
    case 'checklist':
      return Array.isArray(template) ? template : field.options.slice(0, 1).map((o) => o.code);
    case 'choice':
      return typeof template === 'string' ? template : (field.options.at(-1)?.code ?? null);
    case 'text':
      return typeof template === 'string' ? template : '已按要求完成，详见佐证材料';
  }
}

function isRate(value: InputValue | undefined): value is { numerator: number; denominator: number } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'denominator' in value;
}

/** FNV-1a: a small stable hash, so the demo's figures never depend on Math.random. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
