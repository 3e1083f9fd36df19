/**
 * 桐柏县政务诚信乡镇（街道）监测指标 2023: seed 002, first table (5 categories, 14 二级指标,
 * 24 考核内容). Each 考核内容 has its own 分值 in the table, so it is an ITEM with its own rule.
 */
import type { IndicatorSystem } from '../model';

/** 按事项发生的比率：没有事项（分母为0）即没有失误，依文件“无…得满分”的惯例计满分。 */
const FULL_WHEN_NO_EVENTS = { policy: 'FULL' } as const;
/** 单位每期都应产生数据的比率：分母为0说明缺数据，按不适用处理并提示核实。 */
const NOT_APPLICABLE_WHEN_NO_DATA = { policy: 'NOT_APPLICABLE' } as const;

const NANYANG_DECISION_RULES = [
  { code: 'HEARING', label: '《南阳市重大行政决策公示和听证暂行办法》' },
  { code: 'CATALOGUE', label: '《南阳市重大行政决策目录管理办法》' },
  { code: 'FOLLOW_UP', label: '《南阳市重大行政决策实施情况跟踪反馈与后评估办法》' },
  { code: 'EXPERT_POOL', label: '《南阳市重大行政决策咨询论证专家库管理办法》' },
  { code: 'RISK', label: '《南阳市重大行政决策风险评估办法》' },
];

const FIVE_KINDS = [
  { code: 'ENFORCEMENT', label: '行政强制' },
  { code: 'REWARD', label: '行政奖励' },
  { code: 'CONFIRMATION', label: '行政确认' },
  { code: 'ADJUDICATION', label: '行政裁决' },
  { code: 'INSPECTION', label: '行政监督检查' },
];

