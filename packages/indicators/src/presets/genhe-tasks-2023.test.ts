import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DeadlineRule, IndicatorNode, InputField, TaskDefinition } from '../model';
import { genheAssessment2023 } from './genhe-assessment-2023';
import { genheDepartments } from './genhe-departments';
import { genheTasks2023 } from './genhe-tasks-2023';

// The seed documents live in ../shared/seeds beside the repository checkout.
const SEED_PATH = path.resolve(__dirname, '../../../../../shared/seeds/004_0fbf0b21a963c147.txt');
const seed = fs.existsSync(SEED_PATH) ? fs.readFileSync(SEED_PATH, 'utf8') : null;
const withSeed = seed === null ? it.skip : it;
const seedSkipNote = seed === null ? `（跳过：未找到种子文件 ${SEED_PATH}）` : '';

const allTasks: Array<{ unit: string; task: TaskDefinition }> = genheTasks2023.units.flatMap((unit) =>
  unit.tasks.map((task) => ({ unit: unit.code, task })),
);
const unitByName = (name: string) => {
  const unit = genheTasks2023.units.find((u) => u.name === name);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit;
};
const taskByCode = (code: string) => {
  const found = allTasks.find(({ task }) => task.code === code);
  if (!found) throw new Error(`no task ${code}`);
  return found.task;
};

function isRealIsoDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

function deadlineProblem(rule: DeadlineRule): string | null {
  const isDay = (d: number) => Number.isInteger(d) && d >= 1 && d <= 31;
  switch (rule.kind) {
    case 'MONTHLY':
    case 'QUARTERLY':
      return isDay(rule.day) ? null : `bad day ${rule.day}`;
    case 'ANNUAL':
      return Number.isInteger(rule.month) &&
        rule.month >= 1 &&
        rule.month <= 12 &&
        isRealIsoDate(`2023-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`)
        ? null
        : `bad month/day ${rule.month}/${rule.day}`;
    case 'FIXED':
      if (!isRealIsoDate(rule.date)) return `not a real ISO date: ${rule.date}`;
      return rule.date >= '2023-01-01' ? null : `before 2023: ${rule.date}`;
    case 'CONTINUOUS':
      return null;
    case 'WORKING_DAYS_AFTER_EVENT':
      return Number.isInteger(rule.days) && rule.days > 0 && rule.event.length > 0
        ? null
        : 'bad working days';
    default:
      return `unknown kind ${(rule as { kind: string }).kind}`;
  }
}

function inputProblems(inputs: InputField[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const field of inputs) {
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(field.key)) problems.push(`bad key ${field.key}`);
    if (keys.has(field.key)) problems.push(`duplicate key ${field.key}`);
    keys.add(field.key);
    if (field.label.trim() === '') problems.push(`${field.key}: empty label`);
    if (
      field.type === 'rate' &&
      (field.numeratorLabel.trim() === '' || field.denominatorLabel.trim() === '')
    ) {
      problems.push(`${field.key}: rate without numerator/denominator label`);
    }
  }
  return problems;
}

