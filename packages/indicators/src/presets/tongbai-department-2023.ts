/**
 * 桐柏县县直单位政务诚信监测评价指标 2023: seed 002, second table (5 categories, 14 二级指标, one
 * 考核内容 each). The 考核内容 is kept as an ITEM so both tables of the document have one shape.
 */
import type { IndicatorSystem } from '../model';

/** 按事项发生的比率：没有事项（分母为0）即没有失误，依文件“无复议或无纠错事项得满分”计满分。 */
const FULL_WHEN_NO_EVENTS = { policy: 'FULL' } as const;

const FIVE_KINDS = [
  { code: 'ENFORCEMENT', label: '行政强制' },
  { code: 'REWARD', label: '行政奖励' },
  { code: 'CONFIRMATION', label: '行政确认' },
  { code: 'ADJUDICATION', label: '行政裁决' },
  { code: 'INSPECTION', label: '行政监督检查' },
];

export const tongbaiDepartment2023: IndicatorSystem = {
  id: 'tongbai-department-2023',
  version: 1,
  name: '桐柏县县直单位政务诚信监测评价指标（2023年度）',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'YEAR',
  totalPoints: 100,
  decimals: 2,
  source: {
    title: '桐柏县2023年度政务诚信监测评估工作方案',
    seedFile: '002_58e8a453ff1e5593.txt',
    annex: '政务诚信（县直单位）监测评价指标',
    issuedBy: '桐柏县信用办',
    year: 2023,
  },
  notes: [
    '种子文件未载明文号和发文机关全称，方案正文只称“信用办委托第三方机构”，发文机关暂记为桐柏县信用办。',
    '监测时间周期原文为“2023年1月1日至2023年12月30日”（不是12月31日），照录；按年度指标处理。',
    '满分100分：依法行政20分、政务公开22分、勤政高效18分、守信践诺32分、宣传教育8分；原文“三、勤政高效（18）”“四、守信践诺（32）”漏写“分”字。',
    '“依排序计分”的三项（行政复议纠错率、行政诉讼败诉率、“双公示”迟报漏报比例）须在全部县直单位数据齐全后计算：无事项的单位得满分且不参与排序，比率最高的得0分，其余按排序计分，并列同分。',
    '比率一律以分子、分母填报，由系统计算；公式中的比率取0～1之间的小数。分母为0（没有复议、诉讼、应报送信息、依申请公开申请、交办工单）时没有可能出问题的事项，依本文件“无…得满分”的惯例按满分。',
  ],
  categories: [
    {
      code: 'TB-D-1',
      level: 'CATEGORY',
      name: '依法行政',
      maxPoints: 20,
      children: [
        {
          code: 'TB-D-1.1',
          level: 'INDICATOR',
          name: '行政复议情况',
          maxPoints: 10,
          children: [
            {
              code: 'TB-D-1.1.a',
              level: 'ITEM',
              name: '行政复议纠错率情况',
              maxPoints: 10,
              sourceText:
                '部门存在行政复议纠错事项的 (撤销、变更、确认违法、责令履行义务等)的,按行政复议纠错率计分，无复议或无纠错事项得满分，纠错率最高得0分，中间情况依排序计分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbDReviewCorrectionRate',
                  type: 'rate',
                  label: '行政复议纠错率',
                  numeratorLabel: '被纠错（撤销、变更、确认违法、责令履行义务等）的案件数',
                  denominatorLabel: '审结的行政复议案件数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'rank',
                metric: { expr: 'tbDReviewCorrectionRate', scale: 'PERCENT', label: '行政复议纠错率' },
                higherIsBetter: false,
                noEventsWhenZero: 'tbDReviewCorrectionRate',
                zeroDenominator: FULL_WHEN_NO_EVENTS,
              },
              notes: ['无复议（分母为0）或无纠错（纠错率为0）得满分，不参与排序。'],
            },
          ],
        },
        {
          code: 'TB-D-1.2',
          level: 'INDICATOR',
          name: '行政诉讼情况',
          maxPoints: 10,
          children: [
            {
              code: 'TB-D-1.2.a',
              level: 'ITEM',
              name: '行政诉讼败诉率情况',
              maxPoints: 10,
              sourceText:
                '部门发生行政诉讼败诉情况的，按败诉率计分，无诉讼或无败诉得满分，诉讼或无败诉率最高得0分，中间情况依排序计分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbDLitigationLossRate',
                  type: 'rate',
                  label: '行政诉讼败诉率',
                  numeratorLabel: '败诉案件数',
                  denominatorLabel: '审结的行政诉讼案件数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'rank',
                metric: { expr: 'tbDLitigationLossRate', scale: 'PERCENT', label: '行政诉讼败诉率' },
                higherIsBetter: false,
                noEventsWhenZero: 'tbDLitigationLossRate',
                zeroDenominator: FULL_WHEN_NO_EVENTS,
              },
              notes: [
                '原文“诉讼或无败诉率最高得0分”有误（疑为“败诉率最高得0分”），按同表行政复议一项的写法理解为败诉率最高的得0分。',
                '无诉讼（分母为0）或无败诉（败诉率为0）得满分，不参与排序。',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'TB-D-2',
      level: 'CATEGORY',
      name: '政务公开',
      maxPoints: 22,
      children: [
        {
          code: 'TB-D-2.1',
          level: 'INDICATOR',
          name: '部门网站建设情况',
          maxPoints: 6,
          children: [
            {
              code: 'TB-D-2.1.a',
              level: 'ITEM',
              name: '政府网站与政务新媒体情况',
              maxPoints: 6,
              sourceText:
                '按照全县政府网站与政务新媒体检查及管理情况的通报中部门政府网站与政务新媒体不合格总次数计分，出现一次不合格扣2分，扣完为止。',
              dataSource: 'OTHER_DEPARTMENT',
              inputs: [
                {
                  key: 'tbDWebsiteFailures',
                  type: 'count',
                  label: '全县通报中部门政府网站与政务新媒体不合格总次数',
                  unit: '次',
                },
              ],
              rule: {
                kind: 'deductUntilZero',
                field: 'tbDWebsiteFailures',
                label: '政府网站与政务新媒体检查不合格',
                pointsEach: 2,
              },
              notes: ['以全县通报为数据来源（其他部门提供）；3次扣完6分。'],
            },
          ],
        },
        {
          code: 'TB-D-2.2',
          level: 'INDICATOR',
          name: '依申请公开情况',
          maxPoints: 5,
          children: [
            {
              code: 'TB-D-2.2.a',
              level: 'ITEM',
              name: '依申请公开信息申请及时答复和办结情况',
              maxPoints: 5,
              sourceText:
                '按照部门依申请公开信息申请事件及时答复率和办结率计分，得分=及时答复率*2+办结率*3。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbDDisclosureRequestsTimely',
                  type: 'rate',
                  label: '依申请公开及时答复率',
                  numeratorLabel: '及时答复的申请数',
                  denominatorLabel: '收到的依申请公开申请数',
                  display: 'PERCENT',
                },
                {
                  key: 'tbDDisclosureRequestsClosed',
                  type: 'rate',
                  label: '依申请公开办结率',
                  numeratorLabel: '已办结的申请数',
                  denominatorLabel: '收到的依申请公开申请数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'formula',
                expr: 'tbDDisclosureRequestsTimely * 2 + tbDDisclosureRequestsClosed * 3',
                zeroDenominator: FULL_WHEN_NO_EVENTS,
              },
              notes: ['全年未收到依申请公开申请（分母为0）时没有可能迟答或未办结的申请：按满分。'],
            },
          ],
        },
        {
          code: 'TB-D-2.3',
          level: 'INDICATOR',
          name: '“双公示”情况',
          maxPoints: 6,
          children: [
            {
              code: 'TB-D-2.3.a',
              level: 'ITEM',
              name: '“双公示”信息报送情况',
              maxPoints: 6,
              sourceText:
                '行政许可、行政处罚信息存在应报未报、迟报漏报情况的，按迟报漏报比例计分，无迟报漏报得满分，迟报漏报比例最高得0分，中间情况依排序计分。',
              dataSource: 'PLATFORM_STATISTICS',
              inputs: [
                {
                  key: 'tbDDoublePublicityLateOrMissing',
                  type: 'rate',
                  label: '“双公示”信息迟报漏报比例',
                  numeratorLabel: '应报未报、迟报、漏报的信息条数',
                  denominatorLabel: '应报送的行政许可、行政处罚信息条数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'rank',
                metric: { expr: 'tbDDoublePublicityLateOrMissing', scale: 'PERCENT', label: '迟报漏报比例' },
                higherIsBetter: false,
                noEventsWhenZero: 'tbDDoublePublicityLateOrMissing',
                zeroDenominator: FULL_WHEN_NO_EVENTS,
              },
              notes: [
                '原文未定义迟报漏报比例，按“应报未报、迟报、漏报的信息条数/应报送信息条数”计算；无应报送信息或无迟报漏报得满分，不参与排序。',
                '数据来源推定为信用信息平台统计。',
              ],
            },
          ],
        },
        {
          code: 'TB-D-2.4',
          level: 'INDICATOR',
          name: '五类行政管理信息情况',
          maxPoints: 5,
          children: [
            {
              code: 'TB-D-2.4.a',
              level: 'ITEM',
              name: '行政强制、行政奖励、行政确认、行政裁决、行政监督检查等信息合规率情况',
              maxPoints: 5,
              sourceText:
                '实现一类信息上传且合规的，得1分；不产生或未产生某类信息的，提供说明，此类信息得1分；最高得5分。',
              dataSource: 'PLATFORM_STATISTICS',
              inputs: [
                {
                  key: 'tbDFiveKindsCompliant',
                  type: 'checklist',
                  label: '已上传且合规的信息类别',
                  options: FIVE_KINDS,
                },
                {
                  key: 'tbDFiveKindsExplained',
                  type: 'checklist',
                  label: '不产生或未产生、已提供说明的信息类别',
                  help: '每一类须上传说明材料，由信用办审核；同一类别不要与“已上传且合规”重复勾选',
                  options: FIVE_KINDS,
                },
              ],
              rule: {
                kind: 'increment',
                items: [
                  { field: 'tbDFiveKindsCompliant', label: '已上传且合规的类别', pointsEach: 1 },
                  { field: 'tbDFiveKindsExplained', label: '未产生并已说明的类别', pointsEach: 1 },
                ],
                cap: 5,
              },
              notes: [
                '“不产生某类信息的，提供说明，此类信息得1分”是按类别的豁免，整项豁免无法表达“部分类别”：改用第二个清单逐类勾选“未产生并已说明”的类别，每类同样得1分，合计最高5分；说明材料随填报审核。',
                '同一类别在两个清单中重复勾选属填报错误，审核时退回（规则本身只能保证合计不超过5分）。',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'TB-D-3',
      level: 'CATEGORY',
      name: '勤政高效',
      maxPoints: 18,
      children: [
        {
          code: 'TB-D-3.1',
          level: 'INDICATOR',
          name: '分级分类监管情况',
          maxPoints: 8,
          children: [
            {
              code: 'TB-D-3.1.a',
              level: 'ITEM',
              name: '使用省综合信用评价结果开展分级分类监管情况',
              maxPoints: 8,
              sourceText:
                '参考使用省综合信用评价结果开展分级分类监管（参考使用公共信用评价结果形式包括：直接运用省公共信用综合评价结果开展分级分类监管、综合运用省公共信用评价结果和行业信用评价结果开展分级分类监管，将省公共信用评价结果纳入行业评价体系，需提供评价结果应用领域、应用部门、应用方案和应用成效）的，得5分；将结果在部门网站、信用南阳网站公示的，再得3分；无监管权限的提供说明不扣分；最高得8分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbDTieredSupervision',
                  type: 'checklist',
                  label: '使用省综合信用评价结果开展分级分类监管情况',
                  help: '须提供评价结果应用领域、应用部门、应用方案和应用成效',
                  options: [
                    { code: 'APPLIED', label: '参考使用省综合信用评价结果开展分级分类监管' },
                    { code: 'PUBLISHED', label: '已将结果在部门网站、信用南阳网站公示' },
                  ],
                },
              ],
              rule: {
                kind: 'checklist',
                field: 'tbDTieredSupervision',
                optionPoints: { APPLIED: 5, PUBLISHED: 3 },
                cap: 8,
              },
              exemption: {
                policy: 'FULL',
                sourceText: '无监管权限的提供说明不扣分',
                requiresEvidence: true,
              },
              notes: [
                '原文两部分分别计分（开展得5分＋公示再得3分＝8分），用带分值的清单表达。',
                '“无监管权限的提供说明不扣分”按豁免处理：说明经审核通过的得满分8分（不扣分即不因本项失分）。',
              ],
            },
          ],
        },
        {
          code: 'TB-D-3.2',
          level: 'INDICATOR',
          name: '投诉问题办理情况',
          maxPoints: 10,
          children: [
            {
              code: 'TB-D-3.2.a',
              level: 'ITEM',
              name: '部门12345市长热线交办问题办结率',
              maxPoints: 10,
              sourceText: '按办结率计分，得分=办结率*10。',
              dataSource: 'OTHER_DEPARTMENT',
              inputs: [
                {
                  key: 'tbDHotlineClosed',
                  type: 'rate',
                  label: '12345市长热线交办问题办结率',
                  numeratorLabel: '已办结的交办问题数',
                  denominatorLabel: '交办问题总数',
                  display: 'PERCENT',
                },
              ],
              rule: { kind: 'formula', expr: 'tbDHotlineClosed * 10', zeroDenominator: FULL_WHEN_NO_EVENTS },
              notes: [
                '考核内容原文“交办问 题”中间有OCR空格，名称已去掉空格。',
                '全年没有交办问题时没有可能未办结的问题：按满分。数据来源推定为12345热线管理部门提供。',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'TB-D-4',
      level: 'CATEGORY',
      name: '守信践诺',
      maxPoints: 32,
      children: [
        {
          code: 'TB-D-4.1',
          level: 'INDICATOR',
          name: '合同、协议履约情况',
          maxPoints: 8,
          children: [
            {
              code: 'TB-D-4.1.a',
              level: 'ITEM',
              name: '部门与市场主体签订的合同、协议执行情况',
              maxPoints: 8,
              sourceText: '评价期间部门与市场主体签订的各类合同、协议未执行到位的， 一个问题扣2分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbDContractIssues',
                  type: 'count',
                  label: '与市场主体签订的合同、协议未执行到位的问题数',
                  unit: '个',
                },
              ],
              rule: {
                kind: 'deductUntilZero',
                field: 'tbDContractIssues',
                label: '合同、协议未执行到位',
                pointsEach: 2,
              },
              notes: ['原文未写扣分上限，按本项分值扣完为止（4个问题扣完8分），不倒扣。'],
            },
          ],
        },
        {
          code: 'TB-D-4.2',
          level: 'INDICATOR',
          name: '政府合同违约纠纷情况',
          maxPoints: 8,
          children: [
            {
              code: 'TB-D-4.2.a',
              level: 'ITEM',
              name: '政府合同违约案件数量',
              maxPoints: 8,
              sourceText: '部门及下属部门未因合同纠纷被法院判决承担违约责任的，得满分，每有一件扣4分。',
              dataSource: 'BIG_DATA_MONITORING',
              inputs: [
                {
                  key: 'tbDContractBreachJudgments',
                  type: 'count',
                  label: '部门及下属部门因合同纠纷被法院判决承担违约责任的案件数',
                  unit: '件',
                },
              ],
              rule: {
                kind: 'deductUntilZero',
                field: 'tbDContractBreachJudgments',
                label: '因合同纠纷被判决承担违约责任',
                pointsEach: 4,
              },
              notes: [
                '原文未写扣分上限，按本项分值扣完为止（2件扣完8分），不倒扣。数据来源推定为大数据监测（裁判文书）。',
              ],
            },
          ],
        },
        {
          code: 'TB-D-4.3',
          level: 'INDICATOR',
          name: '中小微企业账款情况',
          maxPoints: 8,
          children: [
            {
              code: 'TB-D-4.3.a',
              level: 'ITEM',
              name: '拖欠中小微企业账款情况',
              maxPoints: 8,
              sourceText: '根据部门拖欠中小微企业账款情 况扣分， 无拖欠得8分，有拖欠不得分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbDSmeArrears',
                  type: 'choice',
                  label: '拖欠中小微企业账款情况',
                  options: [
                    { code: 'NONE', label: '无拖欠' },
                    { code: 'ARREARS', label: '有拖欠' },
                  ],
                },
              ],
              rule: { kind: 'choice', field: 'tbDSmeArrears', optionPoints: { NONE: 8, ARREARS: 0 } },
            },
          ],
        },
        {
          code: 'TB-D-4.4',
          level: 'INDICATOR',
          name: '失信被执行人情况',
          maxPoints: 8,
          children: [
            {
              code: 'TB-D-4.4.a',
              level: 'ITEM',
              name: '部门、下属单位、下属事业单位被列为失信被执行人情况',
              maxPoints: 8,
              sourceText: '部门、下属单位、下属事业单位被列入失信被执行人的扣8分。',
              dataSource: 'BIG_DATA_MONITORING',
              inputs: [
                {
                  key: 'tbDDishonestDebtors',
                  type: 'count',
                  label: '部门、下属单位、下属事业单位被列入失信被执行人的数量',
                  unit: '个',
                },
              ],
              rule: {
                kind: 'deduction',
                occurrences: [
                  { field: 'tbDDishonestDebtors', label: '被列入失信被执行人', pointsEach: 8, cap: 8 },
                ],
              },
              notes: ['出现一个即扣完8分，多个不再倒扣。数据来源推定为大数据监测（中国执行信息公开网）。'],
            },
          ],
        },
      ],
    },
    {
      code: 'TB-D-5',
      level: 'CATEGORY',
      name: '宣传教育',
      maxPoints: 8,
      children: [
        {
          code: 'TB-D-5.1',
          level: 'INDICATOR',
          name: '公务员诚信教育',
          maxPoints: 4,
          children: [
            {
              code: 'TB-D-5.1.a',
              level: 'ITEM',
              name: '面向部门内部公务员，开展公务员诚信、守法和道德教育培训情况',
              maxPoints: 4,
              sourceText: '开展相关活动的，每提供一个活动的活动方案（素材）和签到表，得1分，最多得4分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbDIntegrityTrainingEvents',
                  type: 'count',
                  label: '提供了活动方案（素材）和签到表的诚信、守法和道德教育培训活动数',
                  unit: '个',
                },
              ],
              rule: {
                kind: 'increment',
                items: [
                  { field: 'tbDIntegrityTrainingEvents', label: '教育培训活动', pointsEach: 1, cap: 4 },
                ],
              },
            },
          ],
        },
        {
          code: 'TB-D-5.2',
          level: 'INDICATOR',
          name: '政务诚信宣传',
          maxPoints: 4,
          children: [
            {
              code: 'TB-D-5.2.a',
              level: 'ITEM',
              name: '面向部门内部公务员，开展政务诚信、诚信教育相关宣传活动',
              maxPoints: 4,
              sourceText: '开展相关活动的，每提供一个活动的活动方案（素材）和签到表，得1分，最多得4分。',
              dataSource: 'UNIT_REPORT',
              inputs: [
                {
                  key: 'tbDIntegrityPublicityEvents',
                  type: 'count',
                  label: '提供了活动方案（素材）和签到表的政务诚信宣传活动数',
                  unit: '个',
                },
              ],
              rule: {
                kind: 'increment',
                items: [{ field: 'tbDIntegrityPublicityEvents', label: '宣传活动', pointsEach: 1, cap: 4 }],
              },
            },
          ],
        },
      ],
    },
  ],
};
