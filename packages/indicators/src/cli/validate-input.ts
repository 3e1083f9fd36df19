/** Checks every record's values against its unit's fields before anything is scored. */
import type { IndicatorSystem, UnitSubmission } from '../model';
import { fieldsForUnit, systemFields } from './columns';
import { validateValues } from './engine';
import { ProblemList } from './errors';
import type { InputRecord } from './input-record';

export function collectNodeCodes(system: IndicatorSystem): Set<string> {
  const codes = new Set<string>();
  const visit = (nodes: IndicatorSystem['categories']): void => {
    for (const node of nodes) {
      codes.add(node.code);
      if (node.children) visit(node.children);
    }
  };
  visit(system.categories);
  return codes;
}

/**
 * Adds each problem as 第3行「合规率-入库数据量」：message to `problems` (the reader's, so the
 * user sees the whole file's problems at once) and throws when there are any.
 */
export function validateRecords(
  system: IndicatorSystem,
  records: InputRecord[],
  problems: ProblemList = new ProblemList(),
): UnitSubmission[] {
  const entries = systemFields(system);
  const nodeCodes = collectNodeCodes(system);
  for (const record of records) {
    const { unit, values, exemptions } = record.submission;
    for (const code of Object.keys(exemptions ?? {})) {
      if (!nodeCodes.has(code)) problems.add(`${record.rowLabel}「exemptions」：指标体系中没有编码为“${code}”的指标`);
    }
    const skip = new Set(record.unreadable ?? []);
    const fields = fieldsForUnit(entries, unit, exemptions).filter((field) => !skip.has(field.key));
    for (const problem of validateValues(fields, values)) {
      problems.add(`${record.rowLabel}${record.describeField(problem.field, problem.code)}：${problem.message}`);
    }
  }
  problems.throwIfAny('输入数据有误，未计算任何得分');
  return records.map((record) => record.submission);
}
