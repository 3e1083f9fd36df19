import ExcelJS from 'exceljs';
import { AuditLog } from '../../src/modules/audit/audit-log.entity';
import { Period } from '../../src/modules/cycles/period.entity';
import { taskListColumns } from '../../src/modules/imports/task-list-import.columns';
import { Submission } from '../../src/modules/submissions/submission.entity';
import { TaskAssignment } from '../../src/modules/task-lists/task-assignment.entity';
import { TaskDefinition } from '../../src/modules/task-lists/task-definition.entity';
import { TaskDue } from '../../src/modules/task-lists/task-due.entity';
import { createUnitFixture, Role, UnitKind } from '../utils/fixtures';
import { codeOf } from '../utils/gql-client';
import { engines } from '../utils/test-database';
import { startTestServer, type TestServer } from '../utils/test-server';
import { CREATE_CYCLE, loginStaff, loginUnitUser, publishPreset, type CycleRow } from '../utils/workflow-fixtures';

const UPDATE = `mutation($input: UpdateTaskDefinitionInput!) {
  updateTaskDefinition(input: $input) { id version title category target deadline deadlineText inputs evidence dataSource }
}`;
const OPEN = `mutation($id: ID!) { openPeriod(id: $id) { status } }`;
const CLOSE = `mutation($id: ID!) { closePeriod(id: $id) { status } }`;

const INPUTS = [
  { key: 'meetings', label: '召开会议次数', type: 'count', unit: '次' },
  { key: 'note', label: '情况说明', type: 'text', required: false },
];

