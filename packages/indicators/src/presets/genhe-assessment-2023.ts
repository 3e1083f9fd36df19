/**
 * 根河市社会信用体系建设工作考核细则 (根政辦字〔2023〕52號 附件2), encoded as data.
 * Source text stays in the seed's Traditional characters (OCR glitches included); names, labels
 * and notes are Simplified Chinese. Each rule's 月度/季度/累计/年度 mark is the node's periodKind;
 * the system itself is annual and rolls the shorter periods up.
 */
import type { Aggregation, ExemptionPolicy, IndicatorSystem, PeriodKind } from '../model';

/** How each period kind rolls up into the annual result. */
const MONTHLY: { periodKind: PeriodKind; aggregation: Aggregation } = {
  periodKind: 'MONTH',
  aggregation: 'AVERAGE',
};
const QUARTERLY: { periodKind: PeriodKind; aggregation: Aggregation } = {
  periodKind: 'QUARTER',
  aggregation: 'AVERAGE',
};
const CUMULATIVE: { periodKind: PeriodKind; aggregation: Aggregation } = {
  periodKind: 'CUMULATIVE',
  aggregation: 'CUMULATIVE',
};
const ANNUAL: { periodKind: PeriodKind; aggregation: Aggregation } = {
  periodKind: 'YEAR',
  aggregation: 'LATEST',
};

/** A department without the duty an indicator measures explains so and the indicator is dropped. */
function notApplicableWithout(sourceText?: string): ExemptionPolicy {
  return sourceText === undefined
    ? { policy: 'NOT_APPLICABLE', requiresEvidence: true }
    : { policy: 'NOT_APPLICABLE', requiresEvidence: true, sourceText };
}