export const tongbaiTownship2023: IndicatorSystem = {
  id: 'tongbai-township-2023',
  version: 1,
  name: '桐柏县政务诚信乡镇（街道）监测指标（2023年度）',
  unitKinds: ['TOWNSHIP'],
  periodKind: 'YEAR',
  totalPoints: 100,
  decimals: 2,
  source: {
    title: '桐柏县2023年度政务诚信监测评估工作方案',
    seedFile: '002_58e8a453ff1e5593.txt',
    annex: '政务诚信乡镇（街道）监测指标',
    issuedBy: '桐柏县信用办',
    year: 2023,
  },
  notes: [
    '种子文件未载明文号和发文机关全称，方案正文只称“信用办委托第三方机构”，发文机关暂记为桐柏县信用办。',
    '监测时间周期原文为“2023年1月1日至2023年12月30日”（不是12月31日），照录；按年度指标处理。',
    '满分100分：依法行政18分、政务公开22分、勤政高效28分、履约践诺18分、政府诚信管理14分；14个二级指标下共24项考核内容，每项考核内容单独计分。',
    '比率一律以分子、分母填报，由系统计算。公式中的比率取0～1之间的小数（如败诉率10%记为0.1），得分=（1-败诉率）*5 即 0.9×5=4.5分。',
    '分母为0的处理：败诉率、纠错率、清偿率、兑现率、履约率等随事项发生的比率，没有事项即没有失误，依本文件“无复议或无纠错事项得满分”的惯例按满分；“双公示”上报率/合规率/及时率、政务服务事项覆盖率、好差评满意度、“双随机”覆盖率是乡镇每年都应有的数据，分母为0说明缺数据，按不适用处理并提示核实。',
    '数据来源主要是单位填报和第三方大数据监测（方案五（二）1），指标表未逐项列明数据来源，各项按内容推定并在备注中说明。',
  ],
  categories: [
    {
      code: 'TB-T-1',
      level: 'CATEGORY',
      name: '依法行政',
      maxPoints: 18,
      children: [
        {
          code: 'TB-T-1.1',
          level: 'INDICATOR',
          name: '政府权责清晰',
          maxPoints: 2,
          children: [
            {
              code: 'TB-T-1.1.a',
              level: 'ITEM',
              name: '编制并发布公示政府权力责任清单',
              maxPoints: 2,
              sourceText: '公示政府权力责任清单的，得2分；没有的，不得分。',
              dataSource: 'UNIT_REPORT',
              inputs: [{ key: 'tbTPowerListPublished', type: 'boolean', label: '已公示政府权力责任清单' }],
              rule: { kind: 'checklist', field: 'tbTPowerListPublished', pointsEach: 2 },
            },
          ],
        },
        {
          code: 'TB-T-1.2',
          level: 'INDICATOR',
          name: '科学民主决策',
          maxPoints: 6,
          children: [
            {
              code: 'TB-T-1.2.a',
              level: 'ITEM',
              name: '完善重大行政决策制度体系',
              maxPoints: 4,
              sourceText:
                '转载《南阳市重大行政决策公示和听证暂行办法》《南阳市重大行政决策目录管理办法》《南阳市重大行政决策实施情况跟踪反馈与后评估办法》《南阳市重大行政决策咨询论证专家库管理办法》《南阳市重大行政决策风险评估办法》，并对应设计出台本地相关政策，转载一个政策文件得0.4分，对应出台本地一个政策文件得0.4分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTDecisionRulesReposted',
                  type: 'checklist',
                  label: '已转载的南阳市重大行政决策政策文件',
                  options: NANYANG_DECISION_RULES,
                },
                {
                  key: 'tbTDecisionRulesLocal',
                  type: 'checklist',
                  label: '已对应出台本地相关政策的文件',
                  options: NANYANG_DECISION_RULES,
                },
              ],
              rule: {
                kind: 'increment',
                items: [
                  { field: 'tbTDecisionRulesReposted', label: '转载政策文件', pointsEach: '0.4' },
                  { field: 'tbTDecisionRulesLocal', label: '对应出台本地政策文件', pointsEach: '0.4' },
                ],
                cap: 4,
              },
              notes: ['5个文件×（转载0.4分＋本地出台0.4分）＝4分，与分值一致。'],
            },
            {
              code: 'TB-T-1.2.b',
              level: 'ITEM',
              name: '制定并公布年度重大行政决策事项目录清单',
              maxPoints: 2,
              sourceText:
                '制定并按时公布本年度重大行政决策事项目录，制定得1分，按时公布得1分。（《南阳市重大行政决策目录管理办法》规定“经审议通过的决策目录，除依法不得公开的议题事项外，由市政府办公室于每年3月31日前向社会公布”）',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTDecisionCatalogue',
                  type: 'checklist',
                  label: '本年度重大行政决策事项目录',
                  options: [
                    { code: 'DRAWN_UP', label: '已制定' },
                    { code: 'PUBLISHED_ON_TIME', label: '已按时（3月31日前）公布' },
                  ],
                },
              ],
              rule: { kind: 'checklist', field: 'tbTDecisionCatalogue', pointsEach: 1, cap: 2 },
              notes: ['“按时”按所引《南阳市重大行政决策目录管理办法》理解为每年3月31日前公布。'],
            },
          ],
        },
        {
          code: 'TB-T-1.3',
          level: 'INDICATOR',
          name: '行政诉讼和行政复议情况',
          maxPoints: 10,
          children: [
            {
              code: 'TB-T-1.3.a',
              level: 'ITEM',
              name: '行政诉讼败诉率情况',
              maxPoints: 5,
              sourceText: '根据行政机关行政诉讼败诉率进行评价， 得分=（1-行政诉讼败诉率）*5',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTLitigationLossRate',
                  type: 'rate',
                  label: '行政诉讼败诉率',
                  numeratorLabel: '败诉案件数',
                  denominatorLabel: '审结的行政诉讼案件数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'formula',
                expr: '(1 - tbTLitigationLossRate) * 5',
                zeroDenominator: FULL_WHEN_NO_EVENTS,
              },
              notes: [
                '原文未定义败诉率的分母，按“败诉案件数/审结的行政诉讼案件数”填报；无行政诉讼案件时按满分。',
              ],
            },
            {
              code: 'TB-T-1.3.b',
              level: 'ITEM',
              name: '行政复议直接纠错率情况',
              maxPoints: 5,
              sourceText: '根据行政复议直接纠错率进行评价，得分=（1-行政复议直接纠错率）*5',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTReviewCorrectionRate',
                  type: 'rate',
                  label: '行政复议直接纠错率',
                  numeratorLabel: '被直接纠错的案件数',
                  denominatorLabel: '审结的行政复议案件数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'formula',
                expr: '(1 - tbTReviewCorrectionRate) * 5',
                zeroDenominator: FULL_WHEN_NO_EVENTS,
              },
              notes: [
                '直接纠错指撤销、变更、确认违法、责令履行等（取自县直单位表同类指标）；无行政复议案件时按满分。',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'TB-T-2',
      level: 'CATEGORY',
      name: '政务公开',
      maxPoints: 22,
      children: [
        {
          code: 'TB-T-2.1',
          level: 'INDICATOR',
          name: '信息公开制度建设',
          maxPoints: 2,
          children: [
            {
              code: 'TB-T-2.1.a',
              level: 'ITEM',
              name: '出台并公示政府信息公开制度',
              maxPoints: 2,
              sourceText: '在政府公开专栏能够查询到信息公开制度建设，得2分；没有的，不得分。',
              dataSource: 'BIG_DATA_MONITORING',
              inputs: [
                {
                  key: 'tbTDisclosureRulesFound',
                  type: 'boolean',
                  label: '在政府公开专栏能够查询到信息公开制度',
                },
              ],
              rule: { kind: 'checklist', field: 'tbTDisclosureRulesFound', pointsEach: 2 },
              notes: ['以第三方在政府公开专栏的查询结果为准，数据来源推定为大数据监测。'],
            },
          ],
        },
        {
          code: 'TB-T-2.2',
          level: 'INDICATOR',
          name: '政府网站建设',
          maxPoints: 3,
          children: [
            {
              code: 'TB-T-2.2.a',
              level: 'ITEM',
              name: '政府网站与政务新媒体情况',
              maxPoints: 3,
              sourceText:
                '[bookmark: _GoBack]按照全市政府网站与政务新媒体检查及管理情况的通报中各乡镇（街道）单位全年政府网站与政务新媒体不合格总次数计分，出现一次不合规扣0.5分，扣完为止。',
              dataSource: 'OTHER_DEPARTMENT',
              inputs: [
                {
                  key: 'tbTWebsiteFailures',
                  type: 'count',
                  label: '全年政府网站与政务新媒体检查不合格总次数',
                  unit: '次',
                },
              ],
              rule: {
                kind: 'deductUntilZero',
                field: 'tbTWebsiteFailures',
                label: '政府网站与政务新媒体检查不合格',
                pointsEach: '0.5',
              },
              notes: [
                '原文开头的“[bookmark: _GoBack]”是Word书签残留，照录。',
                '原文先说“不合格总次数”、后说“出现一次不合规”，按同一口径（通报中的不合格次数）处理；6次扣完3分。',
                '原文为“全市”通报，县直单位表为“全县”通报；按原文照录，以通报为数据来源（其他部门提供）。',
              ],
            },
          ],
        },
        {
          code: 'TB-T-2.3',
          level: 'INDICATOR',
          name: '行政管理信息归集共享',
          maxPoints: 17,
          children: [
            {
              code: 'TB-T-2.3.a',
              level: 'ITEM',
              name: '“双公示”信息归集情况',
              maxPoints: 6,
              sourceText: '根据“双公示”数据上报率、合规率、及时率进行计分，得分=2*上报率+2*合规率+2*及时率。',
              dataSource: 'PLATFORM_STATISTICS',
              inputs: [
                {
                  key: 'tbTDoublePublicityReporting',
                  type: 'rate',
                  label: '“双公示”数据上报率',
                  numeratorLabel: '已上报数据量',
                  denominatorLabel: '应上报数据量（台账数据量）',
                  display: 'PERCENT',
                },
                {
                  key: 'tbTDoublePublicityCompliance',
                  type: 'rate',
                  label: '“双公示”数据合规率',
                  numeratorLabel: '入库数据量',
                  denominatorLabel: '上报数据量',
                  display: 'PERCENT',
                },
                {
                  key: 'tbTDoublePublicityTimely',
                  type: 'rate',
                  label: '“双公示”数据及时率',
                  numeratorLabel: '按时上报数据量',
                  denominatorLabel: '上报数据量',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'formula',
                expr: '2 * tbTDoublePublicityReporting + 2 * tbTDoublePublicityCompliance + 2 * tbTDoublePublicityTimely',
                zeroDenominator: NOT_APPLICABLE_WHEN_NO_DATA,
              },
              notes: [
                '原文未定义三个比率：上报率按“已上报数据量/应上报数据量（台账）”，合规率按“入库数据量/上报数据量”（同内蒙古000号文备注），及时率按“按时上报数据量/上报数据量”。',
                '任一比率分母为0（没有“双公示”数据）时按不适用处理并提示核实。数据来源推定为信用信息平台统计。',
              ],
            },
            {
              code: 'TB-T-2.3.b',
              level: 'ITEM',
              name: '行政强制、行政奖励、行政确认、行政裁决、行政监督检查等信息合规率情况',
              maxPoints: 5,
              sourceText: '实现一类信息上传且合规的，得1分，五类信息全覆盖且合规的，得5分',
              dataSource: 'PLATFORM_STATISTICS',
              inputs: [
                {
                  key: 'tbTFiveKindsCompliant',
                  type: 'checklist',
                  label: '已上传且合规的信息类别',
                  options: FIVE_KINDS,
                },
              ],
              rule: { kind: 'checklist', field: 'tbTFiveKindsCompliant', pointsEach: 1, cap: 5 },
              notes: ['乡镇表未像县直单位表那样规定“不产生某类信息提供说明得分”，故不设豁免。'],
            },
            {
              code: 'TB-T-2.3.c',
              level: 'ITEM',
              name: '纳税、水、电、气、不动产、科技研发等相关信息归集情况',
              maxPoints: 6,
              sourceText: '按照各类信息归集条数与地区存续企业数比值划分区间计分，每类最高得1分，共6分。',
              dataSource: 'PLATFORM_STATISTICS',
              inputs: [
                {
                  key: 'tbTLiveEnterprises',
                  type: 'amount',
                  label: '地区存续企业数',
                  unit: '户',
                  min: 1,
                  decimals: 0,
                },
                { key: 'tbTTaxRecords', type: 'count', label: '纳税信息归集条数', unit: '条' },
                { key: 'tbTWaterRecords', type: 'count', label: '水费信息归集条数', unit: '条' },
                { key: 'tbTPowerRecords', type: 'count', label: '电费信息归集条数', unit: '条' },
                { key: 'tbTGasRecords', type: 'count', label: '燃气信息归集条数', unit: '条' },
                { key: 'tbTRealEstateRecords', type: 'count', label: '不动产信息归集条数', unit: '条' },
                { key: 'tbTResearchRecords', type: 'count', label: '科技研发信息归集条数', unit: '条' },
              ],
              rule: {
                kind: 'formula',
                expr: 'min(tbTTaxRecords / tbTLiveEnterprises, 1) + min(tbTWaterRecords / tbTLiveEnterprises, 1) + min(tbTPowerRecords / tbTLiveEnterprises, 1) + min(tbTGasRecords / tbTLiveEnterprises, 1) + min(tbTRealEstateRecords / tbTLiveEnterprises, 1) + min(tbTResearchRecords / tbTLiveEnterprises, 1)',
              },
              notes: [
                '原文只说“划分区间计分”，未给出区间：暂按每类“归集条数/存续企业数”线性计分，比值达到1（平均每户至少一条）得满分1分，待信用办给出区间后改为分档规则。',
                '“等”字之后未列其他类别，共6分即按列明的6类计算。存续企业数至少为1，避免除以0。',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'TB-T-3',
      level: 'CATEGORY',
      name: '勤政高效',
      maxPoints: 28,
      children: [
        {
          code: 'TB-T-3.1',
          level: 'INDICATOR',
          name: '优化政务服务',
          maxPoints: 8,
          children: [
            {
              code: 'TB-T-3.1.a',
              level: 'ITEM',
              name: '政务服务事项优化情况',
              maxPoints: 4,
              sourceText: '根据网上办、马上办、一次办、就近办事项覆盖率划分区间计分，每项最高得1分，共4分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTOnlineCoverage',
                  type: 'rate',
                  label: '网上办事项覆盖率',
                  numeratorLabel: '可网上办事项数',
                  denominatorLabel: '政务服务事项总数',
                  display: 'PERCENT',
                },
                {
                  key: 'tbTImmediateCoverage',
                  type: 'rate',
                  label: '马上办事项覆盖率',
                  numeratorLabel: '可马上办事项数',
                  denominatorLabel: '政务服务事项总数',
                  display: 'PERCENT',
                },
                {
                  key: 'tbTOneVisitCoverage',
                  type: 'rate',
                  label: '一次办事项覆盖率',
                  numeratorLabel: '可一次办事项数',
                  denominatorLabel: '政务服务事项总数',
                  display: 'PERCENT',
                },
                {
                  key: 'tbTNearbyCoverage',
                  type: 'rate',
                  label: '就近办事项覆盖率',
                  numeratorLabel: '可就近办事项数',
                  denominatorLabel: '政务服务事项总数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'formula',
                expr: 'tbTOnlineCoverage + tbTImmediateCoverage + tbTOneVisitCoverage + tbTNearbyCoverage',
                zeroDenominator: NOT_APPLICABLE_WHEN_NO_DATA,
              },
              notes: [
                '原文只说“划分区间计分”，未给出区间：暂按每项覆盖率×1分线性计分（覆盖率100%得1分），待信用办给出区间后改为分档规则。',
                '政务服务事项总数为0时按不适用处理并提示核实。',
              ],
            },
            {
              code: 'TB-T-3.1.b',
              level: 'ITEM',
              name: '政务服务好差评情况',
              maxPoints: 4,
              sourceText: '根据政务服务“好差评”情况计分，得分=满意度*4。',
              dataSource: 'PLATFORM_STATISTICS',
              inputs: [
                {
                  key: 'tbTServiceSatisfaction',
                  type: 'rate',
                  label: '政务服务“好差评”满意度',
                  numeratorLabel: '好评（满意）数',
                  denominatorLabel: '评价总数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'formula',
                expr: 'tbTServiceSatisfaction * 4',
                zeroDenominator: NOT_APPLICABLE_WHEN_NO_DATA,
              },
              notes: [
                '原文未定义满意度，按“好评（满意）数/评价总数”填报；评价总数为0时按不适用处理并提示核实。',
              ],
            },
          ],
        },
        {
          code: 'TB-T-3.2',
          level: 'INDICATOR',
          name: '提升监管效能',
          maxPoints: 20,
          children: [
            {
              code: 'TB-T-3.2.a',
              level: 'ITEM',
              name: '城市在行政管理和政务服务过程中应用信用报告的情况',
              maxPoints: 3,
              sourceText:
                '在政府采购、招标投标、行政审批、市场准入、资质审核等五个领域应用信用报告，每个领域0.6分，最高得3分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTCreditReportDomains',
                  type: 'checklist',
                  label: '应用信用报告的领域',
                  options: [
                    { code: 'PROCUREMENT', label: '政府采购' },
                    { code: 'BIDDING', label: '招标投标' },
                    { code: 'APPROVAL', label: '行政审批' },
                    { code: 'MARKET_ACCESS', label: '市场准入' },
                    { code: 'QUALIFICATION', label: '资质审核' },
                  ],
                },
              ],
              rule: { kind: 'checklist', field: 'tbTCreditReportDomains', pointsEach: '0.6', cap: 3 },
              notes: [
                '考核内容称“城市”，但评价对象为乡镇（街道），照录原文，按本乡镇（街道）的应用情况填报。',
              ],
            },
            {
              code: 'TB-T-3.2.b',
              level: 'ITEM',
              name: '信用报告代替无违法违规证明落实情况',
              maxPoints: 3,
              sourceText:
                '以开展以市场主体专用信用报告替代无违法记录证明的应用场景数量计分，场景主要包括金融（如申请上市、挂牌、再融资、并购重组、发行债券、银行贷款）、行政管理（如办理政务服务事项，申请优惠政策、资金支持，参与评比表彰等）等场景，每个场景得0.5分，最高得3分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTReportReplacesProofScenes',
                  type: 'count',
                  label: '以专用信用报告替代无违法记录证明的应用场景数',
                  unit: '个',
                },
              ],
              rule: {
                kind: 'increment',
                items: [
                  { field: 'tbTReportReplacesProofScenes', label: '应用场景', pointsEach: '0.5', cap: 3 },
                ],
              },
            },
            {
              code: 'TB-T-3.2.c',
              level: 'ITEM',
              name: '使用省综合信用评价结果开展分级分类监管情况',
              maxPoints: 6,
              sourceText:
                '在30个以上行业领域参考使用省综合信用评价结果开展分级分类监管（参考使用公共信用评价结果形式包括：直接运用省公共信用综合评价结果开展分级分类监管、综合运用省公共信用评价结果和行业信用评价结果开展分级分类监管，将省公共信用评价结果纳入行业评价体系，需提供评价结果应用领域、应用部门、应用方案和应用成效），按照应用信用评价结果开展分级分类监管领域数量进行赋分，每个领域0.2分，最高得6分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTTieredSupervisionDomains',
                  type: 'count',
                  label: '参考使用省综合信用评价结果开展分级分类监管的行业领域数',
                  unit: '个',
                  help: '每个领域须提供应用领域、应用部门、应用方案和应用成效',
                },
              ],
              rule: {
                kind: 'increment',
                items: [
                  { field: 'tbTTieredSupervisionDomains', label: '行业领域', pointsEach: '0.2', cap: 6 },
                ],
              },
              notes: [
                '“30个以上”与“每个领域0.2分，最高得6分”一致：30个领域恰得满分6分，不足30个按个数计分。',
              ],
            },
            {
              code: 'TB-T-3.2.d',
              level: 'ITEM',
              name: '开展“双随机 一公开”监管情况',
              maxPoints: 3,
              sourceText: '按照“双随机、一公开”抽查事项覆盖率进行赋分，得分=覆盖率*3',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTRandomInspectionCoverage',
                  type: 'rate',
                  label: '“双随机、一公开”抽查事项覆盖率',
                  numeratorLabel: '已开展抽查的事项数',
                  denominatorLabel: '随机抽查事项清单事项总数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'formula',
                expr: 'tbTRandomInspectionCoverage * 3',
                zeroDenominator: NOT_APPLICABLE_WHEN_NO_DATA,
              },
              notes: ['抽查事项清单为空时覆盖率无意义：按不适用处理并提示核实。'],
            },
            {
              code: 'TB-T-3.2.e',
              level: 'ITEM',
              name: '规范化、机制化开展信用奖惩情况',
              maxPoints: 3,
              sourceText:
                '在政府部门各类政务服务平台将查询守信激励名单、严重失信主体名单等信息嵌入政务服务工作流程，依法依规落实信用奖惩措施，每实现一个行业领域应用得0.6分，最高得3分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTRewardPunishDomains',
                  type: 'count',
                  label: '实现信用奖惩嵌入工作流程的行业领域数',
                  unit: '个',
                },
              ],
              rule: {
                kind: 'increment',
                items: [{ field: 'tbTRewardPunishDomains', label: '行业领域', pointsEach: '0.6', cap: 3 }],
              },
              notes: ['3分÷0.6分不是整数：4个领域得2.4分，5个及以上领域得满分3分。'],
            },
            {
              code: 'TB-T-3.2.f',
              level: 'ITEM',
              name: '行政处罚信息信用修复处理情况',
              maxPoints: 2,
              sourceText:
                '按照信用修复投诉、信用修复核查不规范被国家驳回、信用修复超期等情况扣分，出现一次扣0.5分，扣完为止。',
              dataSource: 'PLATFORM_STATISTICS',
              inputs: [
                {
                  key: 'tbTCreditRepairIssues',
                  type: 'count',
                  label: '信用修复问题次数（投诉、核查不规范被国家驳回、超期合计）',
                  unit: '次',
                },
              ],
              rule: {
                kind: 'deductUntilZero',
                field: 'tbTCreditRepairIssues',
                label: '信用修复投诉、核查不规范被驳回或超期',
                pointsEach: '0.5',
              },
              notes: [
                '三类情况每次同样扣0.5分，合并为一个次数填报；4次扣完2分。数据来源推定为信用修复协同平台统计。',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'TB-T-4',
      level: 'CATEGORY',
      name: '履约践诺',
      maxPoints: 18,
      children: [
        {
          code: 'TB-T-4.1',
          level: 'INDICATOR',
          name: '开展清欠工作情况',
          maxPoints: 6,
          children: [
            {
              code: 'TB-T-4.1.a',
              level: 'ITEM',
              name: '中小企业账款清偿率',
              maxPoints: 6,
              sourceText: '根据中小企业账款清偿率计分，得分=清偿率*6。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTSmeArrearsCleared',
                  type: 'rate',
                  label: '中小企业账款清偿率',
                  numeratorLabel: '已清偿金额（万元）',
                  denominatorLabel: '应清偿金额（万元）',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'formula',
                expr: 'tbTSmeArrearsCleared * 6',
                zeroDenominator: FULL_WHEN_NO_EVENTS,
              },
              notes: [
                '原文未定义清偿率，按金额口径“已清偿金额/应清偿金额”；没有应清偿账款（无拖欠）时按满分。',
              ],
            },
          ],
        },
        {
          code: 'TB-T-4.2',
          level: 'INDICATOR',
          name: '招商引资政策兑现情况',
          maxPoints: 6,
          children: [
            {
              code: 'TB-T-4.2.a',
              level: 'ITEM',
              name: '招商引资项目政策兑现率',
              maxPoints: 6,
              sourceText:
                '根据招商引资项目政策兑现率进行计分（兑现率=已兑现项目总量/应兑现项目总量），得分=兑现率*6。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTInvestmentPromisesKept',
                  type: 'rate',
                  label: '招商引资项目政策兑现率',
                  numeratorLabel: '已兑现项目总量',
                  denominatorLabel: '应兑现项目总量',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'formula',
                expr: 'tbTInvestmentPromisesKept * 6',
                zeroDenominator: FULL_WHEN_NO_EVENTS,
              },
              notes: ['没有应兑现项目时不存在不兑现：按满分。'],
            },
          ],
        },
        {
          code: 'TB-T-4.3',
          level: 'INDICATOR',
          name: '政府采购合同履约情况',
          maxPoints: 6,
          children: [
            {
              code: 'TB-T-4.3.a',
              level: 'ITEM',
              name: '政府采购合同履约率',
              maxPoints: 6,
              sourceText:
                '根据政府采购合同履约率进行计分（履约率=已支付政府采购合同总金额/应支付政府采购合同总金额），得分=履约率*6。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTProcurementPaid',
                  type: 'rate',
                  label: '政府采购合同履约率',
                  numeratorLabel: '已支付政府采购合同总金额（万元）',
                  denominatorLabel: '应支付政府采购合同总金额（万元）',
                  display: 'PERCENT',
                },
              ],
              rule: { kind: 'formula', expr: 'tbTProcurementPaid * 6', zeroDenominator: FULL_WHEN_NO_EVENTS },
              notes: ['没有应支付的政府采购合同金额时不存在违约：按满分。'],
            },
          ],
        },
      ],
    },
    {
      code: 'TB-T-5',
      level: 'CATEGORY',
      name: '政府诚信管理',
      maxPoints: 14,
      children: [
        {
          code: 'TB-T-5.1',
          level: 'INDICATOR',
          name: '实施市场准入负面清单制度情况',
          maxPoints: 5,
          children: [
            {
              code: 'TB-T-5.1.a',
              level: 'ITEM',
              name: '违背市场主体准入负面清单典型案例通报和处理情况',
              maxPoints: 5,
              sourceText: '无通报案例得5分；有通报案例且妥善处理得3分；有通报案例但未妥善处理不得分。',
              dataSource: 'OTHER_DEPARTMENT',
              inputs: [
                {
                  key: 'tbTNegativeListCases',
                  type: 'choice',
                  label: '违背市场准入负面清单典型案例通报和处理情况',
                  options: [
                    { code: 'NONE', label: '无通报案例' },
                    { code: 'HANDLED', label: '有通报案例且妥善处理' },
                    { code: 'UNHANDLED', label: '有通报案例但未妥善处理' },
                  ],
                },
              ],
              rule: {
                kind: 'choice',
                field: 'tbTNegativeListCases',
                optionPoints: { NONE: 5, HANDLED: 3, UNHANDLED: 0 },
              },
            },
          ],
        },
        {
          code: 'TB-T-5.2',
          level: 'INDICATOR',
          name: '政府失信情况',
          maxPoints: 6,
          children: [
            {
              code: 'TB-T-5.2.a',
              level: 'ITEM',
              name: '辖区政府、事业单位、村委会、居委会被执行人和失信被执行人情况',
              maxPoints: 6,
              sourceText:
                'A辖区出现新增政府，事业单位，村委会，居委会失信被执行人的不得分；B辖区出现新增政府，事业单位，村委会，居委会被执行人但未在1个月内及时处理的得2分；C辖区出现新增政府，事业单位，村委会，居委会被执行人但在1个月内及时处理，避免被纳入失信被执行人名单的得4分；D上述三类情况均未出现的得6分。',
              dataSource: 'BIG_DATA_MONITORING',
              inputs: [
                {
                  key: 'tbTPublicBodyDebtorStatus',
                  type: 'choice',
                  label: '辖区政府、事业单位、村委会、居委会被执行人和失信被执行人情况',
                  options: [
                    { code: 'A', label: 'A 出现新增失信被执行人' },
                    { code: 'B', label: 'B 出现新增被执行人但未在1个月内及时处理' },
                    { code: 'C', label: 'C 出现新增被执行人但在1个月内及时处理' },
                    { code: 'D', label: 'D 上述三类情况均未出现' },
                  ],
                },
              ],
              rule: {
                kind: 'choice',
                field: 'tbTPublicBodyDebtorStatus',
                optionPoints: { A: 0, B: 2, C: 4, D: 6 },
              },
              notes: [
                '同时出现多种情况时按最差的一种选择（如既有A又有C选A），原文未明确，按从严理解。数据来源推定为大数据监测（中国执行信息公开网）。',
              ],
            },
          ],
        },
        {
          code: 'TB-T-5.3',
          level: 'INDICATOR',
          name: '公务员诚信教育情况',
          maxPoints: 3,
          children: [
            {
              code: 'TB-T-5.3.a',
              level: 'ITEM',
              name: '开展公务员诚信教育活动数量',
              maxPoints: 3,
              sourceText: '每个活动0.5分，最高得3分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbTIntegrityEducationEvents',
                  type: 'count',
                  label: '开展公务员诚信教育活动数量',
                  unit: '个',
                },
              ],
              rule: {
                kind: 'increment',
                items: [
                  { field: 'tbTIntegrityEducationEvents', label: '诚信教育活动', pointsEach: '0.5', cap: 3 },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
};
