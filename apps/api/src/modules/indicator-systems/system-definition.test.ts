import { nmgQuarterly2022 } from '@govtrust/indicators';
import { AppError } from '../../common/errors/app-error';
import { MAX_DEFINITION_BYTES, prepareDefinition } from './system-definition';

describe('prepareDefinition', () => {
  it('stamps the key and version number into a valid preset and keeps its warnings', () => {
    const { definition, warnings } = prepareDefinition(nmgQuarterly2022, 'nmg-copy', 3);
    expect(definition.id).toBe('nmg-copy');
    expect(definition.version).toBe(3);
    expect(definition.categories).toHaveLength(nmgQuarterly2022.categories.length);
    expect(warnings.every((p) => p.severity === 'WARNING')).toBe(true);
  });

  it('refuses ERROR problems with the problem list in the details', () => {
    const broken = { ...nmgQuarterly2022, categories: 'not a list' };
    let caught: unknown;
    try {
      prepareDefinition(broken, 'nmg', 1);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/^指标体系有\d+个错误/);
    const problems = error.details?.problems as Array<{ severity: string }>;
    expect(problems.some((p) => p.severity === 'ERROR')).toBe(true);
  });

  it('refuses non-objects and oversized definitions', () => {
    expect(() => prepareDefinition([], 'k', 1)).toThrow('必须是一个 JSON 对象');
    const huge = { ...nmgQuarterly2022, notes: ['长'.repeat(MAX_DEFINITION_BYTES / 3 + 10)] };
    expect(() => prepareDefinition(huge, 'k', 1)).toThrow(/指标体系定义过大/);
  });
});
