/**
 * 内蒙古自治区盟市政务诚信季度监测指标（试行）: seed 000, Annex 2 (4 categories / 10 indicators).
 * Every rule is data; `sourceText` is the 评价标准 cell exactly as OCR'd, glitches included.
 */
import type { IndicatorSystem } from '../model';

const PLATFORM_TEXT = '自治区社会信用 信息平台统计';
const BIG_DATA_TEXT = '大数据监测(自治区和各盟市纪委监委网、中国执行信息公开网统计等)及相关部门调度';

/** 有数据时才可评价的正向比率：分母为0说明本期没有可评价的数据，而不是成绩好坏。 */
const NOT_APPLICABLE_WHEN_NO_DATA = { policy: 'NOT_APPLICABLE' } as const;
/** 负向比率（迟报、瞒报、超期）：分母为0说明本期没有可能出问题的业务，按“无问题”计满分。 */
const FULL_WHEN_NO_EVENTS = { policy: 'FULL' } as const;

export const nmgQuarterly2022: IndicatorSystem = {
  id: 'nmg-quarterly-2022',
  version: 1,
  name: '内蒙古自治区盟市政务诚信季度监测指标（试行）',
  unitKinds: ['LEAGUE_CITY'],
  periodKind: 'QUARTER',
  totalPoints: 100,
  decimals: 2,
  source: {
    title: '内蒙古自治区盟市政务诚信监测评估管理办法（试行）',
    docNumber: '内社信办字〔2022〕3号',
    seedFile: '000_1ce66fc0fdde8534.txt',
    annex: '附件2 内蒙古自治区盟市政务诚信季度监测指标（试行）',
    issuedBy: '内蒙古自治区社会信用体系建设领导小组办公室',
    year: 2022,
  },
  notes: [
    '通知落款日期2022年4月19日，管理办法自2022年5月1日起试行（第十八条）。通知和第一条引用的实施方案为内政发〔2021〕12号，与种子001（内政发〔2017〕123号）不是同一文件。',
    '季度监测包含四个方面10项指标（管理办法第六条），满分100分：信用信息公开20分、勤政高效20分、守信践诺40分、信用应用20分。',
    '各盟市相关部门应当于每季度第一个月10日前向自治区发展改革委报送上一季度政务数据，报送第四季度信息的同时报送年度指标信息（第九条）。',
    '监测分析数据须保密，监测评估机构未经允许不得对外泄露和传播使用（第五条）。',
    '比率一律以分子、分母两个数量填报，由系统计算，不接受手工填写的百分比；档位边界的开闭严格按原文（如“95%≤合规率<96%”含95%、不含96%）。',
    '分母为0的处理：合规率、解决率、满意率分母为0表示本期没有可评价的数据，按不适用处理（该指标不计入，总分按适用指标折算，并提示核实）；迟报率、瞒报率、信用修复超期率分母为0表示本期没有可能发生迟报、瞒报、超期的业务，按满分处理。',
    '原文备注“合频率”系OCR错误，应为“合规率”（合规率=入库数据量/上报数据量）。',
  ],
  categories: [
    {
      code: 'NMG-Q-1',
      level: 'CATEGORY',
      name: '信用信息公开',
      maxPoints: 20,
      children: [
        {
          code: 'NMG-Q-1.1',
          level: 'INDICATOR',
          name: '“双公示”信息合规率',
          maxPoints: 6,
          sourceText:
            '季度“双公示”信息合规率<95%不得分, 95%≤合规率<96%得1.5分, 96%≤合规率<97%得3分, 97%≤合规率<98%得4.5分, 98%≤合规率<99%得5分, 99%及以上得6分。',
          dataSource: 'PLATFORM_STATISTICS',
          dataSourceText: PLATFORM_TEXT,
          inputs: [
            {
              key: 'nmgQDoublePublicityCompliance',
              type: 'rate',
              label: '季度“双公示”信息合规率',
              numeratorLabel: '入库数据量',
              denominatorLabel: '上报数据量',
              display: 'PERCENT',
              help: '合规率=入库数据量/上报数据量',
            },
          ],
          rule: {
            kind: 'bands',
            metric: { expr: 'nmgQDoublePublicityCompliance', scale: 'PERCENT', label: '合规率' },
            bands: [
              { min: null, minInclusive: false, max: 95, maxInclusive: false, points: 0 },
              { min: 95, minInclusive: true, max: 96, maxInclusive: false, points: '1.5' },
              { min: 96, minInclusive: true, max: 97, maxInclusive: false, points: 3 },
              { min: 97, minInclusive: true, max: 98, maxInclusive: false, points: '4.5' },
              { min: 98, minInclusive: true, max: 99, maxInclusive: false, points: 5 },
              { min: 99, minInclusive: true, max: null, maxInclusive: false, points: 6 },
            ],
            zeroDenominator: NOT_APPLICABLE_WHEN_NO_DATA,
          },
          notes: [
            '上报数据量为0时合规率无意义：按不适用处理（不计入本期总分，提示核实是否漏报；漏报由瞒报率指标另行体现）。',
            '档位分值不等距（1.5、3、4.5、5、6），按原文照录。',
          ],
        },
        {
          code: 'NMG-Q-1.2',
          level: 'INDICATOR',
          name: '“双公示”信息迟报率',
          maxPoints: 6,
          sourceText:
            '季度“双公示”信息迟报率<1%得6分, 1%≤迟报率<2%得5分, 2%≤迟报率<3%得4.5分, 3%≤迟报率<4%得3分, 4%≤迟报率<5%得1.5分, 5%及以上不得分。',
          dataSource: 'PLATFORM_STATISTICS',
          dataSourceText: PLATFORM_TEXT,
          inputs: [
            {
              key: 'nmgQDoublePublicityLate',
              type: 'rate',
              label: '季度“双公示”信息迟报率',
              numeratorLabel: '迟报量',
              denominatorLabel: '上报数据量',
              display: 'PERCENT',
              help: '迟报率=迟报量/上报数据量',
            },
          ],
          rule: {
            kind: 'bands',
            metric: { expr: 'nmgQDoublePublicityLate', scale: 'PERCENT', label: '迟报率' },
            bands: [
              { min: null, minInclusive: false, max: 1, maxInclusive: false, points: 6 },
              { min: 1, minInclusive: true, max: 2, maxInclusive: false, points: 5 },
              { min: 2, minInclusive: true, max: 3, maxInclusive: false, points: '4.5' },
              { min: 3, minInclusive: true, max: 4, maxInclusive: false, points: 3 },
              { min: 4, minInclusive: true, max: 5, maxInclusive: false, points: '1.5' },
              { min: 5, minInclusive: true, max: null, maxInclusive: false, points: 0 },
            ],
            zeroDenominator: FULL_WHEN_NO_EVENTS,
          },
          notes: [
            '上报数据量为0时不可能迟报：按满分处理。',
            '档位分值（6、5、4.5、3、1.5、0）不等距，与合规率档位分值对称，按原文照录。',
            '数据来源为合并单元格，沿用上一行“自治区社会信用信息平台统计”。',
          ],
        },
        {
          code: 'NMG-Q-1.3',
          level: 'INDICATOR',
          name: '“双公示”信息瞒报率',
          maxPoints: 8,
          sourceText:
            '季度“双公示”信息瞒报率<1%得8分, 1%≤瞒报率<1.5%得7分, 1.5%≤瞒报率<2%得6分, 2%≤瞒报率<2.5%得5分, 2.5%≤瞒报率<3%得4分, 3%≤瞒报率<3.5%得3分, 3.5%≤瞒报率<4%得2分, 4%≤瞒报率<5%得1分, 5%及以上不得分。',
          dataSource: 'PLATFORM_STATISTICS',
          dataSourceText: PLATFORM_TEXT,
          inputs: [
            {
              key: 'nmgQDoublePublicityConcealed',
              type: 'rate',
              label: '季度“双公示”信息瞒报率',
              numeratorLabel: '瞒报量',
              denominatorLabel: '台账数据量',
              display: 'PERCENT',
              help: '瞒报率=瞒报量/台账数据量',
            },
          ],
          rule: {
            kind: 'bands',
            metric: { expr: 'nmgQDoublePublicityConcealed', scale: 'PERCENT', label: '瞒报率' },
            bands: [
              { min: null, minInclusive: false, max: 1, maxInclusive: false, points: 8 },
              { min: 1, minInclusive: true, max: '1.5', maxInclusive: false, points: 7 },
              { min: '1.5', minInclusive: true, max: 2, maxInclusive: false, points: 6 },
              { min: 2, minInclusive: true, max: '2.5', maxInclusive: false, points: 5 },
              { min: '2.5', minInclusive: true, max: 3, maxInclusive: false, points: 4 },
              { min: 3, minInclusive: true, max: '3.5', maxInclusive: false, points: 3 },
              { min: '3.5', minInclusive: true, max: 4, maxInclusive: false, points: 2 },
              { min: 4, minInclusive: true, max: 5, maxInclusive: false, points: 1 },
              { min: 5, minInclusive: true, max: null, maxInclusive: false, points: 0 },
            ],
            zeroDenominator: FULL_WHEN_NO_EVENTS,
          },
          notes: [
            '台账数据量为0时不可能瞒报：按满分处理。',
            '数据来源为合并单元格，沿用上一行“自治区社会信用信息平台统计”。',
            '4%≤瞒报率<5%一档宽1个百分点，其余档宽0.5个百分点，按原文照录。',
          ],
        },
      ],
    },
    {
      code: 'NMG-Q-2',
      level: 'CATEGORY',
      name: '勤政高效',
      maxPoints: 20,
      children: [
        {
          code: 'NMG-Q-2.1',
          level: 'INDICATOR',
          name: '信用修复超期率',
          maxPoints: 8,
          sourceText:
            '季度信用修复超期情况。超期率<1%得8分, 1%≤超期率<2%得6分, 2%≤超期率<3%得4分, 3%≤超期率<4%得2分, 4%≤超期率<5%得1分, 5%及以上不得分。',
          dataSource: 'PLATFORM_STATISTICS',
          dataSourceText: '信用中国信用修复协同 平台统计',
          inputs: [
            {
              key: 'nmgQCreditRepairOverdue',
              type: 'rate',
              label: '季度信用修复超期率',
              numeratorLabel: '季度超期修复数量',
              denominatorLabel: '季度修复总数量',
              display: 'PERCENT',
              help: '季度信用修复超期率=季度超期修复数量/季度修复总数量',
            },
          ],
          rule: {
            kind: 'bands',
            metric: { expr: 'nmgQCreditRepairOverdue', scale: 'PERCENT', label: '超期率' },
            bands: [
              { min: null, minInclusive: false, max: 1, maxInclusive: false, points: 8 },
              { min: 1, minInclusive: true, max: 2, maxInclusive: false, points: 6 },
              { min: 2, minInclusive: true, max: 3, maxInclusive: false, points: 4 },
              { min: 3, minInclusive: true, max: 4, maxInclusive: false, points: 2 },
              { min: 4, minInclusive: true, max: 5, maxInclusive: false, points: 1 },
              { min: 5, minInclusive: true, max: null, maxInclusive: false, points: 0 },
            ],
            zeroDenominator: FULL_WHEN_NO_EVENTS,
          },
          notes: ['本季度没有信用修复事项（修复总数量为0）时不可能超期：按满分处理。'],
        },
        {
          code: 'NMG-Q-2.2',
          level: 'INDICATOR',
          name: '“12345 政务服务便民热线”解决率',
          maxPoints: 6,
          sourceText:
            '季度“12345 政务服务便民热线”解决率<90%不得分, 90%≤解决率<92%得1分, 92%≤解决率<94%得2分, 94%≤解决率<96%得3分, 96%≤解决率<98%得4分, 98%≤解决率<99%得5分, 99%及以上得6分。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '工作调度',
          inputs: [
            {
              key: 'nmgQHotlineResolution',
              type: 'rate',
              label: '季度“12345”热线解决率',
              numeratorLabel: '已解决工单数',
              denominatorLabel: '受理工单数',
              display: 'PERCENT',
            },
          ],
          rule: {
            kind: 'bands',
            metric: { expr: 'nmgQHotlineResolution', scale: 'PERCENT', label: '解决率' },
            bands: [
              { min: null, minInclusive: false, max: 90, maxInclusive: false, points: 0 },
              { min: 90, minInclusive: true, max: 92, maxInclusive: false, points: 1 },
              { min: 92, minInclusive: true, max: 94, maxInclusive: false, points: 2 },
              { min: 94, minInclusive: true, max: 96, maxInclusive: false, points: 3 },
              { min: 96, minInclusive: true, max: 98, maxInclusive: false, points: 4 },
              { min: 98, minInclusive: true, max: 99, maxInclusive: false, points: 5 },
              { min: 99, minInclusive: true, max: null, maxInclusive: false, points: 6 },
            ],
            zeroDenominator: NOT_APPLICABLE_WHEN_NO_DATA,
          },
          notes: [
            '原文未定义解决率的分子分母，按“已解决工单数/受理工单数”填报。',
            '受理工单数为0时（盟市一级实际不会出现）解决率无意义：按不适用处理并提示核实。',
          ],
        },
        {
          code: 'NMG-Q-2.3',
          level: 'INDICATOR',
          name: '“12345 政务服务便民热线”满意率',
          maxPoints: 6,
          sourceText:
            '季度“12345 政务服务便民热线”满意率<90%不得分, 90%≤满意率<92%得1分, 92%≤满意率<94%得2分, 94%≤满意率<96%得3分, 96%≤满意率<98%得4分, 98%≤满意率<99%得5分, 99%及以上得6分。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '工作调度',
          inputs: [
            {
              key: 'nmgQHotlineSatisfaction',
              type: 'rate',
              label: '季度“12345”热线满意率',
              numeratorLabel: '满意（含基本满意）评价数',
              denominatorLabel: '回访评价总数',
              display: 'PERCENT',
            },
          ],
          rule: {
            kind: 'bands',
            metric: { expr: 'nmgQHotlineSatisfaction', scale: 'PERCENT', label: '满意率' },
            bands: [
              { min: null, minInclusive: false, max: 90, maxInclusive: false, points: 0 },
              { min: 90, minInclusive: true, max: 92, maxInclusive: false, points: 1 },
              { min: 92, minInclusive: true, max: 94, maxInclusive: false, points: 2 },
              { min: 94, minInclusive: true, max: 96, maxInclusive: false, points: 3 },
              { min: 96, minInclusive: true, max: 98, maxInclusive: false, points: 4 },
              { min: 98, minInclusive: true, max: 99, maxInclusive: false, points: 5 },
              { min: 99, minInclusive: true, max: null, maxInclusive: false, points: 6 },
            ],
            zeroDenominator: NOT_APPLICABLE_WHEN_NO_DATA,
          },
          notes: [
            'OCR文本中本行缺少一级指标列，且数据来源单元格为空：按表格结构判定属于“勤政高效”，数据来源为与上一行合并的“工作调度”。',
            '原文未定义满意率的分子分母，按“满意（含基本满意）评价数/回访评价总数”填报。',
            '回访评价总数为0时满意率无意义：按不适用处理并提示核实。',
          ],
        },
      ],
    },
    {
      code: 'NMG-Q-3',
      level: 'CATEGORY',
      name: '守信践诺',
      maxPoints: 40,
      children: [
        {
          code: 'NMG-Q-3.1',
          level: 'INDICATOR',
          name: '公共事务管理部门政务失信情况',
          maxPoints: 20,
          sourceText:
            '季度政府部门、事业单位被列为失信被执行人,每发生一起减1分,最高减10分。存在招商引资承诺不兑现、财政部门配套资金承诺不兑现、恶意拖欠工程款、不考虑地方财力举债等失信行为,每发生一起减2分,最高减10分。',
          dataSource: 'BIG_DATA_MONITORING',
          dataSourceText: BIG_DATA_TEXT,
          inputs: [
            {
              key: 'nmgQPublicBodyDebtors',
              type: 'count',
              label: '政府部门、事业单位被列为失信被执行人（起）',
              unit: '起',
            },
            {
              key: 'nmgQPublicBodyBreaches',
              type: 'count',
              label:
                '招商引资承诺不兑现、财政配套资金承诺不兑现、恶意拖欠工程款、不考虑地方财力举债等失信行为（起）',
              unit: '起',
            },
          ],
          rule: {
            kind: 'deduction',
            occurrences: [
              {
                field: 'nmgQPublicBodyDebtors',
                label: '政府部门、事业单位被列为失信被执行人',
                pointsEach: 1,
                cap: 10,
              },
              {
                field: 'nmgQPublicBodyBreaches',
                label: '招商引资承诺不兑现等失信行为',
                pointsEach: 2,
                cap: 10,
              },
            ],
          },
          notes: [
            '季度指标对失信被执行人最高减10分（年度指标为最高减5分），两类合计最高减20分，恰为本指标满分。',
          ],
        },
        {
          code: 'NMG-Q-3.2',
          level: 'INDICATOR',
          name: '公职人员政务失信情况',
          maxPoints: 20,
          sourceText:
            '季度公职人员因违反中央八项规定、破坏营商环境和贪污腐败等方面受到党纪政务处分和存在“新官不理旧账”等问题,每发生一起减2分,最高减20分。',
          dataSource: 'BIG_DATA_MONITORING',
          dataSourceText: BIG_DATA_TEXT,
          inputs: [
            {
              key: 'nmgQOfficialMisconduct',
              type: 'count',
              label: '公职人员受到党纪政务处分或存在“新官不理旧账”等问题（起）',
              unit: '起',
            },
          ],
          rule: {
            kind: 'deduction',
            occurrences: [
              {
                field: 'nmgQOfficialMisconduct',
                label: '公职人员受到党纪政务处分或存在“新官不理旧账”等问题',
                pointsEach: 2,
                cap: 20,
              },
            ],
          },
          notes: ['数据来源为合并单元格，沿用上一行。'],
        },
      ],
    },
    {
      code: 'NMG-Q-4',
      level: 'CATEGORY',
      name: '信用应用',
      maxPoints: 20,
      children: [
        {
          code: 'NMG-Q-4.1',
          level: 'INDICATOR',
          name: '行政事项信用信息查询情况',
          maxPoints: 10,
          sourceText:
            '季度部门在政府采购、招标投标、行政(审批)许可、市场准入、资质审核、资金支持等行政管理事项中查询(调用)市场主体信用信息,有一个领域得1分,最高得10分。附相关佐证材料(查询复函等)。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '工作调度',
          inputs: [
            {
              key: 'nmgQQueryDomains',
              type: 'checklist',
              label: '查询（调用）市场主体信用信息的行政管理领域',
              help: '每个领域须附佐证材料（查询复函等）',
              options: [
                { code: 'PROCUREMENT', label: '政府采购' },
                { code: 'BIDDING', label: '招标投标' },
                { code: 'LICENSING', label: '行政(审批)许可' },
                { code: 'MARKET_ACCESS', label: '市场准入' },
                { code: 'QUALIFICATION', label: '资质审核' },
                { code: 'FUNDING', label: '资金支持' },
              ],
            },
            {
              key: 'nmgQQueryOtherDomains',
              type: 'count',
              label: '其他查询（调用）信用信息的行政管理领域数',
              unit: '个',
              help: '上述六个领域以外的领域，每个须附佐证材料',
            },
          ],
          rule: {
            kind: 'increment',
            items: [
              { field: 'nmgQQueryDomains', label: '列明领域', pointsEach: 1 },
              { field: 'nmgQQueryOtherDomains', label: '其他领域', pointsEach: 1 },
            ],
            cap: 10,
          },
          notes: [
            '原文列举六个领域并以“等”结尾，而最高得10分：列明的六个领域用清单勾选，其余领域按个数填报，每个领域1分，合计最高10分。',
          ],
        },
        {
          code: 'NMG-Q-4.2',
          level: 'INDICATOR',
          name: '公职人员信用信息查询情况',
          maxPoints: 10,
          sourceText:
            '季度在公职人员录用、调任选任、评先评优、岗位晋升以及人大代表、政协委员资格审定等工作中查询信用信息的情况,有一个批次查询加0.5分,最高加10分。',
          dataSource: 'PLATFORM_STATISTICS',
          dataSourceText: '全国公务人员信用记录查询系统统计',
          inputs: [
            {
              key: 'nmgQOfficialQueryBatches',
              type: 'count',
              label: '公职人员信用信息查询批次',
              unit: '批次',
            },
          ],
          rule: {
            kind: 'increment',
            items: [{ field: 'nmgQOfficialQueryBatches', label: '查询批次', pointsEach: '0.5', cap: 10 }],
          },
          notes: [
            'OCR文本中本行数据来源单元格为空，“全国公务人员信用记录查询系统统计”错位到备注行之后；对照年度指标同名指标，判定为本行数据来源。',
          ],
        },
      ],
    },
  ],
};
