import { validateSystem, type IndicatorSystem, type SystemProblem } from '@govtrust/indicators';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';

/** The definition is stored in a TEXT column (64 KB on MariaDB); the largest preset is ~27 KB. */
export const MAX_DEFINITION_BYTES = 60_000;

export interface PreparedDefinition {
  definition: IndicatorSystem;
  /** WARNING problems only: ERRORs are refused */
  warnings: SystemProblem[];
}

/**
 * Stamps the row's key and version number into the JSON (so an exported definition always says
 * which version it is), validates it with the engine and refuses ERROR problems with the full
 * problem list in `details.problems`.
 */
export function prepareDefinition(
  raw: unknown,
  systemKey: string,
  systemVersion: number,
): PreparedDefinition {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw AppError.validation([{ field: 'definition', message: '指标体系定义必须是一个 JSON 对象' }]);
  }
  const stamped = { ...(raw as Record<string, unknown>), id: systemKey, version: systemVersion };
  const bytes = Buffer.byteLength(JSON.stringify(stamped), 'utf8');
  if (bytes > MAX_DEFINITION_BYTES) {
    throw AppError.validation([
      { field: 'definition', message: `指标体系定义过大（${bytes}字节，上限${MAX_DEFINITION_BYTES}字节）` },
    ]);
  }
  const problems = validateSystem(stamped);
  const errors = problems.filter((p) => p.severity === 'ERROR');
  if (errors.length > 0) {
    const head = errors
      .slice(0, 3)
      .map((p) => p.message)
      .join('；');
    throw new AppError(
      ErrorCode.VALIDATION_FAILED,
      `指标体系有${errors.length}个错误：${head}${errors.length > 3 ? '……' : ''}`,
      { problems, fields: errors.map((p) => ({ field: p.path, code: p.code, message: p.message })) },
    );
  }
  return { definition: stamped as unknown as IndicatorSystem, warnings: problems };
}
