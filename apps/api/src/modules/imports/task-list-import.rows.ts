import { parseDeadlineText, type TaskDefinition as ListTask } from '@govtrust/indicators';
import { taskListHeaderOf, type TaskListColumnKey } from './task-list-import.columns';
import { rowProblem, type ImportProblem, type SheetRow } from './xlsx-rows';

/** One task row read on its own (no database, no other rows); `task` is null when the row is wrong. */
export interface ParsedTaskRow {
  row: number;
  unitCode: string | null;
  task: ListTask | null;
}

const unitCodePattern = /^[A-Za-z0-9_-]{2,64}$/;
const taskCodePattern = /^[A-Za-z0-9_.-]{1,64}$/;

export function parseTaskRow({ row, values, reported }: SheetRow<TaskListColumnKey>): {
  parsed: ParsedTaskRow;
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  const problem = (key: TaskListColumnKey, text: string) => {
    if (!reported.has(key)) problems.push(rowProblem(row, taskListHeaderOf[key], text));
  };
  const text = (key: TaskListColumnKey, max: number, required: boolean): string => {
    const value = values[key];
    if (!value) {
      if (required) problem(key, '不能为空');
    } else if (value.length > max) problem(key, `不能超过${max}字`);
    return value;
  };

  let unitCode: string | null = values.unitCode || null;
  if (!unitCode) problem('unitCode', '不能为空');
  else if (!unitCodePattern.test(unitCode)) {
    problem('unitCode', `「${unitCode}」格式不正确`);
    unitCode = null;
  }
  const code = values.taskCode;
  if (!code) problem('taskCode', '不能为空');
  else if (!taskCodePattern.test(code)) problem('taskCode', `「${code}」格式不正确，须为1–64位字母、数字、点、下划线或连字符`);
  const title = text('title', 200, true);
  const category = text('category', 100, false);
  const sourceText = text('sourceText', 5000, true);
  const target = text('target', 500, false);
  const deadlineText = text('deadlineText', 500, false);
  const deadline = parseDeadlineText(deadlineText);
  if ('error' in deadline) problem('deadlineText', deadline.error);

  const description = text('evidence', 500, false);
  let minCount = description ? 1 : 0;
  if (values.evidenceMinCount) {
    const count = Number(values.evidenceMinCount);
    if (!/^\d+$/.test(values.evidenceMinCount) || count > 50) problem('evidenceMinCount', '应为0–50之间的整数');
    else if (!description && count > 0) problem('evidence', '填写了最少佐证数时不能为空');
    else minCount = count;
  }

  const task: ListTask | null =
    problems.length > 0 || 'error' in deadline
      ? null
      : {
          code,
          title,
          ...(category ? { category } : {}),
          sourceText,
          ...(target ? { target } : {}),
          deadline: deadline.rule,
          ...(deadlineText ? { deadlineText } : {}),
          ...(description ? { evidence: { description, minCount } } : {}),
        };
  return { parsed: { row, unitCode, task }, problems };
}
