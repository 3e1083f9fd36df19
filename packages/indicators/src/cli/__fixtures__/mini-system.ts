/**
 * A small stand-in indicator system for the CLI's tests: a rate with bands, a capped deduction,
 * a checklist, a boolean, and a choice that only applies to 示范类 units, an exemption on the rate, with red/blue/yellow
 * grading. Scores are easy to work out by hand (see miniSample).
 */
import type { IndicatorSystem, TaskListPreset, UnitSubmission } from '../../model';
import type { PresetRegistry } from '../preset-registry';

export const miniSystem: IndicatorSystem = {
  id: 'mini-2026',
  version: 1,
  name: '测试用政务诚信指标体系',
  unitKinds: ['COUNTY'],
  periodKind: 'YEAR',
  totalPoints: 20,
  source: { title: '测试用方案', docNumber: '测试〔2026〕1号' },
  unitClasses: [{ code: 'A', label: '示范类' }],
  grading: [
    { grade: 'RED', label: '红名单', min: 18, minInclusive: true, max: null, maxInclusive: false },
    { grade: 'BLUE', label: '蓝名单', min: 12, minInclusive: true, max: 18, maxInclusive: false },
    { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 12, maxInclusive: false },
  ],
  categories: [
    {
      code: 'C1',
      level: 'CATEGORY',
      name: '信息归集',
      maxPoints: 10,
      children: [
        {
          code: 'C1.1',
          level: 'INDICATOR',
          name: '双公示合规率',
          maxPoints: 5,
          sourceText: '合规率<95%不得分，95%≤合规率<99%得3分，99%及以上得5分',
          exemption: { policy: 'FULL', sourceText: '无行政许可、行政处罚职能的提供说明不扣分' },
          inputs: [
            {
              key: 'sgs',
              type: 'rate',
              label: '合规率',
              numeratorLabel: '入库数据量',
              denominatorLabel: '上报数据量',
              display: 'PERCENT',
            },
          ],
          rule: {
            kind: 'bands',
            metric: { expr: 'sgs', scale: 'PERCENT', label: '合规率' },
            bands: [
              { min: null, minInclusive: false, max: 95, maxInclusive: false, points: 0 },
              { min: 95, minInclusive: true, max: 99, maxInclusive: false, points: 3 },
              { min: 99, minInclusive: true, max: null, maxInclusive: false, points: 5 },
            ],
            zeroDenominator: { policy: 'FULL' },
          },
        },
        {
          code: 'C1.2',
          level: 'INDICATOR',
          name: '失信情况',
          maxPoints: 5,
          sourceText: '每发生一起减1分，最高减5分',
          inputs: [{ key: 'dishonest', type: 'count', label: '失信被执行人数量', unit: '起' }],
          rule: {
            kind: 'deduction',
            occurrences: [{ field: 'dishonest', label: '被列为失信被执行人', pointsEach: 1, cap: 5 }],
          },
        },
      ],
    },
    {
      code: 'C2',
      level: 'CATEGORY',
      name: '制度建设',
      maxPoints: 10,
      children: [
        {
          code: 'C2.1',
          level: 'INDICATOR',
          name: '制度建设',
          maxPoints: 4,
          sourceText: '每项制度得2分',
          inputs: [
            {
              key: 'systems',
              type: 'checklist',
              label: '已建制度',
              options: [
                { code: 'plan', label: '工作方案' },
                { code: 'ledger', label: '台账制度' },
              ],
            },
          ],
          rule: { kind: 'checklist', field: 'systems', pointsEach: 2 },
        },
        {
          code: 'C2.2',
          level: 'INDICATOR',
          name: '信用承诺',
          maxPoints: 3,
          sourceText: '开展信用承诺得3分',
          inputs: [{ key: 'commitment', type: 'boolean', label: '开展信用承诺' }],
          rule: { kind: 'checklist', field: 'commitment', pointsEach: 3 },
        },
        {
          code: 'C2.3',
          level: 'INDICATOR',
          name: '示范创建',
          maxPoints: 3,
          sourceText: 'A得3分；B得1.5分；C不得分',
          appliesTo: { unitClasses: ['A'] },
          inputs: [
            {
              key: 'level',
              type: 'choice',
              label: '创建等次',
              options: [
                { code: 'A', label: '优秀' },
                { code: 'B', label: '良好' },
                { code: 'C', label: '一般' },
              ],
            },
          ],
          rule: { kind: 'choice', field: 'level', optionPoints: { A: 3, B: 1.5, C: 0 } },
        },
      ],
    },
  ],
};

export const miniSample: UnitSubmission[] = [
  {
    unit: { id: 'U2', name: '乙县', kind: 'COUNTY' },
    values: { sgs: { numerator: '95', denominator: '100' }, dishonest: '2', systems: ['plan'], commitment: false },
  },
  {
    unit: { id: 'U1', name: '甲县', kind: 'COUNTY', classes: ['A'] },
    values: {
      sgs: { numerator: '99', denominator: '100' },
      dishonest: '0',
      systems: ['plan', 'ledger'],
      commitment: true,
      level: 'A',
    },
  },
  {
    unit: { id: 'U3', name: '丙县（示范区）', kind: 'COUNTY', classes: ['A'] },
    values: { sgs: { numerator: '97', denominator: '100' }, dishonest: '1', systems: [], commitment: true, level: 'B' },
  },
];

/** The spreadsheet rows of miniSample in template column order (see columns.ts). */
export const miniSampleRows: string[][] = [
  ['U2', '乙县', '旗县（市、区）', '', '95', '100', '2', '是', '否', '否', '', ''],
  ['U1', '甲县', 'COUNTY', 'A', '99', '100', '0', '是', '是', '是', 'A', ''],
  ['U3', '丙县（示范区）', '旗县', '示范类', '97', '100', '1', '否', '否', '是', 'B', ''],
];

export const miniTaskList: TaskListPreset = {
  id: 'mini-tasks-2026',
  name: '测试用任务清单',
  year: 2026,
  region: '测试市',
  source: { title: '测试用任务分工' },
  units: [],
};

export const miniRegistry: PresetRegistry = {
  listPresets: () => [
    { id: miniSystem.id, name: miniSystem.name, kind: 'INDICATOR_SYSTEM', source: miniSystem.source },
    { id: miniTaskList.id, name: miniTaskList.name, kind: 'TASK_LIST', source: miniTaskList.source },
  ],
  getIndicatorSystemPreset: (id) => (id === miniSystem.id ? miniSystem : undefined),
  getTaskListPreset: (id) => (id === miniTaskList.id ? miniTaskList : undefined),
  getPresetSample: (id) => (id === miniSystem.id ? miniSample : undefined),
};