describe('genheTasks2023 (根河市任务清单)', () => {
  it('identifies itself and the assessment preset it feeds', () => {
    expect(genheTasks2023.id).toBe('genhe-tasks-2023');
    expect(genheTasks2023.year).toBe(2023);
    expect(genheTasks2023.region).toBe('根河市');
    expect(genheTasks2023.indicatorSystemId).toBe('genhe-assessment-2023');
  });

  it('has exactly the 36 departments, in 序號 order, with unique codes and names', () => {
    const { units } = genheTasks2023;
    expect(units).toHaveLength(36);
    expect(new Set(units.map((u) => u.code)).size).toBe(36);
    expect(new Set(units.map((u) => u.name)).size).toBe(36);
    expect(units.map((u) => u.code)).toEqual(genheDepartments.map((d) => d.code));
    expect(units.map((u) => u.name)).toEqual(genheDepartments.map((d) => d.name));
    expect(genheDepartments.map((d) => d.seq)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
    expect(units.slice(0, 4).map((u) => u.name)).toEqual([
      '市委组织部',
      '市委宣传部',
      '市委编办',
      '市发改委',
    ]);
    expect(units[35]?.name).toBe('中国人民银行根河市中心支行');
    for (const unit of units) {
      expect(unit.code).toMatch(/^GH-[A-Z]+$/);
      expect(unit.kind).toBe('DEPARTMENT');
    }
  });

  withSeed(`prints each department name as the document does${seedSkipNote}`, () => {
    for (const dept of genheDepartments) {
      expect(seed).toContain(`\n${dept.seq} | ${dept.documentName} | `);
    }
  });

  it('gives every department at least one task, with task codes unique and prefixed by the unit code', () => {
    for (const unit of genheTasks2023.units) {
      expect(unit.tasks.length).toBeGreaterThan(0);
      unit.tasks.forEach((task, i) => {
        expect(task.code).toBe(`${unit.code}-${String(i + 1).padStart(2, '0')}`);
      });
    }
    const codes = allTasks.map(({ task }) => task.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives 市民委 a shorter list than 市发改委', () => {
    expect(unitByName('市民委').tasks.length).toBeLessThan(unitByName('市发改委').tasks.length);
  });

  it('writes titles and unit names in Simplified Chinese', () => {
    const traditional = /[體據報與會國設設進應經單時畫發軍監藝區務縣縣寫聯統計價]/;
    for (const unit of genheTasks2023.units) expect(unit.name).not.toMatch(traditional);
    for (const { task } of allTasks) {
      expect(task.title.trim()).not.toBe('');
      expect(task.title).not.toMatch(traditional);
    }
  });

  it('uses only valid deadline rules (FIXED dates real and not before 2023)', () => {
    const problems = allTasks
      .map(({ task }) => [task.code, deadlineProblem(task.deadline)] as const)
      .filter(([, problem]) => problem !== null);
    expect(problems).toEqual([]);
  });

  withSeed(`keeps every sourceText and deadlineText verbatim from the seed${seedSkipNote}`, () => {
    const missing = allTasks
      .filter(
        ({ task }) =>
          !seed?.includes(task.sourceText) || (task.deadlineText && !seed.includes(task.deadlineText)),
      )
      .map(({ task }) => task.code);
    expect(missing).toEqual([]);
  });

  it('reads every “4日前報送上月…信息” line as a monthly deadline on the 4th', () => {
    const monthlyLines = allTasks.filter(({ task }) => /4日\s*前報送上月/.test(task.sourceText));
    expect(monthlyLines.length).toBeGreaterThan(100);
    for (const { task } of monthlyLines) expect(task.deadline).toEqual({ kind: 'MONTHLY', day: 4 });
    // every department that reports data through the dispatch system has a monthly duty
    for (const unit of genheTasks2023.units.filter((u) => u.tasks.some((t) => t.category === '月调度填报'))) {
      expect(unit.tasks.some((t) => t.deadline.kind === 'MONTHLY' && t.deadline.day === 4)).toBe(true);
    }
    expect(
      genheTasks2023.units.every(
        (u) => u.tasks.some((t) => t.category === '月调度填报') || u.tasks.length === 1,
      ),
    ).toBe(true);
  });

  it('encodes 双公示 reporting with the 7-working-day rule, the 99% target and the rate/count inputs', () => {
    const reports = allTasks.filter(({ task }) => task.title === '报送“双公示”信息');
    expect(reports.length).toBeGreaterThanOrEqual(20);
    for (const { unit, task } of reports) {
      expect(task.deadline).toMatchObject({ kind: 'WORKING_DAYS_AFTER_EVENT', days: 7 });
      expect(task.target).toContain('99%');
      const rate = task.inputs?.find((f) => f.key === 'dp_compliance_rate');
      expect(rate).toMatchObject({
        type: 'rate',
        numeratorLabel: '入库数据量',
        denominatorLabel: '上报数据量',
      });
      expect(task.inputs?.map((f) => f.key)).toEqual(
        expect.arrayContaining(['dp_late_count', 'dp_concealed_count']),
      );
      expect(task.evidence?.minCount).toBeGreaterThanOrEqual(1);
      expect(genheTasks2023.units.find((u) => u.code === unit)?.classes).toContain('LICENSING_PENALTY');
    }
    // 市住建局's line names only 行政许可
    const zjj = unitByName('市住建局').tasks.find((t) => t.title === '报送“双公示”信息');
    expect(zjj?.deadline).toEqual({ kind: 'WORKING_DAYS_AFTER_EVENT', days: 7, event: '行政许可决定' });
  });

  it('tags LICENSING_PENALTY exactly on the departments that report 双公示', () => {
    for (const unit of genheTasks2023.units) {
      const reports = unit.tasks.some((t) => t.title === '报送“双公示”信息');
      expect([unit.code, (unit.classes ?? []).includes('LICENSING_PENALTY')]).toEqual([unit.code, reports]);
    }
    expect(unitByName('市民委').classes ?? []).not.toContain('LICENSING_PENALTY');
  });

  it('has valid inputs (keys unique within a task, rate fields with both labels)', () => {
    const problems = allTasks.flatMap(({ task }) =>
      inputProblems(task.inputs ?? []).map((problem) => `${task.code}: ${problem}`),
    );
    expect(problems).toEqual([]);
    expect(
      inputProblems([
        { key: 'a', label: 'x', type: 'rate', numeratorLabel: '', denominatorLabel: 'y', display: 'PERCENT' },
      ]),
    ).toHaveLength(1);
  });

  it('asks for evidence with minCount ≥ 1 wherever evidence is required', () => {
    for (const { task } of allTasks) {
      if (task.evidence) {
        expect(task.evidence.minCount).toBeGreaterThanOrEqual(1);
        expect(task.evidence.description).not.toBe('');
      }
    }
    const needProof = ['制度建设', '信用修复', '诚信宣传教育', '重错码纠正', '信易+'];
    const without = allTasks.filter(({ task }) => needProof.includes(task.category ?? '') && !task.evidence);
    expect(without.map(({ task }) => task.code)).toEqual([]);
  });

  it('names only existing units in coUnits, and each lead/partner pair sees the other', () => {
    const codes = new Set(genheTasks2023.units.map((u) => u.code));
    const withCo = allTasks.filter(({ task }) => (task.coUnits ?? []).length > 0);
    expect(withCo.length).toBe(8);
    for (const { unit, task } of withCo) {
      for (const other of task.coUnits ?? []) {
        expect(codes.has(other)).toBe(true);
        const back = allTasks.some(
          (e) =>
            e.unit === other && e.task.category === task.category && (e.task.coUnits ?? []).includes(unit),
        );
        expect([task.code, other, back]).toEqual([task.code, other, true]);
      }
    }
    expect(taskByCode('GH-FGW-03').coUnits).toEqual(['GH-BB', 'GH-MZJ', 'GH-SFJ', 'GH-SCJG', 'GH-ZGH']);
  });

  it('encodes the stated targets and dates of the special duties', () => {
    const fgw4 = taskByCode('GH-FGW-04');
    expect(fgw4.target).toContain('人均10条以上');
    expect(fgw4.deadline).toEqual({ kind: 'FIXED', date: '2023-09-30' });
    expect(taskByCode('GH-FGW-01').deadline).toEqual({ kind: 'FIXED', date: '2023-08-31' });
    expect(taskByCode('GH-FGW-02').deadline).toEqual({ kind: 'FIXED', date: '2023-06-30' });
    expect(taskByCode('GH-FGW-07').target).toBe('合规率达到100%');
    const uscc = allTasks.filter(({ task }) => task.category === '重错码纠正');
    expect(uscc.map(({ unit }) => unit)).toEqual([
      'GH-BB',
      'GH-FGW',
      'GH-MZJ',
      'GH-SFJ',
      'GH-SCJG',
      'GH-ZGH',
    ]);
    for (const { task } of uscc) expect(task.target).toContain('0.1‰');
    const hotline = unitByName('市政务服务局').tasks.find((t) => t.title.includes('12345'));
    expect(hotline?.target).toContain('90%');
    expect(hotline?.inputs?.filter((f) => f.type === 'rate')).toHaveLength(2);
    expect(unitByName('税务局').tasks.find((t) => t.title.includes('A级纳税人'))?.target).toBe(
      'A级纳税人占比10%以上',
    );
  });

  it('splits header duties into their numbered sub-duties', () => {
    // 市发改委 part 1 has 14 items, item 4 with sub-items (1)–(8); part 2 has 6 items with sub-items.
    const fgw = unitByName('市发改委');
    expect(fgw.tasks.filter((t) => t.sourceText.startsWith('(')).length).toBe(8 + 3 + 6 + 3);
    expect(fgw.tasks).toHaveLength(37);
    // a header that is only a title (1.制度建設。) is not a task of its own, but its date is inherited
    const jtj = unitByName('市教体局');
    expect(jtj.tasks.some((t) => t.sourceText.startsWith('1.制度建設'))).toBe(false);
    expect(jtj.tasks[0]?.deadline).toEqual({ kind: 'FIXED', date: '2023-08-31' });
    expect(jtj.tasks[0]?.deadlineText).toBe('完成時限:2023年8月');
  });
});

describe('genheTasks2023 against genhe-assessment-2023', () => {
  const nodes = new Map<string, IndicatorNode>();
  const visit = (node: IndicatorNode) => {
    nodes.set(node.code, node);
    node.children?.forEach(visit);
  };
  genheAssessment2023.categories.forEach(visit);
  const assessmentFields = new Map<string, InputField>();
  for (const node of nodes.values())
    for (const field of node.inputs ?? []) assessmentFields.set(field.key, field);

  it('links tasks only to indicator codes that exist in the assessment preset', () => {
    const linked = allTasks.filter(({ task }) => (task.indicatorCodes ?? []).length > 0);
    expect(linked.length).toBeGreaterThan(300);
    const unknown = linked.flatMap(({ task }) =>
      (task.indicatorCodes ?? []).filter((code) => !nodes.has(code)),
    );
    expect(unknown).toEqual([]);
    expect(taskByCode('GH-FGW-26').indicatorCodes).toEqual(['GH-B-1']);
    expect(unitByName('市民委').tasks.map((t) => t.indicatorCodes?.[0])).toEqual([
      'GH-B-5',
      undefined,
      'GH-C-3',
      'GH-G-1',
      'GH-G-3',
      'GH-H-1',
    ]);
  });

  it('shares field keys with the assessment only when the field means the same thing', () => {
    const shared = allTasks.flatMap(({ task }) =>
      (task.inputs ?? []).filter((f) => assessmentFields.has(f.key)),
    );
    expect(shared.length).toBeGreaterThan(100);
    for (const field of shared) {
      // labels and help may be worded for the period; what is counted must be identical
      const essentials = (f: InputField | undefined) =>
        f && {
          type: f.type,
          ...(f.type === 'rate'
            ? { numeratorLabel: f.numeratorLabel, denominatorLabel: f.denominatorLabel, display: f.display }
            : {}),
          ...(f.type === 'count' ? { unit: f.unit } : {}),
        };
      expect([field.key, essentials(field)]).toEqual([
        field.key,
        essentials(assessmentFields.get(field.key)),
      ]);
    }
  });
});

describe('任务清单填报项与考核细则填报项对应', () => {
  /** data sources whose figures the credit office or the evaluator enters (监测数据), not the department */
  const monitoredKeys = new Map<string, string>();
  const assessmentKeys = new Set<string>();
  const visit = (nodes: IndicatorNode[], inherited: string): void => {
    for (const node of nodes) {
      const source = node.dataSource ?? inherited;
      for (const field of node.inputs ?? []) {
        assessmentKeys.add(field.key);
        if (source !== 'UNIT_REPORT') monitoredKeys.set(field.key, `${node.code}:${source}`);
      }
      visit(node.children ?? [], source);
    }
  };
  visit(genheAssessment2023.categories, 'UNIT_REPORT');
  const tasks = genheTasks2023.units.flatMap((u) => u.tasks);
  const taskKeys = new Set(tasks.flatMap((t) => (t.inputs ?? []).map((f) => f.key)));

  /**
   * Figures a task collects for its own target (任务清单的目标), which the 考核细则 does not score;
   * each with the seed text (004, 附件1) that asks for it.
   */
  const TARGET_ONLY_KEYS: Record<string, string> = {
    dp_late_count: '遲報、瞞報實現“雙清零”（考核细则以及时率与国家抽查瞒报计分）',
    dp_concealed_count: '遲報、瞞報實現“雙清零”',
    uscc_error_rate: '將全市重錯碼率降低至0. 1‰ 以下',
    credit_info_total: '全市信用信息總量達到人均10條以上',
    specific_info_reported: '歸集水、氣等特定信息（比值由平台统计，见 GH-B-6）',
    other_credit_info_reported: '依據國家級自治區公共信用信息目錄歸集其他信用信息',
    credit_repair_overdue_rate: '信用修复超期率（考核细则只考核告知流程 GH-F-1）',
    public_body_debtor_rectification_rate: '政府及其部門失信被執行人整改到位',
    qualification_info_reported: '從業人員執業資格信息',
    xinyidai_registered: '提高平臺市場主體的注冊量和實名認證量（考核细则只计实名认证占比 GH-E-1）',
  };

  it('考核细则中每个由部门填报的填报项都有任务收集；其余标明为监测数据（信用办或第三方录入）', () => {
    const uncollected = [...assessmentKeys].filter((k) => !taskKeys.has(k) && !monitoredKeys.has(k));
    expect(uncollected).toEqual([]);
  });

  it('任务的每个填报项都被考核细则使用，或是写明出处的任务目标数据', () => {
    const unused = [...taskKeys].filter((k) => !assessmentKeys.has(k) && TARGET_ONLY_KEYS[k] === undefined);
    expect(unused).toEqual([]);
    for (const key of Object.keys(TARGET_ONLY_KEYS))
      expect(`${key}:${taskKeys.has(key)}`).toBe(`${key}:true`);
  });

  it('任务中与考核细则同 key 的填报项，类型与考核细则一致', () => {
    const fields = new Map<string, InputField>();
    const collect = (nodes: IndicatorNode[]): void => {
      for (const node of nodes) {
        for (const f of node.inputs ?? []) fields.set(f.key, f);
        collect(node.children ?? []);
      }
    };
    collect(genheAssessment2023.categories);
    for (const task of tasks)
      for (const f of task.inputs ?? []) {
        const own = fields.get(f.key);
        if (own) expect(`${task.code}:${f.key}:${f.type}`).toBe(`${task.code}:${f.key}:${own.type}`);
      }
  });

  it('制度建设等任务按其对应指标收集填报项', () => {
    for (const task of tasks.filter((t) =>
      (t.indicatorCodes ?? []).some((c) => /^GH-(A-[1-4]|C-[14]|E-2|F-1)$/u.test(c)),
    )) {
      expect(`${task.code}:${(task.inputs ?? []).length > 0}`).toBe(`${task.code}:true`);
    }
  });
});
