/**
 * 内蒙古自治区盟市政务诚信年度评估指标（试行）: seed 000, Annex 1 (5 categories / 14 indicators).
 * Every rule is data; `sourceText` is the 评价标准 cell exactly as OCR'd, glitches included.
 */
import type { IndicatorSystem } from '../model';

const PLATFORM_TEXT = '自治区社会信用信息平台统计';
const BIG_DATA_TEXT = '大数据监测（自治区和各盟市纪委监委、中国执行信息公开网统计等）及相关部门调度';

/** 正向比率：分母为0说明没有可评价的数据，而不是成绩好坏。 */
const NOT_APPLICABLE_WHEN_NO_DATA = { policy: 'NOT_APPLICABLE' } as const;
/** 负向比率（迟报、瞒报、超期）：分母为0说明没有可能出问题的业务，按“无问题”计满分。 */
const FULL_WHEN_NO_EVENTS = { policy: 'FULL' } as const;

const HOTLINE_BANDS = [
  { min: null, minInclusive: false, max: 90, maxInclusive: false, points: 0 },
  { min: 90, minInclusive: true, max: 92, maxInclusive: false, points: 1 },
  { min: 92, minInclusive: true, max: 94, maxInclusive: false, points: 2 },
  { min: 94, minInclusive: true, max: 96, maxInclusive: false, points: 3 },
  { min: 96, minInclusive: true, max: 98, maxInclusive: false, points: 4 },
  { min: 98, minInclusive: true, max: null, maxInclusive: false, points: 5 },
];

/** <1%得5分 … 5%及以上不得分: shared by 迟报率, 瞒报率 and 超期率 in the annual table. */
const DESCENDING_FIVE_BANDS = [
  { min: null, minInclusive: false, max: 1, maxInclusive: false, points: 5 },
  { min: 1, minInclusive: true, max: 2, maxInclusive: false, points: 4 },
  { min: 2, minInclusive: true, max: 3, maxInclusive: false, points: 3 },
  { min: 3, minInclusive: true, max: 4, maxInclusive: false, points: 2 },
  { min: 4, minInclusive: true, max: 5, maxInclusive: false, points: 1 },
  { min: 5, minInclusive: true, max: null, maxInclusive: false, points: 0 },
];

