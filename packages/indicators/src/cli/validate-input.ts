/** Checks every record's values against its unit's fields before anything is scored. */
import type { IndicatorSystem, UnitSubmission } from '../model';
import { fieldsForUnit, systemFields } from './columns';
import { exemptionProblems, validateValues } from './engine';
import { ProblemList } from './errors';
import type { InputRecord } from './input-record';

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
  for (const record of records) {
    const { unit, values, exemptions } = record.submission;
    // the engine would refuse these while scoring; here they get the row they came from
    for (const problem of exemptionProblems(system, record.submission)) {
      problems.add(`${record.rowLabel}：${problem.message}`);
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
