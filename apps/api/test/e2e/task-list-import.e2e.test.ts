import { genheTasks2023 } from '@govtrust/indicators';
import ExcelJS from 'exceljs';
import { In } from 'typeorm';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Period } from '../../src/modules/cycles/period.entity';
import { taskListColumns } from '../../src/modules/imports/task-list-import.columns';
import { Submission } from '../../src/modules/submissions/submission.entity';
import { TaskAssignment } from '../../src/modules/task-lists/task-assignment.entity';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import { TaskDue } from '../../src/modules/task-lists/task-due.entity';
import type { Unit } from '../../src/modules/units/unit.entity';
import { Role } from '../utils/fixtures';
import { minimalPdf } from '../utils/sample-files';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import {
  CREATE_CYCLE,
  createGenheUnits,
  loginStaff,
  loginUnitUser,
  publishPreset,
  type CycleRow,
} from '../utils/workflow-fixtures';

interface ImportBody {
  units: number;
  tasks: number;
  assignments: number;
  dues: number;
  dryRun: boolean;
  errors: Array<{ row: number; column: string; message: string }>;
  error?: { code: string; reason?: string; message: string };
}

const genheTaskCount = genheTasks2023.units.reduce((n, u) => n + u.tasks.length, 0);
const headers = taskListColumns.map((c) => c.header);