export const nmgAnnual2022: IndicatorSystem = {
  id: 'nmg-annual-2022',
  version: 1,
  name: '内蒙古自治区盟市政务诚信年度评估指标（试行）',
  unitKinds: ['LEAGUE_CITY'],
  periodKind: 'YEAR',
  totalPoints: 100,
  decimals: 2,
  source: {
    title: '内蒙古自治区盟市政务诚信监测评估管理办法（试行）',
    docNumber: '内社信办字〔2022〕3号',
    seedFile: '000_1ce66fc0fdde8534.txt',
    annex: '附件1 内蒙古自治区盟市政务诚信年度评估指标（试行）',
    issuedBy: '内蒙古自治区社会信用体系建设领导小组办公室',
    year: 2022,
  },
  notes: [
    '通知落款日期2022年4月19日，管理办法自2022年5月1日起试行（第十八条）。通知和第一条引用的实施方案为内政发〔2021〕12号，与种子001（内政发〔2017〕123号）不是同一文件。',
    '年度评估包含五个方面14项指标（管理办法第六条），满分100分：依法行政10分、政务公开20分、勤政高效25分、守信践诺30分、信用应用15分。',
    '年度指标信息与第四季度信息同时报送，报送期限为次年1月10日前（第九条）。',
    '比率一律以分子、分母两个数量填报，由系统计算；档位边界的开闭严格按原文。',
    '分母为0的处理：合规率、解决率、满意率分母为0表示没有可评价的数据，按不适用处理（不计入总分，总分按适用指标折算，并提示核实）；迟报率、瞒报率、信用修复超期率分母为0表示没有可能发生迟报、瞒报、超期的业务，按满分处理。',
    '“政务公开情况”和“公职人员诚信教育”按“占第1名比率”计分，须在全部盟市数据齐全后计算；第1名的值为0时（无人得分）按引擎约定处理，不另行规定。',
    '原文表格跨页重复表头，“守信践诺（30分）”在两页各出现一次，为同一一级指标。',
  ],
  categories: [
    {
      code: 'NMG-A-1',
      level: 'CATEGORY',
      name: '依法行政',
      maxPoints: 10,
      children: [
        {
          code: 'NMG-A-1.1',
          level: 'INDICATOR',
          name: '科学民主决策',
          maxPoints: 5,
          sourceText:
            '是否建立政府法律顾问、公众参与、专家论证、风险评估、合法性审查等制度，每项制度得1分，最高得5分。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '工作调度',
          inputs: [
            {
              key: 'nmgADecisionSystems',
              type: 'checklist',
              label: '已建立的重大行政决策制度',
              options: [
                { code: 'LEGAL_ADVISER', label: '政府法律顾问' },
                { code: 'PUBLIC_PARTICIPATION', label: '公众参与' },
                { code: 'EXPERT_REVIEW', label: '专家论证' },
                { code: 'RISK_ASSESSMENT', label: '风险评估' },
                { code: 'LEGALITY_REVIEW', label: '合法性审查' },
              ],
            },
          ],
          rule: { kind: 'checklist', field: 'nmgADecisionSystems', pointsEach: 1, cap: 5 },
        },
        {
          code: 'NMG-A-1.2',
          level: 'INDICATOR',
          name: '依法履职尽责',
          maxPoints: 2,
          sourceText: '编制并发布权责清单得2分。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '工作调度',
          inputs: [{ key: 'nmgAPowerListPublished', type: 'boolean', label: '已编制并发布权责清单' }],
          rule: { kind: 'checklist', field: 'nmgAPowerListPublished', pointsEach: 2 },
          notes: [
            '数据来源为合并单元格，沿用上一行“工作调度”。“编制并发布”两项须同时满足才得2分，不设部分分。',
          ],
        },
        {
          code: 'NMG-A-1.3',
          level: 'INDICATOR',
          name: '法治政府建设',
          maxPoints: 3,
          sourceText:
            '编制并发布上年度《法治政府建设工作报告》得1分。在年度政府工作会议上部署法治工作得2分（以会议纪要为准）。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '工作调度',
          notes: ['原文由两个分别计分的部分组成（报告1分＋会议部署2分＝3分），拆为两个考核内容分别计分。'],
          children: [
            {
              code: 'NMG-A-1.3.a',
              level: 'ITEM',
              name: '编制并发布上年度《法治政府建设工作报告》',
              maxPoints: 1,
              sourceText: '编制并发布上年度《法治政府建设工作报告》得1分。',
              dataSource: 'UNIT_REPORT',
              dataSourceText: '工作调度',
              inputs: [
                {
                  key: 'nmgALawReportPublished',
                  type: 'boolean',
                  label: '已编制并发布上年度《法治政府建设工作报告》',
                },
              ],
              rule: { kind: 'checklist', field: 'nmgALawReportPublished', pointsEach: 1 },
            },
            {
              code: 'NMG-A-1.3.b',
              level: 'ITEM',
              name: '在年度政府工作会议上部署法治工作',
              maxPoints: 2,
              sourceText: '在年度政府工作会议上部署法治工作得2分（以会议纪要为准）。',
              dataSource: 'UNIT_REPORT',
              dataSourceText: '工作调度',
              inputs: [
                {
                  key: 'nmgALawWorkDeployed',
                  type: 'boolean',
                  label: '已在年度政府工作会议上部署法治工作',
                  help: '以会议纪要为准，须上传会议纪要',
                },
              ],
              rule: { kind: 'checklist', field: 'nmgALawWorkDeployed', pointsEach: 2 },
            },
          ],
        },
      ],
    },
    {
      code: 'NMG-A-2',
      level: 'CATEGORY',
      name: '政务公开',
      maxPoints: 20,
      children: [
        {
          code: 'NMG-A-2.1',
          level: 'INDICATOR',
          name: '政务公开情况',
          maxPoints: 5,
          sourceText:
            '按照年度自治区政务公开和政府网站（政务新媒体）绩效评估结果折算给分。第1名得5分，其他盟市得分占第1名得分比率越高分数越高，如第2名分数占第1名80%，则得4分。',
          dataSource: 'OTHER_DEPARTMENT',
          dataSourceText: '自治区政务公开领导小组办公室提供',
          inputs: [
            {
              key: 'nmgAGovOpennessScore',
              type: 'amount',
              label: '年度自治区政务公开和政府网站（政务新媒体）绩效评估得分',
              unit: '分',
              min: 0,
              decimals: 2,
            },
          ],
          rule: {
            kind: 'relativeToBest',
            metric: { expr: 'nmgAGovOpennessScore', scale: 'PLAIN', label: '政务公开绩效评估得分' },
            higherIsBetter: true,
          },
          notes: ['得分=5×本盟市绩效评估得分/第1名绩效评估得分（原文示例：占第1名80%得4分）。'],
        },
        {
          code: 'NMG-A-2.2',
          level: 'INDICATOR',
          name: '“双公示”信息合规率',
          maxPoints: 5,
          sourceText:
            '“双公示”信息合规率<95%不得分，95%≤合规率<96%得1分，96%≤合规率<97%得2分，97%≤合规率<98%得3分，98%≤合规率<99%得4分，99%及以上得5分。',
          dataSource: 'PLATFORM_STATISTICS',
          dataSourceText: PLATFORM_TEXT,
          inputs: [
            {
              key: 'nmgADoublePublicityCompliance',
              type: 'rate',
              label: '年度“双公示”信息合规率',
              numeratorLabel: '入库数据量',
              denominatorLabel: '上报数据量',
              display: 'PERCENT',
              help: '合规率=入库数据量/上报数据量',
            },
          ],
          rule: {
            kind: 'bands',
            metric: { expr: 'nmgADoublePublicityCompliance', scale: 'PERCENT', label: '合规率' },
            bands: [
              { min: null, minInclusive: false, max: 95, maxInclusive: false, points: 0 },
              { min: 95, minInclusive: true, max: 96, maxInclusive: false, points: 1 },
              { min: 96, minInclusive: true, max: 97, maxInclusive: false, points: 2 },
              { min: 97, minInclusive: true, max: 98, maxInclusive: false, points: 3 },
              { min: 98, minInclusive: true, max: 99, maxInclusive: false, points: 4 },
              { min: 99, minInclusive: true, max: null, maxInclusive: false, points: 5 },
            ],
            zeroDenominator: NOT_APPLICABLE_WHEN_NO_DATA,
          },
          notes: ['上报数据量为0时合规率无意义：按不适用处理（漏报由瞒报率指标另行体现）。'],
        },
        {
          code: 'NMG-A-2.3',
          level: 'INDICATOR',
          name: '“双公示”信息迟报率',
          maxPoints: 5,
          sourceText:
            '“双公示”信息迟报率<1%得5分，1%≤迟报率<2%得4分，2%≤迟报率<3%得3分，3%≤迟报率<4%得2分，4%≤迟报率<5%得1分，5%及以上不得分。',
          dataSource: 'PLATFORM_STATISTICS',
          dataSourceText: PLATFORM_TEXT,
          inputs: [
            {
              key: 'nmgADoublePublicityLate',
              type: 'rate',
              label: '年度“双公示”信息迟报率',
              numeratorLabel: '迟报量',
              denominatorLabel: '上报数据量',
              display: 'PERCENT',
              help: '信息迟报率=迟报量/上报数据量',
            },
          ],
          rule: {
            kind: 'bands',
            metric: { expr: 'nmgADoublePublicityLate', scale: 'PERCENT', label: '迟报率' },
            bands: DESCENDING_FIVE_BANDS,
            zeroDenominator: FULL_WHEN_NO_EVENTS,
          },
          notes: ['数据来源为合并单元格，沿用上一行。上报数据量为0时不可能迟报：按满分处理。'],
        },
        {
          code: 'NMG-A-2.4',
          level: 'INDICATOR',
          name: '“双公示”信息瞒报率',
          maxPoints: 5,
          sourceText:
            '“双公示”信息瞒报率<1%得5分，1%≤瞒报率<2%得4分，2%≤瞒报率<3%得3分，3%≤瞒报率<4%得2分，4%≤瞒报率<5%得1分，5%及以上不得分。',
          dataSource: 'PLATFORM_STATISTICS',
          dataSourceText: PLATFORM_TEXT,
          inputs: [
            {
              key: 'nmgADoublePublicityConcealed',
              type: 'rate',
              label: '年度“双公示”信息瞒报率',
              numeratorLabel: '瞒报量',
              denominatorLabel: '台账数据量',
              display: 'PERCENT',
              help: '瞒报率=瞒报量/台账数据量',
            },
          ],
          rule: {
            kind: 'bands',
            metric: { expr: 'nmgADoublePublicityConcealed', scale: 'PERCENT', label: '瞒报率' },
            bands: DESCENDING_FIVE_BANDS,
            zeroDenominator: FULL_WHEN_NO_EVENTS,
          },
          notes: ['数据来源为合并单元格，沿用上一行。台账数据量为0时不可能瞒报：按满分处理。'],
        },
      ],
    },
    {
      code: 'NMG-A-3',
      level: 'CATEGORY',
      name: '勤政高效',
      maxPoints: 25,
      children: [
        {
          code: 'NMG-A-3.1',
          level: 'INDICATOR',
          name: '创新管理方式',
          maxPoints: 15,
          sourceText:
            '<p>实施分级分类监管的情况。有1个领域开展相关工作得0.5分,最高得5分。</p> <p>信用联合奖惩实施情况。有1个领域开展相关工作得0.5分,最高得5分。</p> <p>信用修复超期情况。超期率<1%得5分,1%≤超期率<2%得4分,2%≤超期率<3%得3分,3%≤超期率<4%得2分,4%≤超期率<5%得1分,5%及以上不得分。</p>',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '工作调度',
          notes: [
            'OCR文本保留了HTML段落标记<p>；原文由三个各5分的部分组成（5＋5＋5＝15分），拆为三个考核内容分别计分。',
            '信用修复超期率的数据来源原文为“工作调度”（季度指标为“信用中国信用修复协同平台统计”），按原文照录。',
          ],
          children: [
            {
              code: 'NMG-A-3.1.a',
              level: 'ITEM',
              name: '实施分级分类监管的情况',
              maxPoints: 5,
              sourceText: '实施分级分类监管的情况。有1个领域开展相关工作得0.5分,最高得5分。',
              dataSource: 'UNIT_REPORT',
              dataSourceText: '工作调度',
              inputs: [
                {
                  key: 'nmgATieredSupervisionDomains',
                  type: 'count',
                  label: '开展分级分类监管的领域数',
                  unit: '个',
                },
              ],
              rule: {
                kind: 'increment',
                items: [
                  {
                    field: 'nmgATieredSupervisionDomains',
                    label: '开展分级分类监管的领域',
                    pointsEach: '0.5',
                    cap: 5,
                  },
                ],
              },
              notes: ['原文未列举领域，按领域个数填报，每个领域须附佐证材料。'],
            },
            {
              code: 'NMG-A-3.1.b',
              level: 'ITEM',
              name: '信用联合奖惩实施情况',
              maxPoints: 5,
              sourceText: '信用联合奖惩实施情况。有1个领域开展相关工作得0.5分,最高得5分。',
              dataSource: 'UNIT_REPORT',
              dataSourceText: '工作调度',
              inputs: [
                {
                  key: 'nmgAJointRewardPunishDomains',
                  type: 'count',
                  label: '实施信用联合奖惩的领域数',
                  unit: '个',
                },
              ],
              rule: {
                kind: 'increment',
                items: [
                  {
                    field: 'nmgAJointRewardPunishDomains',
                    label: '实施信用联合奖惩的领域',
                    pointsEach: '0.5',
                    cap: 5,
                  },
                ],
              },
            },
            {
              code: 'NMG-A-3.1.c',
              level: 'ITEM',
              name: '信用修复超期情况',
              maxPoints: 5,
              sourceText:
                '信用修复超期情况。超期率<1%得5分,1%≤超期率<2%得4分,2%≤超期率<3%得3分,3%≤超期率<4%得2分,4%≤超期率<5%得1分,5%及以上不得分。',
              dataSource: 'UNIT_REPORT',
              dataSourceText: '工作调度',
              inputs: [
                {
                  key: 'nmgACreditRepairOverdue',
                  type: 'rate',
                  label: '年度信用修复超期率',
                  numeratorLabel: '年度超期修复数量',
                  denominatorLabel: '年度修复总数量',
                  display: 'PERCENT',
                  help: '信用修复超期率=年度超期修复数量/年度修复总数量',
                },
              ],
              rule: {
                kind: 'bands',
                metric: { expr: 'nmgACreditRepairOverdue', scale: 'PERCENT', label: '超期率' },
                bands: DESCENDING_FIVE_BANDS,
                zeroDenominator: FULL_WHEN_NO_EVENTS,
              },
              notes: ['年度没有信用修复事项（修复总数量为0）时不可能超期：按满分处理。'],
            },
          ],
        },
        {
          code: 'NMG-A-3.2',
          level: 'INDICATOR',
          name: '提升服务效能',
          maxPoints: 10,
          sourceText:
            '<p>“12345政务服务便民热线”解决率<90%不得分,90%≤解决率<92%得1分,92%≤解决率<94%得2分,94%≤解决率<96%得3分,96%≤解决率<98%得4分,98%及以上得5分。</p> <p>“12345政务服务便民热线”满意率<90%不得分,90%≤满意率<92%得1分,92%≤满意率<94%得2分,94%≤满意率<96%得3分,96%≤满意率<98%得4分,98%及以上得5分。</p>',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '工作调度',
          notes: ['原文由解决率、满意率两个各5分的部分组成（5＋5＝10分），拆为两个考核内容分别计分。'],
          children: [
            {
              code: 'NMG-A-3.2.a',
              level: 'ITEM',
              name: '“12345政务服务便民热线”解决率',
              maxPoints: 5,
              sourceText:
                '“12345政务服务便民热线”解决率<90%不得分,90%≤解决率<92%得1分,92%≤解决率<94%得2分,94%≤解决率<96%得3分,96%≤解决率<98%得4分,98%及以上得5分。',
              dataSource: 'UNIT_REPORT',
              dataSourceText: '工作调度',
              inputs: [
                {
                  key: 'nmgAHotlineResolution',
                  type: 'rate',
                  label: '年度“12345”热线解决率',
                  numeratorLabel: '已解决工单数',
                  denominatorLabel: '受理工单数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'bands',
                metric: { expr: 'nmgAHotlineResolution', scale: 'PERCENT', label: '解决率' },
                bands: HOTLINE_BANDS,
                zeroDenominator: NOT_APPLICABLE_WHEN_NO_DATA,
              },
              notes: [
                '原文未定义解决率的分子分母，按“已解决工单数/受理工单数”填报；受理工单数为0时按不适用处理并提示核实。',
              ],
            },
            {
              code: 'NMG-A-3.2.b',
              level: 'ITEM',
              name: '“12345政务服务便民热线”满意率',
              maxPoints: 5,
              sourceText:
                '“12345政务服务便民热线”满意率<90%不得分,90%≤满意率<92%得1分,92%≤满意率<94%得2分,94%≤满意率<96%得3分,96%≤满意率<98%得4分,98%及以上得5分。',
              dataSource: 'UNIT_REPORT',
              dataSourceText: '工作调度',
              inputs: [
                {
                  key: 'nmgAHotlineSatisfaction',
                  type: 'rate',
                  label: '年度“12345”热线满意率',
                  numeratorLabel: '满意（含基本满意）评价数',
                  denominatorLabel: '回访评价总数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'bands',
                metric: { expr: 'nmgAHotlineSatisfaction', scale: 'PERCENT', label: '满意率' },
                bands: HOTLINE_BANDS,
                zeroDenominator: NOT_APPLICABLE_WHEN_NO_DATA,
              },
              notes: [
                '原文未定义满意率的分子分母，按“满意（含基本满意）评价数/回访评价总数”填报；回访评价总数为0时按不适用处理并提示核实。',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'NMG-A-4',
      level: 'CATEGORY',
      name: '守信践诺',
      maxPoints: 30,
      children: [
        {
          code: 'NMG-A-4.1',
          level: 'INDICATOR',
          name: '公共事务管理部门政务失信情况',
          maxPoints: 15,
          sourceText:
            '<p>政府部门、事业单位被列为失信被执行人,每发生一起减1分,最高减5分。存在招商引资承诺不兑现、财政部门配套资金承诺不兑现、恶意拖欠工程款、不考虑地方财力举债等失信行为,每发生一起减2分,最高减10分。</p>',
          dataSource: 'BIG_DATA_MONITORING',
          dataSourceText: '大数据监测 (自治区和各盟市纪委监委、中国执行信息公开网统计等) 及相关部門调度',
          inputs: [
            {
              key: 'nmgAPublicBodyDebtors',
              type: 'count',
              label: '政府部门、事业单位被列为失信被执行人（起）',
              unit: '起',
            },
            {
              key: 'nmgAPublicBodyBreaches',
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
                field: 'nmgAPublicBodyDebtors',
                label: '政府部门、事业单位被列为失信被执行人',
                pointsEach: 1,
                cap: 5,
              },
              {
                field: 'nmgAPublicBodyBreaches',
                label: '招商引资承诺不兑现等失信行为',
                pointsEach: 2,
                cap: 10,
              },
            ],
          },
          notes: ['数据来源中“部門”为繁体OCR残留，照录。', '两类合计最高减15分，恰为本指标满分。'],
        },
        {
          code: 'NMG-A-4.2',
          level: 'INDICATOR',
          name: '公职人员政务失信情况',
          maxPoints: 10,
          sourceText:
            '公职人员因违反中央八项规定、破坏营商环境和贪污腐败等受到党纪政务处分和存在“新官不理旧账”等问题，每发生一起减1分，最高减10分。',
          dataSource: 'BIG_DATA_MONITORING',
          dataSourceText: BIG_DATA_TEXT,
          inputs: [
            {
              key: 'nmgAOfficialMisconduct',
              type: 'count',
              label: '公职人员受到党纪政务处分或存在“新官不理旧账”等问题（起）',
              unit: '起',
            },
          ],
          rule: {
            kind: 'deduction',
            occurrences: [
              {
                field: 'nmgAOfficialMisconduct',
                label: '公职人员受到党纪政务处分或存在“新官不理旧账”等问题',
                pointsEach: 1,
                cap: 10,
              },
            ],
          },
        },
        {
          code: 'NMG-A-4.3',
          level: 'INDICATOR',
          name: '公职人员诚信教育',
          maxPoints: 5,
          sourceText:
            '对公职人员开展诚信教育情况。开展的次数越多分数越高，第1名得5分，其他盟市占第1名比率越高分数越高，如第2名占第1名80%，则得4分。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '工作调度',
          inputs: [
            {
              key: 'nmgAIntegrityEducationSessions',
              type: 'count',
              label: '对公职人员开展诚信教育的次数',
              unit: '次',
            },
          ],
          rule: {
            kind: 'relativeToBest',
            metric: { expr: 'nmgAIntegrityEducationSessions', scale: 'PLAIN', label: '诚信教育次数' },
            higherIsBetter: true,
          },
          notes: ['得分=5×本盟市开展次数/第1名开展次数。'],
        },
      ],
    },
    {
      code: 'NMG-A-5',
      level: 'CATEGORY',
      name: '信用应用',
      maxPoints: 15,
      children: [
        {
          code: 'NMG-A-5.1',
          level: 'INDICATOR',
          name: '行政事项信用信息查询情况',
          maxPoints: 10,
          sourceText:
            '部门在政府采购、招标投标、行政（审批）许可、市场准入、资质审核、资金扶持等行政管理事项中查询（调用）市场主体信用信息，有一个领域得1分，最高得10分。附相关佐证材料（查询复函等）。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '工作调度',
          inputs: [
            {
              key: 'nmgAQueryDomains',
              type: 'checklist',
              label: '查询（调用）市场主体信用信息的行政管理领域',
              help: '每个领域须附佐证材料（查询复函等）',
              options: [
                { code: 'PROCUREMENT', label: '政府采购' },
                { code: 'BIDDING', label: '招标投标' },
                { code: 'LICENSING', label: '行政（审批）许可' },
                { code: 'MARKET_ACCESS', label: '市场准入' },
                { code: 'QUALIFICATION', label: '资质审核' },
                { code: 'FUNDING', label: '资金扶持' },
              ],
            },
            {
              key: 'nmgAQueryOtherDomains',
              type: 'count',
              label: '其他查询（调用）信用信息的行政管理领域数',
              unit: '个',
              help: '上述六个领域以外的领域，每个须附佐证材料',
            },
          ],
          rule: {
            kind: 'increment',
            items: [
              { field: 'nmgAQueryDomains', label: '列明领域', pointsEach: 1 },
              { field: 'nmgAQueryOtherDomains', label: '其他领域', pointsEach: 1 },
            ],
            cap: 10,
          },
          notes: [
            '原文列举六个领域并以“等”结尾，而最高得10分：列明的六个领域用清单勾选，其余领域按个数填报，每个领域1分，合计最高10分。',
          ],
        },
        {
          code: 'NMG-A-5.2',
          level: 'INDICATOR',
          name: '公职人员信用信息查询情况',
          maxPoints: 5,
          sourceText:
            '在公职人员录用、调任选任、评先评优、岗位晋升以及人大代表、政协委员资格复审等工作中的信用信息查询情况，有一个批次查询加0.2分，最高加5分。',
          dataSource: 'PLATFORM_STATISTICS',
          dataSourceText: '全国公务人员信用记录查询系统统计',
          inputs: [
            {
              key: 'nmgAOfficialQueryBatches',
              type: 'count',
              label: '公职人员信用信息查询批次',
              unit: '批次',
            },
          ],
          rule: {
            kind: 'increment',
            items: [{ field: 'nmgAOfficialQueryBatches', label: '查询批次', pointsEach: '0.2', cap: 5 }],
          },
          notes: ['25个批次恰好得满分5分（25×0.2=5.00）。'],
        },
      ],
    },
  ],
};
