import { genheTasks2023 } from '@govtrust/indicators';
import { taskListColumns, type TaskListColumnKey } from './task-list-import.columns';
import { parseTaskRow } from './task-list-import.rows';
import { deadlineCell, presetRows } from './task-list-template';

function row(values: Partial<Record<TaskListColumnKey, string>>, reported: TaskListColumnKey[] = []) {
  const full = Object.fromEntries(taskListColumns.map((c) => [c.key, values[c.key] ?? ''])) as Record<
    TaskListColumnKey,
    string
  >;
  return { row: 9, values: full, reported: new Set(reported) };
}

const base = { unitCode: 'GH-FGW', taskCode: 'GH-FGW-01', title: '报送信息', sourceText: '按月报送。' };

describe('parseTaskRow', () => {
  it('reads a full row, 完成时限 through parseDeadlineText', () => {
    const { parsed, problems } = parseTaskRow(
      row({ ...base, category: '信息归集', target: '99%', deadlineText: '當月4日前報送上月信息', evidence: '截图', evidenceMinCount: '2' }),
    );
    expect(problems).toEqual([]);
    expect(parsed).toEqual({
      row: 9,
      unitCode: 'GH-FGW',
      task: {
        code: 'GH-FGW-01',
        title: '报送信息',
        category: '信息归集',
        sourceText: '按月报送。',
        target: '99%',
        deadline: { kind: 'MONTHLY', day: 4 },
        deadlineText: '當月4日前報送上月信息',
        evidence: { description: '截图', minCount: 2 },
      },
    });
  });

  it('counts one piece of evidence when only the description is given, and none without it', () => {
    expect(parseTaskRow(row({ ...base, evidence: '纪要' })).parsed.task?.evidence).toEqual({ description: '纪要', minCount: 1 });
    expect(parseTaskRow(row(base)).parsed.task).toMatchObject({ deadline: { kind: 'CONTINUOUS' } });
    expect(parseTaskRow(row(base)).parsed.task?.evidence).toBeUndefined();
  });

  it('names the row and the column of each problem', () => {
    const { parsed, problems } = parseTaskRow(
      row({ unitCode: 'GH FGW', taskCode: '', deadlineText: '下个月吧', evidenceMinCount: '1.5' }),
    );
    expect(parsed.task).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      '第9行「单位编码」「GH FGW」格式不正确',
      '第9行「任务编码」不能为空',
      '第9行「任务名称」不能为空',
      '第9行「工作任务及目标（原文）」不能为空',
      expect.stringMatching(/^第9行「完成时限」无法识别完成时限「下个月吧」/),
      '第9行「最少佐证数」应为0–50之间的整数',
    ]);
  });

  it('does not report a cell twice (a formula was already reported)', () => {
    const { problems } = parseTaskRow(row({ ...base, title: '' }, ['title']));
    expect(problems).toEqual([]);
  });
});

describe('the Genhe sample rows', () => {
  it('give every preset task back with its own deadline rule', () => {
    const rows = presetRows(genheTasks2023);
    const tasks = genheTasks2023.units.flatMap((u) => u.tasks);
    expect(rows).toHaveLength(tasks.length);
    rows.forEach((values, i) => {
      const { parsed, problems } = parseTaskRow({ row: i + 2, values, reported: new Set() });
      expect(problems).toEqual([]);
      expect(parsed.task?.deadline).toEqual(tasks[i]!.deadline);
    });
  });

  it('keep the document’s 完成时限 where it reads back, and spell out the rule where it has none', () => {
    const task = (code: string) => genheTasks2023.units.flatMap((u) => u.tasks).find((x) => x.code === code)!;
    expect(deadlineCell(task('GH-FGW-22'))).toBe('每季度首月4日前');
    expect(deadlineCell({ ...task('GH-FGW-22'), deadlineText: '完成時限:持續推進' })).toBe('每季度首月4日前');
    expect(deadlineCell(task('GH-TJJ-07'))).toBe('每舉度至少開展1次');
  });
});