async function workbookOf(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('任务清单');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** 单位编码 / 单位名称 / 任务编码 / 任务名称 / 任务类别 / 原文 / 目标 / 完成时限 / 佐证材料 / 最少佐证数 */
const row = (unit: string, code: string, deadline: string, evidence = '', min = ''): string[] => [
  unit,
  '',
  code,
  `任务${code}`,
  '信息归集',
  `任务${code}的原文`,
  '',
  deadline,
  evidence,
  min,
];

describe.each(engines)('task-list XLSX import on %s', (engine) => {
  let t: TestServer;
  let credit: string;
  let units: Map<string, Unit>;
  let systemVersion: number;

  beforeAll(async () => {
    t = await startTestServer(engine);
    credit = await t.loginAs(Role.CREDIT_OFFICE);
    units = await createGenheUnits(t.dataSource);
    systemVersion = await publishPreset(t, credit, 'genhe-assessment-2023');
  });
  afterAll(async () => {
    await t.close();
  });

  async function newCycle(name: string): Promise<CycleRow> {
    const res = await t.gql<{ createCycle: CycleRow }>(
      CREATE_CYCLE,
      { input: { name, year: 2023, systemKey: 'genhe-assessment-2023', systemVersion } },
      { token: credit },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createCycle;
  }

  async function download(path: string, token = credit): Promise<{ status: number; body: Buffer; type: string | null }> {
    const response = await fetch(`${t.url}/files/templates/${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: response.status,
      body: Buffer.from(await response.arrayBuffer()),
      type: response.headers.get('content-type'),
    };
  }

  async function postImport(file: Buffer, query: string, token = credit, name = '任务清单.xlsx') {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), name);
    const response = await fetch(`${t.url}/files/imports/task-lists${query}`, {
      method: 'POST',
      body: form,
      headers: { 'x-govtrust-upload': '1', authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: (await response.json()) as ImportBody };
  }

  const counts = async () => ({
    tasks: await t.dataSource.getRepository(TaskDefinition).count(),
    assignments: await t.dataSource.getRepository(TaskAssignment).count(),
    dues: await t.dataSource.getRepository(TaskDue).count(),
    audit: await t.dataSource.getRepository(AuditLog).count(),
  });

  /** unit code → "taskCode period dueDate" lines, the list as a unit sees it */
  async function listOf(cycleId: string): Promise<Map<string, string[]>> {
    const tasks = await t.dataSource.getRepository(TaskDefinition).findBy({ cycleId });
    const taskById = new Map(tasks.map((task) => [task.id, task]));
    const periods = new Map((await t.dataSource.getRepository(Period).findBy({ cycleId })).map((p) => [p.id, p.label]));
    const codeByUnitId = new Map([...units.values()].map((u) => [u.id, u.code]));
    const list = new Map<string, string[]>();
    for (const due of await t.dataSource.getRepository(TaskDue).findBy({ periodId: In([...periods.keys()]) })) {
      const task = taskById.get(due.taskId);
      if (!task) continue;
      const unit = codeByUnitId.get(due.unitId)!;
      list.set(unit, [...(list.get(unit) ?? []), `${task.code} ${periods.get(due.periodId)} ${due.dueDate}`]);
    }
    for (const lines of list.values()) lines.sort();
    return list;
  }

  it('serves a template with the Chinese headers and example rows that import as nothing', async () => {
    const template = await download('task-list.xlsx');
    expect(template.status).toBe(200);
    expect(template.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('任务清单')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '单位编码',
      '单位名称',
      '任务编码',
      '任务名称',
      '任务类别',
      '工作任务及目标（原文）',
      '目标',
      '完成时限',
      '佐证材料',
      '最少佐证数',
    ]);
    expect(sheet.getRow(2).getCell(8).value).toBe('每月4日前报送上月信息');
    const cycle = await newCycle('模板试导入');
    const before = await counts();
    const res = await postImport(template.body, `?cycleId=${cycle.id}`);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ message: '文件中没有任务行' })]);
    expect(await counts()).toEqual(before);
  });

  it('imports the Genhe sample into a fresh cycle exactly as the preset import lays it out', async () => {
    const sample = await download('task-list-genhe-2023.xlsx');
    expect(sample.status).toBe(200);
    const viaPreset = await newCycle('预置导入');
    const preset = await t.gql(
      `mutation($c: ID!) { importTaskListPreset(cycleId: $c, presetId: "genhe-tasks-2023") { tasks } }`,
      { c: viaPreset.id },
      { token: credit },
    );
    expect(preset.errors).toBeUndefined();
    const viaFile = await newCycle('文件导入');

    const before = await counts();
    const dry = await postImport(sample.body, `?cycleId=${viaFile.id}&dryRun=1`);
    expect(dry).toEqual({
      status: 200,
      body: { units: 36, tasks: genheTaskCount, assignments: 0, dues: 0, errors: [], dryRun: true },
    });
    expect(await counts()).toEqual(before);

    const res = await postImport(sample.body, `?cycleId=${viaFile.id}&mode=create`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ units: 36, tasks: genheTaskCount, assignments: genheTaskCount, dryRun: false });

    const [fromPreset, fromFile] = [await listOf(viaPreset.id), await listOf(viaFile.id)];
    expect(fromFile.size).toBe(36);
    expect(fromFile).toEqual(fromPreset);
    const presetTasks = await t.dataSource.getRepository(TaskDefinition).findBy({ cycleId: viaPreset.id });
    const fileTasks = await t.dataSource.getRepository(TaskDefinition).findBy({ cycleId: viaFile.id });
    const shape = (task: TaskDefinition) =>
      [task.code, task.title, task.category, task.target, JSON.stringify(task.deadline), task.evidence?.minCount].join('|');
    expect(fileTasks.map(shape).sort()).toEqual(presetTasks.map(shape).sort());

    const audit = await t.dataSource.getRepository(AuditLog).findBy({ entity: 'TaskList', entityId: viaFile.id });
    expect(audit).toHaveLength(36);
    const summary = await t.dataSource.getRepository(AuditLog).findOneByOrFail({ action: 'IMPORT_TASK_LIST', entityId: viaFile.id });
    expect(summary.after).toMatchObject({ fileName: '任务清单.xlsx', mode: 'create', tasks: genheTaskCount });

    const again = await postImport(sample.body, `?cycleId=${viaFile.id}&mode=create`);
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe('INVALID_STATE');
  });

  it('reports every row problem and writes nothing', async () => {
    const cycle = await newCycle('错误文件');
    const formula = await workbookOf([row('GH-FGW', 'X-1', '每月4日前报送上月信息')]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(formula as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    sheet.addRow(row('GH-NOPE', 'X-2', '2023年8月'));
    sheet.addRow(row('GH-MW', 'X-3', '尽快完成'));
    sheet.addRow(row('GH-MW', 'X-1', '持续推进'));
    sheet.addRow(row('GH-MW', 'X-4', '持续推进', '', '2'));
    sheet.addRow(row('GH-MW', 'X-5', '持续推进', '会议纪要', '-1'));
    const withFormula = sheet.addRow(row('GH-MW', 'X-6', ''));
    withFormula.getCell(4).value = { formula: 'A2&"x"', result: '伪造' } as ExcelJS.CellFormulaValue;
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const before = await counts();
    for (const query of [`?cycleId=${cycle.id}&dryRun=1`, `?cycleId=${cycle.id}`]) {
      const res = await postImport(file, query);
      expect(res.status).toBe(422);
      expect(res.body.error?.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e) => [e.row, e.column])).toEqual([
        [3, '单位编码'],
        [4, '完成时限'],
        [5, '任务编码'],
        [6, '佐证材料'],
        [7, '最少佐证数'],
        [8, '任务名称'],
      ]);
      expect(res.body.errors[1]!.message).toMatch(/^第4行「完成时限」无法识别完成时限「尽快完成」/);
      expect(res.body.errors[2]!.message).toBe('第5行「任务编码」「X-1」与第2行重复');
      expect(res.body.errors[5]!.message).toMatch(/公式/);
    }
    expect(await counts()).toEqual(before);
  });

  it('replaces a list nobody has filled in, and refuses once someone has', async () => {
    const cycle = await newCycle('替换');
    const first = await postImport(await workbookOf([row('GH-FGW', 'R-1', '每月4日前报送上月信息')]), `?cycleId=${cycle.id}`);
    expect(first.body).toMatchObject({ tasks: 1, assignments: 1, dues: 12 });
    const second = await postImport(
      await workbookOf([row('GH-MW', 'R-2', '每季度首月10日前', '会议纪要', '2'), row('GH-MW', 'R-3', '2023年8月15日')]),
      `?cycleId=${cycle.id}&mode=replace`,
    );
    expect(second.status).toBe(200);
    const tasks = await t.dataSource.getRepository(TaskDefinition).findBy({ cycleId: cycle.id });
    expect(tasks.map((task) => task.code).sort()).toEqual(['R-2', 'R-3']);
    expect(tasks.find((task) => task.code === 'R-2')).toMatchObject({
      deadline: { kind: 'QUARTERLY', day: 10 },
      evidence: { description: '会议纪要', minCount: 2 },
    });
    const list = await listOf(cycle.id);
    expect([...list.keys()]).toEqual(['GH-MW']);
    expect(list.get('GH-MW')).toContain('R-3 2023年度 2023-08-15');

    const task = tasks.find((x) => x.code === 'R-3')!;
    const assignment = await t.dataSource.getRepository(TaskAssignment).findOneByOrFail({ taskId: task.id });
    const due = await t.dataSource.getRepository(TaskDue).findOneByOrFail({ taskId: task.id });
    await t.dataSource.getRepository(Submission).save(
      t.dataSource.getRepository(Submission).create({
        unitId: assignment.unitId,
        taskId: task.id,
        assignmentId: assignment.id,
        periodId: due.periodId,
        state: 'DRAFT' as Submission['state'],
        values: {},
        evidenceIds: [],
        submittedAt: null,
        late: false,
        lateDays: 0,
        lateWorkingDays: 0,
        returnCount: 0,
        authorRole: 'UNIT' as Submission['authorRole'],
        authorId: null,
        lastReason: null,
      }),
    );
    const before = await counts();
    for (const query of [`?cycleId=${cycle.id}&mode=replace&dryRun=1`, `?cycleId=${cycle.id}&mode=replace`]) {
      const refused = await postImport(await workbookOf([row('GH-FGW', 'R-9', '持续推进')]), query);
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({ code: 'INVALID_STATE', message: expect.stringMatching(/已有1条填报记录/) });
    }
    expect(await counts()).toEqual(before);
  });

  it('is refused to units and the evaluator, and refuses files that are not .xlsx', async () => {
    const cycle = await newCycle('权限');
    const file = await workbookOf([row('GH-FGW', 'P-1', '持续推进')]);
    const unitUser = await loginUnitUser(t, Role.UNIT_SUBMITTER, units.get('GH-FGW')!.id);
    const evaluator = await loginStaff(t, Role.EVALUATOR);
    const before = await counts();
    for (const token of [unitUser.token, evaluator.token]) {
      const res = await postImport(file, `?cycleId=${cycle.id}`, token);
      expect(res.status).toBe(403);
      expect(res.body.error?.code).toBe('FORBIDDEN');
    }
    const pdf = await postImport(minimalPdf(), `?cycleId=${cycle.id}`, credit, '任务清单.xlsx');
    expect(pdf.status).toBe(415);
    expect(pdf.body.error?.code).toBe('FILE_REJECTED');
    const noCycle = await postImport(file, '');
    expect(noCycle.body.error?.code).toBe('VALIDATION_FAILED');
    expect(await counts()).toEqual(before);
  });
});