export const genheAssessment2023: IndicatorSystem = {
  id: 'genhe-assessment-2023',
  version: 1,
  name: '根河市社会信用体系建设工作考核细则（2023年）',
  unitKinds: ['DEPARTMENT'],
  periodKind: 'YEAR',
  totalPoints: 100,
  source: {
    title: '根河市社会信用体系建设工作提升方案',
    docNumber: '根政辦字〔2023〕52號',
    seedFile: '004_0fbf0b21a963c147.txt',
    annex: '附件2 根河市社会信用体系建设工作考核细则',
    issuedBy: '根河市人民政府办公室',
    year: 2023,
  },
  decimals: 2,
  totalFloor: 0,
  notes: [
    '各项满分合计：制度建设12+公共信用信息归集30+政务诚信15+商务诚信6+信用信息应用18+信用修复2+诚信宣传教育7+月调度系统填报10=100分，与原文一致。',
    '原表“部门名称”栏为“根河市人民政府”，即细则原本考核全市整体；本体系按任务分工用于考核市直部门（附件1），不具备某项职能的部门可提交说明申请豁免，经信用办审核后该项不适用、总分按适用满分折算。',
    '周期汇总：月度、季度指标按各期得分的平均值计入年度；累计指标按截至评价时点的累计数据计分；年度指标按年度数据计分。',
    '原文为繁体OCR文本，sourceText 保留原貌（含“合規律”“大于”等错字、断行空格）。',
  ],
  categories: [
    {
      code: 'GH-A',
      level: 'CATEGORY',
      name: '制度建设',
      maxPoints: 12,
      sourceText: '制度建設 (12 分)',
      children: [
        {
          code: 'GH-A-1',
          level: 'INDICATOR',
          name: '建立健全监管行业信用信息应用制度',
          maxPoints: 3,
          sourceText: '1.建立健全監管行業信用信息應用制度。 累計指標,共 3 分,涉及 1 個領域得 0.5 分。',
          dataSource: 'UNIT_REPORT',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'info_use_rule_domains',
              label: '已建立信用信息应用制度的监管领域（个）',
              type: 'count',
              unit: '个',
            },
          ],
          rule: {
            kind: 'increment',
            items: [
              {
                field: 'info_use_rule_domains',
                label: '建立信用信息应用制度的领域',
                pointsEach: '0.5',
                cap: 3,
              },
            ],
          },
        },
        {
          code: 'GH-A-2',
          level: 'INDICATOR',
          name: '建立健全监管行业信用承诺制度',
          maxPoints: 3,
          sourceText: '2.建立健全監管行業信用承諾制度。 累計指標,共 3 分,涉及 1 個領域得 0.5 分。',
          dataSource: 'UNIT_REPORT',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'commitment_rule_domains',
              label: '已建立信用承诺制度的监管领域（个）',
              type: 'count',
              unit: '个',
            },
          ],
          rule: {
            kind: 'increment',
            items: [
              {
                field: 'commitment_rule_domains',
                label: '建立信用承诺制度的领域',
                pointsEach: '0.5',
                cap: 3,
              },
            ],
          },
        },
        {
          code: 'GH-A-3',
          level: 'INDICATOR',
          name: '建立健全监管行业信用分级分类监管制度',
          maxPoints: 3,
          sourceText: '3.建立健全監管行業信用分級分類監管制度。 累計指標,共 3 分,涉及 1 個領域得 0.5 分。',
          dataSource: 'UNIT_REPORT',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'tiered_supervision_domains',
              label: '已建立信用分级分类监管制度的监管领域（个）',
              type: 'count',
              unit: '个',
            },
          ],
          rule: {
            kind: 'increment',
            items: [
              {
                field: 'tiered_supervision_domains',
                label: '建立分级分类监管制度的领域',
                pointsEach: '0.5',
                cap: 3,
              },
            ],
          },
        },
        {
          code: 'GH-A-4',
          level: 'INDICATOR',
          name: '建立完善本级信用体系建设工作机制',
          maxPoints: 3,
          sourceText: '4.建立完善本級信用體系建設工作機制。 累計指標,共 3 分,有相關制度得 3 分。',
          dataSource: 'UNIT_REPORT',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'work_mechanism_established',
              label: '已建立信用体系建设工作机制相关制度',
              type: 'boolean',
            },
          ],
          rule: { kind: 'checklist', field: 'work_mechanism_established', pointsEach: 3 },
        },
      ],
    },
    {
      code: 'GH-B',
      level: 'CATEGORY',
      name: '公共信用信息归集',
      maxPoints: 30,
      sourceText: '公共信用 信息歸集 ( 30 分)',
      children: [
        {
          code: 'GH-B-1',
          level: 'INDICATOR',
          name: '及时、全量归集“双公示”信息',
          maxPoints: 12,
          sourceText:
            '1.及時、全量歸集 “雙公示”信息。 月度指標,共 12 分,得分=合規律*6+及時率*6。被國家 抽查到一條瞞報扣 6 分。',
          dataSource: 'PLATFORM_STATISTICS',
          ...MONTHLY,
          children: [
            {
              code: 'GH-B-1.1',
              level: 'ITEM',
              name: '“双公示”信息合规率与及时率',
              maxPoints: 12,
              sourceText: '月度指標,共 12 分,得分=合規律*6+及時率*6。',
              dataSource: 'PLATFORM_STATISTICS',
              ...MONTHLY,
              inputs: [
                {
                  key: 'dp_compliance_rate',
                  label: '“双公示”信息合规率',
                  type: 'rate',
                  numeratorLabel: '入库数据量',
                  denominatorLabel: '上报数据量',
                  display: 'PERCENT',
                },
                {
                  key: 'dp_timeliness_rate',
                  label: '“双公示”信息及时率',
                  type: 'rate',
                  numeratorLabel: '按时上报数据量',
                  denominatorLabel: '上报数据量',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'formula',
                expr: 'dp_compliance_rate * 6 + dp_timeliness_rate * 6',
                zeroDenominator: { policy: 'FULL' },
              },
              exemption: notApplicableWithout('具有行政許可及行政處罰職能的部門和單位按職責分工負責'),
              notes: [
                '“合規律”为“合规率”的OCR错字。比率取0～1，如合规率98%、及时率100%得11.88分。',
                '当月上报数据量为0（未产生“双公示”信息）时两项比率无法计算，按满分处理：未产生即无不合规、无迟报；瞒报由 GH-B-1.2 抽查扣分约束。',
                '不具有行政许可、行政处罚职能的部门（附件正文第4项所列部门以外）可申请豁免，本项不适用。',
              ],
            },
            {
              code: 'GH-B-1.2',
              level: 'ITEM',
              name: '国家抽查发现瞒报扣分',
              maxPoints: 0,
              sourceText: '被國家 抽查到一條瞞報扣 6 分。',
              dataSource: 'OTHER_DEPARTMENT',
              periodKind: 'MONTH',
              aggregation: 'SUM_CAPPED',
              inputs: [
                {
                  key: 'dp_national_concealed',
                  label: '被国家抽查发现瞒报的“双公示”信息（条）',
                  type: 'count',
                  unit: '条',
                },
              ],
              rule: {
                kind: 'penalty',
                occurrences: [{ field: 'dp_national_concealed', label: '被国家抽查到瞒报', pointsEach: 6 }],
              },
              notes: [
                '原文“一条瞒报扣6分”按每条计、不设上限，作为倒扣可使本类得分低于其余各项之和；各月扣分在年度累加。',
              ],
            },
          ],
        },
        {
          code: 'GH-B-2',
          level: 'INDICATOR',
          name: '按照权责清单归集5类行政管理信息',
          maxPoints: 3,
          sourceText: '2.按照權責清單歸集 5 類行政管理信息。 累計指標,共 3 分,得分=合規律*總分。',
          dataSource: 'PLATFORM_STATISTICS',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'five_kinds_compliance_rate',
              label: '5类行政管理信息合规率',
              type: 'rate',
              numeratorLabel: '入库数据量',
              denominatorLabel: '上报数据量',
              display: 'PERCENT',
            },
          ],
          rule: {
            kind: 'formula',
            expr: 'five_kinds_compliance_rate * 3',
            zeroDenominator: { policy: 'ZERO' },
          },
          exemption: notApplicableWithout('具有五類行政管理職能的部門和單位按職責分工負責'),
          notes: [
            '“得分=合规律*总分”即合规率×3分（“合规律”为OCR错字）。',
            '累计上报数据量为0按0分处理：有相应职能却未报送任何信息即未完成归集；权责清单中无五类行政管理事项的部门应提交说明申请豁免（本项不适用）。',
          ],
        },
        {
          code: 'GH-B-3',
          level: 'INDICATOR',
          name: '归集信用承诺及履约践诺信息',
          maxPoints: 2,
          sourceText:
            '3.歸集信用承諾及履約踐諾信息。 累計指標,共 2 分, 歸集的信用承諾數量與轄區內市場主 體總數占比大于 100%得 2 分,100%以下按比例得分。',
          dataSource: 'PLATFORM_STATISTICS',
          ...CUMULATIVE,
          inputs: [
            { key: 'commitments_collected', label: '归集的信用承诺数量（条）', type: 'count', unit: '条' },
            { key: 'market_entities_total', label: '辖区内市场主体总数（户）', type: 'count', unit: '户' },
          ],
          rule: {
            kind: 'proportional',
            metric: {
              expr: 'commitments_collected / market_entities_total',
              scale: 'PERCENT',
              label: '信用承诺数量与市场主体总数占比',
            },
            from: { value: 0, points: 0 },
            to: { value: 100, points: 2 },
            zeroDenominator: { policy: 'NOT_APPLICABLE' },
          },
          notes: [
            '占比可超过100%，故用两个数量项而非比率项录入。“大于100%得2分，100%以下按比例”：恰为100%时两句都不含，按比例计算同样得2分，结果连续。',
            '市场主体总数为0时占比无意义，本项不适用。',
          ],
        },
        {
          code: 'GH-B-4',
          level: 'INDICATOR',
          name: '归集联合奖惩案例',
          maxPoints: 1,
          sourceText: '4.歸集聯合獎懲案例。季度指標,共 1 分,每歸集 1 條得 1 分。',
          dataSource: 'PLATFORM_STATISTICS',
          ...QUARTERLY,
          inputs: [
            {
              key: 'joint_sanction_cases',
              label: '本季度归集的联合奖惩案例（条）',
              type: 'count',
              unit: '条',
            },
          ],
          rule: {
            kind: 'increment',
            items: [{ field: 'joint_sanction_cases', label: '归集联合奖惩案例', pointsEach: 1, cap: 1 }],
          },
        },
        {
          code: 'GH-B-5',
          level: 'INDICATOR',
          name: '归集公职人员基础信息',
          maxPoints: 2,
          sourceText:
            '5.歸集本地區公職人員基礎信息。 累計指標,共 2 分, 歸集的公職人員基礎信息與本地公職 人員占比大于 50%得 2 分,50%以下按比例得分。',
          dataSource: 'UNIT_REPORT',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'civil_servant_info_rate',
              label: '公职人员基础信息归集占比',
              type: 'rate',
              numeratorLabel: '已归集的公职人员基础信息（人）',
              denominatorLabel: '本部门公职人员总数（人）',
              display: 'PERCENT',
            },
          ],
          rule: {
            kind: 'proportional',
            metric: { expr: 'civil_servant_info_rate', scale: 'PERCENT', label: '公职人员基础信息归集占比' },
            from: { value: 0, points: 0 },
            to: { value: 50, points: 2 },
            zeroDenominator: { policy: 'NOT_APPLICABLE' },
          },
          notes: [
            '按部门考核时“本地区”理解为本部门。恰为50%时按比例同样得2分，结果连续。',
            '公职人员总数为0时本项不适用。',
          ],
        },
        {
          code: 'GH-B-6',
          level: 'INDICATOR',
          name: '归集水、气等特定信息',
          maxPoints: 5,
          sourceText:
            '6.歸集水、氣等特定信息。 累計指標,共 5 分, 歸集的企業特定信息數量與轄區內市場主體 數量比值≥ 1 得 2 分,1 以下按比例得分; 歸集的自然人特定信息數量與轄區人口數量比值≥ 10 得 3 分,10 以下按比例得分。',
          dataSource: 'PLATFORM_STATISTICS',
          ...CUMULATIVE,
          exemption: notApplicableWithout(
            '(農牧水利科技局、住建局、自然資源局、生態環境局,國家稅務總局根河市稅務局等部門和單位)',
          ),
          notes: ['两个比值均可大于1，故各用数量项录入；两个子项分别计分。'],
          children: [
            {
              code: 'GH-B-6.1',
              level: 'ITEM',
              name: '企业特定信息与市场主体数量比值',
              maxPoints: 2,
              sourceText: '歸集的企業特定信息數量與轄區內市場主體 數量比值≥ 1 得 2 分,1 以下按比例得分;',
              dataSource: 'PLATFORM_STATISTICS',
              ...CUMULATIVE,
              inputs: [
                {
                  key: 'enterprise_specific_info',
                  label: '归集的企业特定信息数量（条）',
                  type: 'count',
                  unit: '条',
                },
                {
                  key: 'market_entities_specific_base',
                  label: '辖区内市场主体数量（户）',
                  type: 'count',
                  unit: '户',
                },
              ],
              rule: {
                kind: 'proportional',
                metric: {
                  expr: 'enterprise_specific_info / market_entities_specific_base',
                  scale: 'PLAIN',
                  label: '企业特定信息数量与市场主体数量比值',
                },
                from: { value: 0, points: 0 },
                to: { value: 1, points: 2 },
                zeroDenominator: { policy: 'NOT_APPLICABLE' },
              },
              notes: ['市场主体数量为0时比值无意义，本子项不适用。'],
            },
            {
              code: 'GH-B-6.2',
              level: 'ITEM',
              name: '自然人特定信息与人口数量比值',
              maxPoints: 3,
              sourceText: '歸集的自然人特定信息數量與轄區人口數量比值≥ 10 得 3 分,10 以下按比例得分。',
              dataSource: 'PLATFORM_STATISTICS',
              ...CUMULATIVE,
              inputs: [
                {
                  key: 'person_specific_info',
                  label: '归集的自然人特定信息数量（条）',
                  type: 'count',
                  unit: '条',
                },
                { key: 'population_total', label: '辖区人口数量（人）', type: 'count', unit: '人' },
              ],
              rule: {
                kind: 'proportional',
                metric: {
                  expr: 'person_specific_info / population_total',
                  scale: 'PLAIN',
                  label: '自然人特定信息数量与人口数量比值',
                },
                from: { value: 0, points: 0 },
                to: { value: 10, points: 3 },
                zeroDenominator: { policy: 'NOT_APPLICABLE' },
              },
              notes: ['辖区人口数量为0时比值无意义，本子项不适用。'],
            },
          ],
        },
        {
          code: 'GH-B-7',
          level: 'INDICATOR',
          name: '归集和谐劳动关系守信信息和拖欠农牧民工工资失信信息',
          maxPoints: 2,
          sourceText:
            '7.歸集和諧勞動關系守信信息和拖欠農牧民工工資失信信息。 年度指標,共 2 分, 歸集并公 示得 2 分。',
          dataSource: 'UNIT_REPORT',
          ...ANNUAL,
          inputs: [{ key: 'labor_info_published', label: '已归集并公示上述守信、失信信息', type: 'boolean' }],
          rule: { kind: 'checklist', field: 'labor_info_published', pointsEach: 2 },
          notes: ['“归集并公示”两者都做到才得2分，编码为单一是否项。'],
        },
        {
          code: 'GH-B-8',
          level: 'INDICATOR',
          name: '统一社会信用代码重错码纠正',
          maxPoints: 3,
          sourceText:
            '8.統一社會信用代碼重錯碼糾正。 累計指標,共 3 分,本地區統一社會信用代碼重錯情況清 零得滿分,其余情況按比例得分。',
          dataSource: 'PLATFORM_STATISTICS',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'uscc_corrected_rate',
              label: '统一社会信用代码重错码纠正率',
              type: 'rate',
              numeratorLabel: '已纠正的重错码数量',
              denominatorLabel: '国家反馈的重错码数量',
              display: 'PERCENT',
            },
          ],
          rule: {
            kind: 'proportional',
            metric: { expr: 'uscc_corrected_rate', scale: 'PERCENT', label: '重错码纠正率' },
            from: { value: 0, points: 0 },
            to: { value: 100, points: 3 },
            zeroDenominator: { policy: 'FULL' },
          },
          notes: [
            '“其余情况按比例得分”未写比例的基数，解释为已纠正数/国家反馈的重错码数，全部纠正（清零）得3分。',
            '国家未反馈重错码（分母为0）即已“清零”，得满分。',
          ],
        },
      ],
    },
    {
      code: 'GH-C',
      level: 'CATEGORY',
      name: '政务诚信',
      maxPoints: 15,
      sourceText: '政務誠信 (15 分)',
      children: [
        {
          code: 'GH-C-1',
          level: 'INDICATOR',
          name: '将“社会信用体系建设工作”纳入目标责任考核体系',
          maxPoints: 2,
          sourceText:
            '1. 將 “社會信用體系建設工作”納入本級政府目標責任考核體系。 累計指標,共 2 分,納入 得 2 分,未納入不得分。',
          dataSource: 'UNIT_REPORT',
          ...CUMULATIVE,
          inputs: [{ key: 'in_target_responsibility', label: '已纳入目标责任考核体系', type: 'boolean' }],
          rule: { kind: 'checklist', field: 'in_target_responsibility', pointsEach: 2 },
        },
        {
          code: 'GH-C-2',
          level: 'INDICATOR',
          name: '“12345政务服务便民热线”解决率和满意率',
          maxPoints: 5,
          sourceText:
            '2. “12345 政務服務便民熱線”解決率和滿意率情況。月度指標,共 5 分,解決率、滿意率達 到 90%以下不得分,100%得 5 分,90%-100%之間按比例得分。',
          dataSource: 'OTHER_DEPARTMENT',
          ...MONTHLY,
          inputs: [
            {
              key: 'hotline_resolution_rate',
              label: '12345热线解决率',
              type: 'rate',
              numeratorLabel: '已解决工单数',
              denominatorLabel: '转办工单总数',
              display: 'PERCENT',
            },
            {
              key: 'hotline_satisfaction_rate',
              label: '12345热线满意率',
              type: 'rate',
              numeratorLabel: '满意评价数',
              denominatorLabel: '回访评价总数',
              display: 'PERCENT',
            },
          ],
          rule: {
            kind: 'proportional',
            metric: {
              expr: '(hotline_resolution_rate + hotline_satisfaction_rate) / 2',
              scale: 'PERCENT',
              label: '解决率与满意率平均值',
            },
            from: { value: 90, points: 0 },
            to: { value: 100, points: 5 },
            zeroDenominator: { policy: 'FULL' },
          },
          notes: [
            '原文把“解决率、满意率”并列为一个条件，未说明如何合并；取两者平均值按90%～100%线性计分（如平均95%得2.5分）。',
            '当月无转办工单或无回访评价（分母为0）时按满分处理：没有群众诉求即无未解决、不满意的情况。',
          ],
        },
        {
          code: 'GH-C-3',
          level: 'INDICATOR',
          name: '公职人员录用、晋升等工作中查询信用信息',
          maxPoints: 4,
          sourceText:
            '3.公職人員錄用、調任選任、評優評先、 崗位晉升等工作中查詢信用信息情況。 季度指標, 共 4 分,查詢一個批次得 0.8 分。',
          dataSource: 'UNIT_REPORT',
          ...QUARTERLY,
          inputs: [
            { key: 'credit_query_batches', label: '本季度查询信用信息的批次', type: 'count', unit: '批次' },
          ],
          rule: {
            kind: 'increment',
            items: [{ field: 'credit_query_batches', label: '查询信用信息批次', pointsEach: '0.8', cap: 4 }],
          },
        },
        {
          code: 'GH-C-4',
          level: 'INDICATOR',
          name: '治理政府失信行为，解决拖欠民营企业、中小企业账款',
          maxPoints: 2,
          sourceText:
            '4.治理政府失信行為,落實解決拖欠民營企業、 中小企業賬款問題。 累計指標,共 2 分,建 立相關工作機制或開展相關工作得 2 分。',
          dataSource: 'UNIT_REPORT',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'arrears_governance',
              label: '治理政府失信、解决拖欠账款的工作情况',
              type: 'checklist',
              options: [
                { code: 'MECHANISM', label: '已建立相关工作机制' },
                { code: 'ACTION', label: '已开展相关工作' },
              ],
            },
          ],
          rule: {
            kind: 'checklist',
            field: 'arrears_governance',
            optionPoints: { MECHANISM: 2, ACTION: 2 },
            cap: 2,
          },
          notes: ['“建立相关工作机制或开展相关工作”满足其一即得2分，两者都有也只得2分。'],
        },
        {
          code: 'GH-C-5',
          level: 'INDICATOR',
          name: '政府及其部门被列入失信被执行人',
          maxPoints: 2,
          sourceText: '5.政府及其部門被列入失信被執行人情況。季度指標,共 2 分,有一條相關信息扣 2 分。',
          dataSource: 'OTHER_DEPARTMENT',
          ...QUARTERLY,
          inputs: [
            {
              key: 'dishonest_debtor_records',
              label: '本季度被列入失信被执行人的相关信息（条）',
              type: 'count',
              unit: '条',
            },
          ],
          rule: {
            kind: 'deduction',
            occurrences: [
              { field: 'dishonest_debtor_records', label: '被列入失信被执行人', pointsEach: 2, cap: 2 },
            ],
          },
          notes: ['每条扣2分，以本项2分扣完为止。'],
        },
      ],
    },
    {
      code: 'GH-D',
      level: 'CATEGORY',
      name: '商务诚信',
      maxPoints: 6,
      sourceText: '商務誠信 (6 分)',
      notes: [
        '本类为全市市场主体的统计指标，按部门考核时取该部门监管行业的数据；无监管对象的部门可申请豁免。',
      ],
      children: [
        {
          code: 'GH-D-1',
          level: 'INDICATOR',
          name: '提升A级纳税人占比',
          maxPoints: 3,
          sourceText:
            '1.提升 A 級納稅人占比。 累計指標,共 3 分,6%以下不得分,10%以上得 3 分,6%-10%之間按 比例得分。',
          dataSource: 'OTHER_DEPARTMENT',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'a_level_taxpayer_rate',
              label: 'A级纳税人占比',
              type: 'rate',
              numeratorLabel: 'A级纳税人数量',
              denominatorLabel: '参评纳税人总数',
              display: 'PERCENT',
            },
          ],
          rule: {
            kind: 'proportional',
            metric: { expr: 'a_level_taxpayer_rate', scale: 'PERCENT', label: 'A级纳税人占比' },
            from: { value: 6, points: 0 },
            to: { value: 10, points: 3 },
            zeroDenominator: { policy: 'NOT_APPLICABLE' },
          },
          exemption: notApplicableWithout(),
          notes: [
            '6%及以下0分、10%及以上3分，其间线性（如8%得1.5分）；边界值两侧结果连续。纳税人总数为0时本项不适用。',
          ],
        },
        {
          code: 'GH-D-2',
          level: 'INDICATOR',
          name: '降低严重失信主体占比',
          maxPoints: 3,
          sourceText:
            '2.降低嚴重失信主體占比。 累計指標,共 3 分,5%以上不得分,5%以下按比例得分, 比例越 低分數越高。',
          dataSource: 'PLATFORM_STATISTICS',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'serious_dishonest_rate',
              label: '严重失信主体占比',
              type: 'rate',
              numeratorLabel: '严重失信主体数量',
              denominatorLabel: '市场主体总数',
              display: 'PERCENT',
            },
          ],
          rule: {
            kind: 'proportional',
            metric: { expr: 'serious_dishonest_rate', scale: 'PERCENT', label: '严重失信主体占比' },
            from: { value: 0, points: 3 },
            to: { value: 5, points: 0 },
            zeroDenominator: { policy: 'NOT_APPLICABLE' },
          },
          exemption: notApplicableWithout(),
          notes: [
            '“5%以下按比例得分，比例越低分数越高”未给出满分点，解释为0%得3分、5%及以上0分，其间线性（如2.5%得1.5分）。',
            '市场主体总数为0时本项不适用。',
          ],
        },
      ],
    },
    {
      code: 'GH-E',
      level: 'CATEGORY',
      name: '信用信息应用',
      maxPoints: 18,
      sourceText: '信用信息 應用 (18 分)',
      children: [
        {
          code: 'GH-E-1',
          level: 'INDICATOR',
          name: '市场主体在信易贷平台的实名认证',
          maxPoints: 8,
          sourceText:
            '1.市場主體在信易貸平臺的實名認證情況。 累計指標,共 8 分,市場主體實名認證量與轄區 內市場主體 (含個體工商戶) 占 比 10%以上得滿分,10%以下按比例得分。',
          dataSource: 'PLATFORM_STATISTICS',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'xinyidai_verified_rate',
              label: '信易贷平台实名认证占比',
              type: 'rate',
              numeratorLabel: '实名认证市场主体数量',
              denominatorLabel: '市场主体总数（含个体工商户）',
              display: 'PERCENT',
            },
          ],
          rule: {
            kind: 'proportional',
            metric: { expr: 'xinyidai_verified_rate', scale: 'PERCENT', label: '实名认证占比' },
            from: { value: 0, points: 0 },
            to: { value: 10, points: 8 },
            zeroDenominator: { policy: 'NOT_APPLICABLE' },
          },
          exemption: notApplicableWithout(),
          notes: ['10%及以上得8分，以下按占比/10%×8分计（如5%得4分）。市场主体总数为0时本项不适用。'],
        },
        {
          code: 'GH-E-2',
          level: 'INDICATOR',
          name: '“信易+”工作开展情况',
          maxPoints: 10,
          sourceText:
            '2. “信易+”工作開展情況。 累計指標,共 10 分,每制定或落實一個方案得 0.3 分,形成成 效得 0.2 分。',
          dataSource: 'UNIT_REPORT',
          ...CUMULATIVE,
          inputs: [
            { key: 'xinyiplus_plans', label: '制定或落实的“信易+”方案（个）', type: 'count', unit: '个' },
            {
              key: 'xinyiplus_effective_plans',
              label: '其中形成成效的方案（个）',
              type: 'count',
              unit: '个',
              help: '不应超过制定或落实的方案数',
            },
          ],
          rule: {
            kind: 'increment',
            items: [
              { field: 'xinyiplus_plans', label: '制定或落实“信易+”方案', pointsEach: '0.3' },
              { field: 'xinyiplus_effective_plans', label: '“信易+”方案形成成效', pointsEach: '0.2' },
            ],
            cap: 10,
          },
          notes: [
            '“形成成效得0.2分”解释为每个形成成效的方案另加0.2分（即每个有成效的方案共0.5分），合计最高10分。',
          ],
        },
      ],
    },
    {
      code: 'GH-F',
      level: 'CATEGORY',
      name: '信用修复',
      maxPoints: 2,
      sourceText: '信用修復 (2 分)',
      children: [
        {
          code: 'GH-F-1',
          level: 'INDICATOR',
          name: '完善信用修复告知流程',
          maxPoints: 2,
          sourceText:
            '完善信用修復告知流程,作出行政處罰決定時,應同時告知企業信用修復條件和修復流程。 累計指標,共 2 分,涉及 1 個領域得 0.5 分。',
          dataSource: 'UNIT_REPORT',
          ...CUMULATIVE,
          inputs: [
            {
              key: 'repair_notice_domains',
              label: '作出行政处罚时同步告知信用修复的领域（个）',
              type: 'count',
              unit: '个',
            },
          ],
          rule: {
            kind: 'increment',
            items: [
              { field: 'repair_notice_domains', label: '落实信用修复告知的领域', pointsEach: '0.5', cap: 2 },
            ],
          },
          exemption: notApplicableWithout('具有行政處罰職能的部門和單位按職責分工負責'),
        },
      ],
    },
    {
      code: 'GH-G',
      level: 'CATEGORY',
      name: '诚信宣传教育',
      maxPoints: 7,
      sourceText: '誠信宣傳 教育 (7 分)',
      children: [
        {
          code: 'GH-G-1',
          level: 'INDICATOR',
          name: '开展诚信文化宣传',
          maxPoints: 3,
          sourceText: '1.開展誠信文化宣傳情況。 月度指標,共 3 分,每開展一次得 1 分。',
          dataSource: 'UNIT_REPORT',
          ...MONTHLY,
          inputs: [
            {
              key: 'integrity_publicity_events',
              label: '本月开展诚信文化宣传（次）',
              type: 'count',
              unit: '次',
            },
          ],
          rule: {
            kind: 'increment',
            items: [{ field: 'integrity_publicity_events', label: '诚信文化宣传', pointsEach: 1, cap: 3 }],
          },
        },
        {
          code: 'GH-G-2',
          level: 'INDICATOR',
          name: '开展信用相关培训',
          maxPoints: 2,
          sourceText:
            '2.開展信用相關培訓情況, 涉及政務誠信建設、信用信息報送、信用監管、信用應用、信用 修復、誠信典型選樹等相關內容。季度指標,共 2 分,每開展一次得 2 分。',
          dataSource: 'UNIT_REPORT',
          ...QUARTERLY,
          inputs: [
            { key: 'credit_trainings', label: '本季度开展信用相关培训（次）', type: 'count', unit: '次' },
          ],
          rule: {
            kind: 'increment',
            items: [{ field: 'credit_trainings', label: '信用相关培训', pointsEach: 2, cap: 2 }],
          },
        },
        {
          code: 'GH-G-3',
          level: 'INDICATOR',
          name: '开展公职人员诚信教育',
          maxPoints: 2,
          sourceText: '3.開展公職人員誠信教育情況。季度指標,共 2 分,每開展一次得 1 分。',
          dataSource: 'UNIT_REPORT',
          ...QUARTERLY,
          inputs: [
            {
              key: 'civil_servant_education',
              label: '本季度开展公职人员诚信教育（次）',
              type: 'count',
              unit: '次',
            },
          ],
          rule: {
            kind: 'increment',
            items: [{ field: 'civil_servant_education', label: '公职人员诚信教育', pointsEach: 1, cap: 2 }],
          },
        },
      ],
    },
    {
      code: 'GH-H',
      level: 'CATEGORY',
      name: '月调度系统填报',
      maxPoints: 10,
      sourceText: '月調度系 統填報 (10 分)',
      children: [
        {
          code: 'GH-H-1',
          level: 'INDICATOR',
          name: '按时填报自治区月调度系统',
          maxPoints: 10,
          sourceText: '月調度系 統填報 (10 分)',
          dataSource: 'DISPATCH_SYSTEM',
          ...MONTHLY,
          inputs: [
            {
              key: 'dispatch_filed_on_time',
              label: '本月已于4日前在月调度系统填报上月信息',
              type: 'boolean',
            },
          ],
          rule: { kind: 'checklist', field: 'dispatch_filed_on_time', pointsEach: 10 },
          notes: [
            '原文在“月调度系统填报 (10 分)”处截断，没有计分标准。暂按附件1任务“填报内蒙古自治区社会信用体系建设工作调度系统(每月4日前报送上月信息)”编码：当月按时填报得10分，否则0分，年度取各月平均。需信用办确认。',
          ],
        },
      ],
    },
  ],
};
