/**
 * 淮安区2022年政务诚信建设综合信用评价指标 (淮信用办〔2022〕6号 附件1), encoded as data.
 * The seed table is badly OCR'd: stated category points do not add up and some sub-items are
 * lost. Every such place keeps its source text and says in `notes` what was chosen and why.
 */
import type { IndicatorSystem } from '../model';

/** 此项分值有效期至次年同月认定的前一季度止: earned in quarter Q, valid through Q+3 (9 months after Q ends). */
const VALID_UNTIL_QUARTER_BEFORE_NEXT_YEAR = {
  months: 9,
  sourceText: '此项分值有效期至次年同月认定的前一季度止',
};

export const huaian2022: IndicatorSystem = {
  id: 'huaian-2022',
  version: 1,
  name: '淮安区2022年政务诚信建设综合信用评价指标',
  unitKinds: ['DEPARTMENT', 'TOWNSHIP'],
  periodKind: 'QUARTER',
  totalPoints: 100,
  source: {
    title: '关于印发淮安区2022年开展政务诚信建设综合信用评价监测实施方案（试行）的通知',
    docNumber: '淮信用办〔2022〕6号',
    seedFile: '003_1a1823c93b4f46e2.txt',
    annex: '附件1 淮安区2022年政务诚信建设综合信用评价指标',
    issuedBy: '淮安市淮安区社会信用体系建设工作领导小组办公室',
    year: 2022,
  },
  unitClasses: [
    { code: 'A', label: 'A类部门（法人或自然人信用信息、“双公示”信息等行政权力部门）' },
    { code: 'B', label: 'B类部门（区委组织部、金融管理局、人行淮安支行及非权力职能部门）' },
    { code: 'TOWN', label: '镇/街道' },
  ],
  grading: [
    { grade: 'RED', label: '红名单', min: 85, minInclusive: true, max: null, maxInclusive: false },
    { grade: 'BLUE', label: '蓝名单', min: 60, minInclusive: true, max: 85, maxInclusive: false },
    { grade: 'YELLOW', label: '黄名单', min: null, minInclusive: false, max: 60, maxInclusive: false },
  ],
  decimals: 2,
  totalFloor: 0,
  notes: [
    '评价等级边界按原文：红名单“85分(含)以上”即≥85；蓝名单“85分以下但在60分(含)以上”即60≤分值<85；黄名单“低于60分”即<60。',
    '综合评定周期“以季度为单位”，故本体系的周期为季度。',
    '附注1“未标注重点部门或镇（街）考评的，为共性考评内容”：未标注“(A类部门考评)”或“（镇、街道考评）”的指标对A类、B类部门和镇/街道均适用。',
    '原表分值不能闭合：一(20)+二(10)+三(45)+五(30)=105，且“四”的序号缺失；按正文逐项可计分内容编码后，一级指标合计105分（一20、二10、三20、四15、五40），各类对象适用满分为：A类部门75分、B类部门65分、镇/街道95分，均不足100分。缺失内容无法从原文恢复，未予虚构；总分依赖引擎按适用满分折算（实得分×100/适用满分）后再定等级，需信用办确认。',
    '附注2“对存在的突出问题给予提醒，并扣除相应分值”未给出扣分标准，未编码为规则；“严重的直接列入黄名单”编码为 HA-3.2.3 的等级强制规则。',
  ],
  categories: [
    {
      code: 'HA-1',
      level: 'CATEGORY',
      name: '信用信息归集',
      maxPoints: 20,
      sourceText: '一 信用信息归集\t20 分',
      notes: ['A类部门适用20分；B类部门和镇/街道不适用“五类信息”一项（A类部门考评），适用15分。'],
      children: [
        {
          code: 'HA-1.1',
          level: 'INDICATOR',
          name: '“双公示”等信用信息报送',
          maxPoints: 10,
          sourceText:
            '按照“双公示”信息报送要求，依规对产生的行政许可和行政处罚“双公示”信息在7天内完成系统归集，且全量报送，得10分。被国家和省信息中心信息抽查比对被通报或被举报信息漏报瞒报情况属实的，倒扣10分。',
          dataSource: 'OTHER_DEPARTMENT',
          dataSourceText: '报送结果同政府办提供数据，并结合随机网站及信息应用中比对',
          children: [
            {
              code: 'HA-1.1.1',
              level: 'ITEM',
              name: '“双公示”信息7天内全量归集',
              maxPoints: 10,
              sourceText:
                '按照“双公示”信息报送要求，依规对产生的行政许可和行政处罚“双公示”信息在7天内完成系统归集，且全量报送，得10分。',
              dataSource: 'OTHER_DEPARTMENT',
              dataSourceText: '报送结果同政府办提供数据，并结合随机网站及信息应用中比对',
              inputs: [
                {
                  key: 'dp_timely_full_rate',
                  label: '“双公示”信息7天内全量归集率',
                  type: 'rate',
                  numeratorLabel: '7天内完成系统归集的“双公示”信息条数',
                  denominatorLabel: '本季度产生的“双公示”信息条数',
                  display: 'PERCENT',
                },
              ],
              rule: {
                kind: 'bands',
                metric: {
                  expr: 'dp_timely_full_rate',
                  scale: 'PERCENT',
                  label: '“双公示”信息7天内全量归集率',
                },
                bands: [
                  { min: null, minInclusive: false, max: 100, maxInclusive: false, points: 0 },
                  { min: 100, minInclusive: true, max: null, maxInclusive: false, points: 10 },
                ],
                zeroDenominator: { policy: 'FULL' },
              },
              notes: [
                '“7天内完成系统归集，且全量报送”是全有或全无：产生的信息须全部在7天内归集（比率100%）得10分，否则不得分。',
                '分母为0（本季度未产生“双公示”信息）时按满分处理：规则只针对“产生的”信息，未产生即不存在漏报；漏报瞒报由 HA-1.1.2 倒扣约束。B类非权力部门通常属此情形。',
              ],
            },
            {
              code: 'HA-1.1.2',
              level: 'ITEM',
              name: '“双公示”信息漏报瞒报倒扣',
              maxPoints: 0,
              sourceText: '被国家和省信息中心信息抽查比对被通报或被举报信息漏报瞒报情况属实的，倒扣10分。',
              dataSource: 'OTHER_DEPARTMENT',
              dataSourceText: '报送结果同政府办提供数据，并结合随机网站及信息应用中比对',
              inputs: [
                {
                  key: 'dp_concealment_cases',
                  label: '经国家和省信息中心抽查通报或被举报且属实的漏报瞒报情况（起）',
                  type: 'count',
                  unit: '起',
                },
              ],
              rule: {
                kind: 'penalty',
                occurrences: [
                  {
                    field: 'dp_concealment_cases',
                    label: '“双公示”信息漏报瞒报被通报或举报属实',
                    pointsEach: 10,
                    cap: 10,
                  },
                ],
              },
              notes: ['原文“情况属实的，倒扣10分”未写“每起”，按每季度至多倒扣一次10分编码（cap 10）。'],
            },
          ],
        },
        {
          code: 'HA-1.2',
          level: 'INDICATOR',
          name: '五类行政管理信息按月全量归集上报',
          maxPoints: 5,
          sourceText:
            '按月完成行政强制、行政确认、行政裁决、行政奖励、行政监督检查等信息全量归集上报，得5分，没有不得分。(A类部门考评)',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '报送结果',
          appliesTo: { unitClasses: ['A'] },
          inputs: [
            {
              key: 'five_kinds_monthly_full',
              label: '本季度各月均完成五类行政管理信息全量归集上报',
              type: 'boolean',
            },
          ],
          rule: { kind: 'checklist', field: 'five_kinds_monthly_full', pointsEach: 5 },
        },
        {
          code: 'HA-1.3',
          level: 'INDICATOR',
          name: '信用承诺、违约及合同履约信息按月归集',
          maxPoints: 5,
          sourceText:
            '按月归集在公共资源交易、政府采购、各类审批等事项中开展的“审批替代型、容缺受理型、证明事项型、行业自律型、主动型信用承诺和违约信息以及合同履约等各类信用信息，得5分，没有不得分。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '报送结果',
          inputs: [
            {
              key: 'commitment_info_monthly',
              label: '本季度按月归集信用承诺、违约及合同履约等信用信息',
              type: 'boolean',
            },
          ],
          rule: { kind: 'checklist', field: 'commitment_info_monthly', pointsEach: 5 },
          notes: ['原文左引号“审批替代型…未闭合（OCR），不影响计分。'],
        },
      ],
    },
    {
      code: 'HA-2',
      level: 'CATEGORY',
      name: '信息应用和奖惩',
      maxPoints: 10,
      sourceText: '二 信息应用和奖惩\t10 分\t制度建设(10分)',
      children: [
        {
          code: 'HA-2.1',
          level: 'INDICATOR',
          name: '制度建设（信用审查与守信激励、失信惩戒）',
          maxPoints: 10,
          sourceText:
            '在优惠政策扶持、资金安排、行政许可、资质认定、备案管理、人员提拔使用、评优评先、表彰奖励、人大代表、党代表选举、政协委员推荐等行政管理中，开展信用审查等，并依规对守信主体开展激励和对严重失信主体开展惩戒的，得10分。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '报送的文件结合电子档结合政务公开门户网站比对',
          inputs: [
            {
              key: 'credit_review_and_sanctions',
              label: '在行政管理中开展信用审查，并依规实施守信激励和失信惩戒',
              type: 'boolean',
            },
          ],
          rule: { kind: 'checklist', field: 'credit_review_and_sanctions', pointsEach: 10 },
          notes: ['“开展信用审查……并依规……激励……惩戒的，得10分”为全有或全无，编码为单一是否项。'],
        },
      ],
    },
    {
      code: 'HA-3',
      level: 'CATEGORY',
      name: '行政管理',
      maxPoints: 20,
      sourceText: '三\t行政管理\t45 分',
      notes: [
        '原表标注45分，但正文只能找到“信易批”(5分)与“失信管理”(15分)，合计20分；诚信宣传(15分)带独立分值列，且原表缺“四”，故作为第四类 HA-4。另有25分的内容在原文中缺失，未予虚构。A类适用20分，B类、镇街不适用“信易批”，适用15分。',
      ],
      children: [
        {
          code: 'HA-3.1',
          level: 'INDICATOR',
          name: '开展“信易批”便民惠企事项办理',
          maxPoints: 5,
          sourceText:
            '深入开展“信易批”（信用+承诺+审批）等办理事项，对材料不全的守信主体，承诺规定时限内提供的，采用“信用办理事项流程，打开绿色通道，简化对承诺事项办理（份数）和履约跟踪表进行记分，有一例得1分，最高5分。（A类部门考评）',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '接收材料统计',
          appliesTo: { unitClasses: ['A'] },
          inputs: [
            {
              key: 'xinyipi_cases',
              label: '按“信易批”（信用+承诺+审批）办理的事项（例）',
              type: 'count',
              unit: '例',
            },
          ],
          rule: {
            kind: 'increment',
            items: [{ field: 'xinyipi_cases', label: '“信易批”办理事项', pointsEach: 1, cap: 5 }],
          },
          notes: [
            '考核方式栏另列“台账资料”；考核主体栏“活动信息、财政局、工信局数据统计和签订承诺书报送”错位，无法对应到具体指标。',
          ],
        },
        {
          code: 'HA-3.2',
          level: 'INDICATOR',
          name: '失信管理',
          maxPoints: 15,
          sourceText:
            '失信管理 (15分)\t\t加强招商引资诚信建设。依据招商引资政策，严格认得 5 分。违反相关约定，任人更替等理由违约毁约问题，分中倒扣 20 分。',
          dataSource: 'OTHER_DEPARTMENT',
          dataSourceText: '重信践诺案例报送、相关部门提供和媒体提取',
          notes: [
            '标题为“失信管理 (15分)”，正文唯一的计分项写“严格认得 5 分”。两种读法：其一，“得 15 分”在OCR中丢了“1”；其二，另有10分的子项丢失（考核主体栏“法院、网信办提供数据 法院、纪委，法官办、编办提供相关数据”错位，疑属丢失的子项）。按标题分值取前者，招商引资诚信建设记15分；若信用办确认为后者，应改为5分并补充丢失的子项。',
            '“严格认得”疑为“严格兑现承诺的，得”的OCR漏字；“任人更替”疑为“领导人员更替”；“分中倒扣”疑为“分值中倒扣”。',
          ],
          children: [
            {
              code: 'HA-3.2.1',
              level: 'ITEM',
              name: '招商引资诚信建设（严格兑现承诺）',
              maxPoints: 15,
              sourceText: '加强招商引资诚信建设。依据招商引资政策，严格认得 5 分。',
              dataSource: 'UNIT_REPORT',
              dataSourceText: '重信践诺案例报送',
              inputs: [
                {
                  key: 'investment_promises_kept',
                  label: '依据招商引资政策严格兑现承诺',
                  type: 'boolean',
                },
              ],
              rule: { kind: 'checklist', field: 'investment_promises_kept', pointsEach: 15 },
              notes: ['原文写“得 5 分”，按标题“失信管理 (15分)”记15分，理由见 HA-3.2 说明。'],
            },
            {
              code: 'HA-3.2.2',
              level: 'ITEM',
              name: '招商引资违约毁约倒扣',
              maxPoints: 0,
              sourceText: '违反相关约定，任人更替等理由违约毁约问题，分中倒扣 20 分。',
              dataSource: 'OTHER_DEPARTMENT',
              dataSourceText: '相关部门提供和媒体提取',
              inputs: [
                {
                  key: 'investment_breach_cases',
                  label: '以领导人员更替等理由违约毁约的问题（起）',
                  type: 'count',
                  unit: '起',
                },
              ],
              rule: {
                kind: 'penalty',
                occurrences: [
                  {
                    field: 'investment_breach_cases',
                    label: '招商引资中违反约定、违约毁约',
                    pointsEach: 20,
                    cap: 20,
                  },
                ],
              },
              notes: [
                '原文未写“每起”，按每季度至多倒扣一次20分编码（cap 20）；倒扣可使本类及总分低于其他得分。',
              ],
            },
            {
              code: 'HA-3.2.3',
              level: 'ITEM',
              name: '严重失信直接列入黄名单',
              maxPoints: 0,
              sourceText:
                '非重点部门参照综合评价内容，结合工作积极拓展并强化本领域政务诚信建设，每期对好的做法开展点评和宣传；对存在的突出问题给予提醒，并扣除相应分值；严重的直接列入黄名单。',
              dataSource: 'OTHER_DEPARTMENT',
              dataSourceText: '区纪委监委、营商办、法院、财政局、编办、工信局、网信办等单位提供的相关数据',
              inputs: [
                {
                  key: 'serious_dishonesty_cases',
                  label: '经认定的严重失信行为或情节严重的突出问题（起）',
                  type: 'count',
                  unit: '起',
                },
              ],
              rule: {
                kind: 'gradeOverride',
                when: 'serious_dishonesty_cases > 0',
                grade: 'YELLOW',
                reason: '存在经认定的严重失信行为或情节严重的突出问题，依评价方案“严重的直接列入黄名单”',
              },
              notes: [
                '原文在附注2中针对非重点部门，但黄名单定义亦含“本单位存在严重失信行为”，故对所有评价对象适用。',
                '数据来源取自正文“评价方法”所列提供数据的单位。',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'HA-4',
      level: 'CATEGORY',
      name: '诚信宣传',
      maxPoints: 15,
      sourceText: '诚信宣传 (15分)\t15 分\t诚信宣传活动及信息报送 （15分）',
      dataSource: 'UNIT_REPORT',
      dataSourceText: '报送稿件材料',
      notes: ['原表此行无序号，但带独立分值列“15 分”，且序号从“三”跳到“五”，故视为第四类。'],
      children: [
        {
          code: 'HA-4.1',
          level: 'INDICATOR',
          name: '“江苏省信用条例”宣贯和公务员诚信教育培训',
          maxPoints: 7,
          sourceText:
            '1、在辖区内积极开展“江苏省信用条例”宣贯和公务员诚信教育培训等活动，并报送活动信息，有场景、会标、图片台账资料，开展一次得 3.5 分，最高得 7 分，没有不得分。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '报送稿件材料',
          inputs: [
            {
              key: 'regulation_training_events',
              label: '开展“江苏省信用条例”宣贯和公务员诚信教育培训活动（次，有场景、会标、图片台账）',
              type: 'count',
              unit: '次',
            },
          ],
          rule: {
            kind: 'increment',
            items: [
              {
                field: 'regulation_training_events',
                label: '信用条例宣贯和诚信教育培训活动',
                pointsEach: '3.5',
                cap: 7,
              },
            ],
          },
        },
        {
          code: 'HA-4.2',
          level: 'INDICATOR',
          name: '诚信“五进”宣传活动',
          maxPoints: 8,
          sourceText:
            '2、积极开展诚信“进校园、进企业、进街道社区、进村镇、进商圈”五进宣传活动，并及时提供活动信息。有场景、会标、图片等台账资料，每开展一次，得 1.5 分，最高得 8 分，没有不得分。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '报送稿件材料',
          inputs: [
            {
              key: 'five_into_events',
              label: '开展诚信“五进”宣传活动（次，有场景、会标、图片台账）',
              type: 'count',
              unit: '次',
            },
          ],
          rule: {
            kind: 'increment',
            items: [{ field: 'five_into_events', label: '诚信“五进”宣传活动', pointsEach: '1.5', cap: 8 }],
          },
          notes: ['8不是1.5的整数倍：5次得7.5分，6次及以上封顶8分。'],
        },
      ],
    },
    {
      code: 'HA-5',
      level: 'CATEGORY',
      name: '诚信镇（街）创建，推动信用管理等相关部门工作',
      maxPoints: 40,
      sourceText: '五\t诚信镇（街）创建，推动信用管理等相关部门工作\t30 分',
      notes: [
        '原表标注30分，但子项为诚信镇（街道）创建20分、属地行政监管5分、政务诚信承诺5分（均为镇、街道考评）及创新工作10分（共性），合计40分。按子项编码为40分：镇/街道适用40分，部门仅适用创新工作10分。',
        '标题中“推动信用管理等相关部门工作”对部门的考评内容在原文中缺失，未予虚构。',
      ],
      children: [
        {
          code: 'HA-5.1',
          level: 'INDICATOR',
          name: '“诚信镇（街道）”创建',
          maxPoints: 20,
          sourceText:
            '镇（街）积极申请开展“诚信镇（街道）”创建工作，建立组织机制和镇（街道）诚信建设实施方案，且每验收一个“信用村（居）”（含 5 户“诚信户”创建，经经验收合格后，得 20 分）；次季度每新增 5 户“诚信户”得满分，无增加计 5 分；（此项分值有效期至次年同月认定的前一季度止；新增创建累计，满分不超 15 分）。（镇、街道考评）',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '现场验收',
          appliesTo: { unitClasses: ['TOWN'] },
          inputs: [
            {
              key: 'town_creation_status',
              label: '“诚信镇（街道）”创建本季度情况',
              type: 'choice',
              options: [
                { code: 'NONE', label: '未建立组织机制和实施方案，或未验收合格“信用村（居）”' },
                { code: 'VILLAGE_ACCEPTED', label: '本季度验收合格一个“信用村（居）”（含5户“诚信户”）' },
                { code: 'NEW_HOUSEHOLDS', label: '已验收“信用村（居）”，本季度新增5户及以上“诚信户”' },
                { code: 'NO_INCREASE', label: '已验收“信用村（居）”，本季度无新增“诚信户”' },
              ],
            },
          ],
          rule: {
            kind: 'choice',
            field: 'town_creation_status',
            optionPoints: { NONE: 0, VILLAGE_ACCEPTED: 20, NEW_HOUSEHOLDS: 15, NO_INCREASE: 5 },
          },
          validity: VALID_UNTIL_QUARTER_BEFORE_NEXT_YEAR,
          notes: [
            '原文前后矛盾：“次季度每新增5户‘诚信户’得满分”与“新增创建累计，满分不超15分”。解释为：验收合格一个“信用村（居）”的季度得20分；此后季度新增5户及以上“诚信户”得15分（新增创建的满分）；无增加得5分；未创建或未验收不得分。',
            '“经经验收”为原文重字。',
            '有效期：在某季度认定的分值有效至次年同月认定的前一季度止，即该季度及其后3个季度（季度结束后9个月）。',
          ],
        },
        {
          code: 'HA-5.2',
          level: 'INDICATOR',
          name: '属地行政监管（企业信用承诺公示）',
          maxPoints: 5,
          sourceText:
            '在行政管理和监管活动中，推动企业自主作出含安全、环保、纳税等内容的信用承诺，并签订承诺书，承诺事项经法人签字盖章后，向“信用淮安区”网站公示，接受社会监督。有一企得 0.5 分，最高 5 分。（此项分值有效期至次年同月认定的前一季度止）（镇、街道考评）',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '接受材料统计',
          appliesTo: { unitClasses: ['TOWN'] },
          inputs: [
            {
              key: 'enterprise_commitments_published',
              label: '签订信用承诺书并在“信用淮安区”网站公示的企业（家）',
              type: 'count',
              unit: '家',
            },
          ],
          rule: {
            kind: 'increment',
            items: [
              {
                field: 'enterprise_commitments_published',
                label: '作出信用承诺并公示的企业',
                pointsEach: '0.5',
                cap: 5,
              },
            ],
          },
          validity: VALID_UNTIL_QUARTER_BEFORE_NEXT_YEAR,
        },
        {
          code: 'HA-5.3',
          level: 'INDICATOR',
          name: '政务诚信承诺（公开承诺制度）',
          maxPoints: 5,
          sourceText:
            '在街道和乡镇的政务、财政、就业、物业、就学、公共卫生、卫生健康、养老、助残、医保、住房、出行、停车、防火防盗、拥军优属、便民服务等方面，建立公开承诺制度，等 5 分，少一类扣 0.5 分。（镇、街道考评）',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '台账报送',
          appliesTo: { unitClasses: ['TOWN'] },
          inputs: [
            {
              key: 'public_commitment_domains',
              label: '已建立公开承诺制度的方面',
              type: 'checklist',
              options: [
                { code: 'GOVERNMENT_AFFAIRS', label: '政务' },
                { code: 'FINANCE', label: '财政' },
                { code: 'EMPLOYMENT', label: '就业' },
                { code: 'PROPERTY', label: '物业' },
                { code: 'SCHOOLING', label: '就学' },
                { code: 'PUBLIC_HEALTH', label: '公共卫生' },
                { code: 'HEALTH_CARE', label: '卫生健康' },
                { code: 'ELDERLY_CARE', label: '养老' },
                { code: 'DISABILITY_AID', label: '助残' },
                { code: 'MEDICAL_INSURANCE', label: '医保' },
                { code: 'HOUSING', label: '住房' },
                { code: 'TRAVEL', label: '出行' },
                { code: 'PARKING', label: '停车' },
                { code: 'FIRE_THEFT_PREVENTION', label: '防火防盗' },
                { code: 'MILITARY_SUPPORT', label: '拥军优属' },
                { code: 'CONVENIENCE_SERVICES', label: '便民服务' },
              ],
            },
          ],
          rule: { kind: 'formula', expr: '5 - 0.5 * (16 - public_commitment_domains)' },
          notes: [
            '“等 5 分”疑为“得 5 分”的OCR错字。',
            '按原文列举的16个方面计：全部建立得5分，每少一类扣0.5分，少10类及以上为0分（公式结果截取在0～5分）。',
          ],
        },
        {
          code: 'HA-5.4',
          level: 'INDICATOR',
          name: '创新工作（创新案例）',
          maxPoints: 10,
          sourceText:
            '在行政管理中积极创新探索单位内部信用管理或依托系统平台等建设积极探索信用建设，被市级以上部门推广应用的，得满分。',
          dataSource: 'UNIT_REPORT',
          dataSourceText: '文件或系统截图台账',
          inputs: [
            {
              key: 'innovation_promoted',
              label: '信用建设创新案例被市级以上部门推广应用',
              type: 'boolean',
            },
          ],
          rule: { kind: 'checklist', field: 'innovation_promoted', pointsEach: 10 },
          notes: ['原文“创新工作 10 分 创新案例”未标注考评对象，按附注1为共性考评内容。'],
        },
      ],
    },
  ],
};