describe.each(engines)('editing task definitions on %s', (engine) => {
  let t: TestServer;
  let credit: string;
  let cycle: CycleRow;
  let fgwId: string;

  beforeAll(async () => {
    t = await startTestServer(engine);
    credit = await t.loginAs(Role.CREDIT_OFFICE);
    const county = await createUnitFixture(t.dataSource, { kind: UnitKind.COUNTY, code: 'GH', name: '根河市' });
    fgwId = (await createUnitFixture(t.dataSource, { code: 'GH-FGW', name: '市发改委', parentId: county.id })).id;
    const systemVersion = await publishPreset(t, credit, 'genhe-assessment-2023');
    const created = await t.gql<{ createCycle: CycleRow }>(
      CREATE_CYCLE,
      { input: { name: '编辑任务', year: 2023, systemKey: 'genhe-assessment-2023', systemVersion } },
      { token: credit },
    );
    cycle = created.data!.createCycle;

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务清单');
    sheet.addRow(taskListColumns.map((c) => c.header));
    for (const [code, deadline] of [
      ['E-1', '每月4日前报送上月信息'],
      ['E-2', '2023年8月'],
      ['E-3', '持续推进'],
    ]) {
      sheet.addRow(['GH-FGW', '', code, `任务${code}`, '', `任务${code}原文`, '', deadline, '', '']);
    }
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]), 'list.xlsx');
    const response = await fetch(`${t.url}/files/imports/task-lists?cycleId=${cycle.id}`, {
      method: 'POST',
      body: form,
      headers: { 'x-govtrust-upload': '1', authorization: `Bearer ${credit}` },
    });
    expect(response.status).toBe(200);
    // January is closed: its stored due date must survive any later edit
    const january = await periodId('MONTH', 1);
    await t.gql(OPEN, { id: january }, { token: credit });
    await t.gql(CLOSE, { id: january }, { token: credit });
  });
  afterAll(async () => {
    await t.close();
  });

  // monthly periods come with the first monthly task, so they are read back rather than taken from createCycle
  const periodId = async (kind: string, index: number) =>
    (await t.dataSource.getRepository(Period).findOneByOrFail({ cycleId: cycle.id, kind: kind as Period['kind'], index })).id;
  const task = (code: string) => t.dataSource.getRepository(TaskDefinition).findOneByOrFail({ code, cycleId: cycle.id });
  const duesOf = async (code: string) => {
    const periods = new Map((await t.dataSource.getRepository(Period).findBy({ cycleId: cycle.id })).map((p) => [p.id, p]));
    const rows = await t.dataSource.getRepository(TaskDue).findBy({ taskId: (await task(code)).id });
    return Object.fromEntries(rows.map((d) => [periods.get(d.periodId)!.label, d.dueDate]));
  };
  const update = (input: Record<string, unknown>, token = credit) =>
    t.gql<{ updateTaskDefinition: TaskDefinition }>(UPDATE, { input }, { token });

  it('changes the text fields and the 完成时限, re-dating periods that are not closed, with an audit row', async () => {
    const before = await task('E-1');
    const beforeDues = await duesOf('E-1');
    const res = await update({
      id: before.id,
      expectedVersion: before.version,
      title: '按月报送信用信息',
      category: '信息归集',
      target: '及时率100%',
      deadlineText: '每月10日前报送上月信息',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateTaskDefinition).toMatchObject({
      version: before.version + 1,
      title: '按月报送信用信息',
      category: '信息归集',
      target: '及时率100%',
      deadline: { kind: 'MONTHLY', day: 10 },
      deadlineText: '每月10日前报送上月信息',
    });
    const after = await duesOf('E-1');
    expect(after['2023年1月']).toBe(beforeDues['2023年1月']);
    expect(after['2023年3月']).toBe('2023-04-10');
    expect(after['2023年9月']).toBe('2023-10-10');
    const audit = await t.dataSource.getRepository(AuditLog).findOneByOrFail({ entity: 'TaskDefinition', entityId: before.id });
    expect(audit.action).toBe('UPDATE');
    expect(audit.before).toMatchObject({ title: '任务E-1', deadline: { kind: 'MONTHLY', day: 4 } });
    expect(audit.after).toMatchObject({ title: '按月报送信用信息', redatedDues: 11 });
  });

  it('moves a task to another period kind while nothing is filled in', async () => {
    const before = await task('E-2');
    expect(Object.keys(await duesOf('E-2'))).toEqual(['2023年度']);
    const res = await update({ id: before.id, expectedVersion: before.version, deadline: { kind: 'QUARTERLY', day: 10 } });
    expect(res.errors).toBeUndefined();
    expect(await duesOf('E-2')).toEqual({
      '2023年第一季度': '2023-04-10',
      '2023年第二季度': '2023-07-10',
      '2023年第三季度': '2023-10-10',
      '2023年第四季度': '2024-01-10',
    });
  });

  it('refuses bad rules, bad input fields and stale versions, writing nothing', async () => {
    const before = await task('E-3');
    const audits = await t.dataSource.getRepository(AuditLog).count();
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ deadline: { kind: 'FIXED', date: '2023-02-30' } }, 'VALIDATION_FAILED', /存在的日期/],
      [{ deadline: { kind: 'WORKING_DAYS_AFTER_EVENT', days: 7 } }, 'VALIDATION_FAILED', /起算事件/],
      [{ deadlineText: '尽快' }, 'VALIDATION_FAILED', /无法识别完成时限「尽快」/],
      [{ inputs: [{ key: '1x', label: '错', type: 'count' }] }, 'VALIDATION_FAILED', /键 key/],
      [{ inputs: [{ key: 'a', label: '比率', type: 'rate' }] }, 'VALIDATION_FAILED', /分子或分母/],
      [{ inputs: [...INPUTS, INPUTS[0]] }, 'VALIDATION_FAILED', /重复/],
      [{ evidence: { description: '纪要', minCount: -1 } }, 'VALIDATION_FAILED', /最少佐证数/],
      [{ dataSource: 'SOMEONE' }, 'VALIDATION_FAILED', /数据来源/],
      [{ title: '' }, 'VALIDATION_FAILED', /任务名称/],
    ];
    for (const [patch, code, message] of cases) {
      const res = await update({ id: before.id, expectedVersion: before.version, ...patch });
      expect(codeOf(res)).toBe(code);
      expect(res.errors![0]!.message).toMatch(message);
    }
    const stale = await update({ id: before.id, expectedVersion: before.version - 1, title: '旧版本' });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await task('E-3')).toEqual(before);
    expect(await t.dataSource.getRepository(AuditLog).count()).toBe(audits);
  });

  it('is refused to units and the evaluator', async () => {
    const before = await task('E-3');
    const unitUser = await loginUnitUser(t, Role.UNIT_SUBMITTER, fgwId);
    const evaluator = await loginStaff(t, Role.EVALUATOR);
    for (const token of [unitUser.token, evaluator.token]) {
      const res = await update({ id: before.id, expectedVersion: before.version, title: '越权修改' }, token);
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    expect(await task('E-3')).toEqual(before);
  });

  it('keeps approved data whole: input keys in use, the data source and the period kind stay', async () => {
    let current = await task('E-1');
    const set = await update({
      id: current.id,
      expectedVersion: current.version,
      inputs: INPUTS,
      evidence: { description: '会议纪要', minCount: 1, kinds: ['PDF'] },
    });
    expect(set.errors).toBeUndefined();
    current = await task('E-1');
    const assignment = await t.dataSource.getRepository(TaskAssignment).findOneByOrFail({ taskId: current.id });
    const repo = t.dataSource.getRepository(Submission);
    await repo.save(
      repo.create({
        unitId: fgwId,
        taskId: current.id,
        assignmentId: assignment.id,
        periodId: await periodId('MONTH', 2),
        state: 'APPROVED' as Submission['state'],
        values: { meetings: 3 },
        evidenceIds: [],
        submittedAt: new Date(),
        late: false,
        lateDays: 0,
        lateWorkingDays: 0,
        returnCount: 0,
        authorRole: 'UNIT' as Submission['authorRole'],
        authorId: null,
        lastReason: null,
      }),
    );
    const refused: Array<[Record<string, unknown>, RegExp]> = [
      [{ inputs: [INPUTS[1]] }, /召开会议次数.*已有1条已通过的填报使用，不能删除/],
      [{ inputs: [{ ...INPUTS[0], type: 'text' }, INPUTS[1]] }, /不能修改其类型/],
      [{ dataSource: 'BIG_DATA_MONITORING' }, /已有1条单位填报的记录/],
      [{ deadline: { kind: 'QUARTERLY', day: 4 } }, /不能改变报送周期/],
    ];
    for (const [patch, message] of refused) {
      const res = await update({ id: current.id, expectedVersion: current.version, ...patch });
      expect(codeOf(res)).toBe('INVALID_STATE');
      expect(res.errors![0]!.message).toMatch(message);
    }
    expect(await task('E-1')).toEqual(current);

    // what approved data does not hold may change: the unused key goes, the day moves, a field is added
    const allowed = await update({
      id: current.id,
      expectedVersion: current.version,
      inputs: [{ ...INPUTS[0], label: '召开专题会议次数' }, { key: 'people', label: '参会人数', type: 'count' }],
      deadline: { kind: 'MONTHLY', day: 5 },
    });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.updateTaskDefinition.inputs).toHaveLength(2);
  });

  it('previews how a 完成时限 text is read, for any signed-in user', async () => {
    const unitUser = await loginUnitUser(t, Role.UNIT_SUBMITTER, fgwId);
    const PARSE = `query($text: String!) { parseDeadlineText(text: $text) { rule confidence error } }`;
    const ok = await t.gql(PARSE, { text: '每季度首月10日前' }, { token: unitUser.token });
    expect(ok.data).toEqual({ parseDeadlineText: { rule: { kind: 'QUARTERLY', day: 10 }, confidence: 'EXACT', error: null } });
    const bad = await t.gql<{ parseDeadlineText: { error: string } }>(PARSE, { text: '尽快' }, { token: credit });
    expect(bad.data!.parseDeadlineText.error).toMatch(/无法识别完成时限「尽快」/);
    expect(codeOf(await t.gql(PARSE, { text: '每月4日前' }))).toBe('UNAUTHENTICATED');
  });

  it('moves monitoring data to the credit office while no unit has reported it', async () => {
    const before = await task('E-3');
    const res = await update({ id: before.id, expectedVersion: before.version, dataSource: 'BIG_DATA_MONITORING' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateTaskDefinition.dataSource).toBe('BIG_DATA_MONITORING');
  });
});
