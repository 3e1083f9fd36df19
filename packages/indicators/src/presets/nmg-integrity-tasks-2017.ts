/**
 * 加强政务诚信建设实施方案重点任务分工及进度安排表: seed 001 (内政发〔2017〕123号), 22 tasks.
 * The table is task-centred (one row per task, several responsible units); the preset turns it
 * into one task list per responsible unit, a shared task appearing in each list under the same
 * code with `coUnits` naming the other units of its row.
 */
import type {
  DeadlineRule,
  EvidenceRequirement,
  TaskDefinition,
  TaskListPreset,
  TaskListUnit,
} from '../model';

const CONTINUOUS: DeadlineRule = { kind: 'CONTINUOUS' };
/** 2017年底前完成 */
const END_OF_2017: DeadlineRule = { kind: 'FIXED', date: '2017-12-31' };

const EV_PROGRESS: EvidenceRequirement = {
  description: '工作方案、制度文件或工作进展材料',
  minCount: 1,
  kinds: ['PDF', 'DOCX', 'IMAGE'],
};

interface ResponsibleUnit {
  code: string;
  /** Simplified Chinese; the table's 自治区 prefix is carried to every unit of a 、-list */
  name: string;
  kind: TaskListUnit['kind'];
}

/** 负责单位 in order of first appearance in the table. */
const RESPONSIBLE_UNITS: readonly ResponsibleUnit[] = [
  { code: 'NMG-ALL-RELEVANT', name: '自治区各有关部门', kind: 'DEPARTMENT' },
  { code: 'NMG-LEAGUE-CITIES', name: '各盟行政公署、市人民政府', kind: 'LEAGUE_CITY' },
  { code: 'NMG-ALL-DEPTS', name: '自治区各部门', kind: 'DEPARTMENT' },
  { code: 'NMG-FGW', name: '自治区发展改革委', kind: 'DEPARTMENT' },
  { code: 'NMG-GGZY', name: '自治区公共资源交易管理服务中心', kind: 'DEPARTMENT' },
  { code: 'NMG-ZZB', name: '自治区党委组织部', kind: 'DEPARTMENT' },
  { code: 'NMG-RST', name: '自治区人力资源社会保障厅', kind: 'DEPARTMENT' },
  { code: 'NMG-GWYJ', name: '自治区公务员局', kind: 'DEPARTMENT' },
  { code: 'NMG-JCT', name: '自治区监察厅', kind: 'DEPARTMENT' },
  { code: 'NMG-GJFY', name: '自治区高级人民法院', kind: 'DEPARTMENT' },
  { code: 'NMG-JCY', name: '自治区人民检察院', kind: 'DEPARTMENT' },
  { code: 'NMG-CZT', name: '自治区财政厅', kind: 'DEPARTMENT' },
  { code: 'NMG-ZJT', name: '自治区住房城乡建设厅', kind: 'DEPARTMENT' },
  { code: 'NMG-GTT', name: '自治区国土资源厅', kind: 'DEPARTMENT' },
  { code: 'NMG-SLT', name: '自治区水利厅', kind: 'DEPARTMENT' },
  { code: 'NMG-SWT', name: '自治区商务厅', kind: 'DEPARTMENT' },
  { code: 'NMG-MZT', name: '自治区民政厅', kind: 'DEPARTMENT' },
  { code: 'NMG-XYB', name: '自治区社会信用体系建设领导小组办公室', kind: 'DEPARTMENT' },
  { code: 'NMG-DCS', name: '自治区政府督查室', kind: 'DEPARTMENT' },
];

interface TableRow {
  /** 序号 */
  seq: number;
  title: string;
  category: string;
  /** 工作任务 cell verbatim */
  sourceText: string;
  /** 负责单位 cell verbatim */
  responsibleText: string;
  /** unit codes in the order the cell names them */
  responsible: string[];
  deadline: DeadlineRule;
  /** 时间进度 cell verbatim */
  deadlineText: string;
  notes?: string[];
}

const TABLE: readonly TableRow[] = [
  {
    seq: 1,
    title: '落实“八张清单”管理，健全依法决策机制',
    category: '规范权力运行',
    sourceText:
      '继续完善并落实好权力清单、责任清单、中介服务事项清单、中介服务收费目录清单、公共服务事项清单、证明事项清单、随机抽查事项清单、行政事业性收费目录清单等“八张清单”，全面推行清单管理，规范权力运行。健全依法决策机制，将公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大决策的必经程序，认真执行。',
    responsibleText: '自治区各有关部门',
    responsible: ['NMG-ALL-RELEVANT'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
  },
  {
    seq: 2,
    title: '落实政务信息公开制度',
    category: '政务公开',
    sourceText:
      '依法依规落实行政决策、执行、管理、服务和结果等方面的政务信息公开制度，保障人民群众知情权、参与权、表达权、监督权。',
    responsibleText: '各盟行政公署、市人民政府，自治区各部门',
    responsible: ['NMG-LEAGUE-CITIES', 'NMG-ALL-DEPTS'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
  },
  {
    seq: 3,
    title: '精简优化行政流程，清理调整行政审批事项',
    category: '放管服改革',
    sourceText:
      '按照“放管服”改革的总体要求，进一步精简和优化行政流程，继续清理、取消和调整行政审批事项，提高放权的协同性、联动性。推行网上服务、并联服务和服务质量公开承诺等措施，不断提高行政效率和水平。',
    responsibleText: '各盟行政公署、市人民政府，自治区各部门',
    responsible: ['NMG-LEAGUE-CITIES', 'NMG-ALL-DEPTS'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
  },
  {
    seq: 4,
    title: '完善投资项目在线审批监管平台',
    category: '放管服改革',
    sourceText: '完善投资项目在线审批监管平台，确保所有投资审批事项实现统一在线审批。',
    responsibleText: '自治区发展改革委',
    responsible: ['NMG-FGW'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
  },
  {
    seq: 5,
    title: '制定公共资源交易信用管理办法',
    category: '制度建设',
    sourceText:
      '制定《内蒙古自治区公共资源交易信用管理办法》，统一制度规则和服务标准，完善交易机制，创新交易方式，强化信用管理。',
    responsibleText: '自治区公共资源交易管理服务中心',
    responsible: ['NMG-GGZY'],
    deadline: END_OF_2017,
    deadlineText: '2017年底前完成',
    notes: [
      '负责单位“公共资源交易管理服务中心”（第5项）与“公共资源交易管理中心”（第14、16项）按同一单位处理。',
    ],
  },
  {
    seq: 6,
    title: '确定实名登记制度实施范围，建立动态登记信息',
    category: '信息归集',
    sourceText:
      '依照法律法规确定实名登记制度的实施范围，建立准确全面和动态更新的登记信息，为开展信用服务工作奠定基础。',
    responsibleText: '自治区各有关部门',
    responsible: ['NMG-ALL-RELEVANT'],
    deadline: END_OF_2017,
    deadlineText: '2017年 底前 完成',
    notes: ['原文时间进度“2017年 底前 完成”中有OCR空格。'],
  },
  {
    seq: 7,
    title: '信用建设纳入公务员培训，编制公务员诚信手册',
    category: '诚信教育',
    sourceText:
      '将信用建设纳入公务员培训和进修课程，加强公务员信用知识学习，提升公务员信用意识。编制印发公务员诚信手册，深入开展公务员诚信、守法和道德教育。',
    responsibleText: '自治区党委组织部、人力资源社会保障厅、公务员局',
    responsible: ['NMG-ZZB', 'NMG-RST', 'NMG-GWYJ'],
    deadline: CONTINUOUS,
    deadlineText: '持续 实施',
    notes: ['原文时间进度“持续 实施”中有OCR空格。'],
  },
  {
    seq: 8,
    title: '政府及公务员失信信息纳入政务失信记录',
    category: '政务失信记录',
    sourceText:
      '将各级人民政府及其部门和公务员在履职过程中，因违法违规、失信违约被司法判决、行政处罚、纪律处分、问责处理等信息，纳入政务失信记录。',
    responsibleText: '自治区各有关部门',
    responsible: ['NMG-ALL-RELEVANT'],
    deadline: END_OF_2017,
    deadlineText: '2017年 底前 完成',
    notes: ['原文时间进度“2017年 底前 完成”中有OCR空格。'],
  },
  {
    seq: 9,
    title: '采集公开政务失信记录并归集至信用平台',
    category: '信息归集',
    sourceText:
      '负责依法采集和公开各级人民政府及其部门和全区公务员的政务失信记录，并归集至自治区社会信用信息平台，依托“信用内蒙古”网站依法依规逐步予以公开。',
    responsibleText: '自治区发展改革委',
    responsible: ['NMG-FGW'],
    deadline: CONTINUOUS,
    deadlineText: '持续 实施',
    notes: ['原文时间进度“持续 实施”中有OCR空格。'],
  },
  {
    seq: 10,
    title: '向自治区社会信用信息平台报送政务失信信息',
    category: '信息归集',
    sourceText:
      '各级监察、人民法院、人民检察院、组织、人力资源和社会保障等部门在符合法定程序和条件时，按要求向自治区社会信用信息平台报送本单位掌握的政务失信信息，为信息的跨部门共享应用创造条件。',
    responsibleText: '自治区党委组织部、监察厅、高级人民法院、人民检察院、人力资源社会保障厅、公务员局',
    responsible: ['NMG-ZZB', 'NMG-JCT', 'NMG-GJFY', 'NMG-JCY', 'NMG-RST', 'NMG-GWYJ'],
    deadline: CONTINUOUS,
    deadlineText: '持续 实施',
    notes: [
      '原文时间进度“持续 实施”中有OCR空格。',
      '原文“监察”指当时的监察厅（2018年监察体制改革前），照录。',
    ],
  },
  {
    seq: 11,
    title: '公务员评优评先查询信用记录',
    category: '信用应用',
    sourceText:
      '在公务员评优评先等事项中应查询信用记录和信用档案，对信用记录良好的公务员，在评优评先等方面予以优先考虑。',
    responsibleText: '自治区党委组织部、人力资源社会保障厅、公务员局',
    responsible: ['NMG-ZZB', 'NMG-RST', 'NMG-GWYJ'],
    deadline: CONTINUOUS,
    deadlineText: '持续 实施',
    notes: ['原文时间进度“持续 实施”中有OCR空格。'],
  },
  {
    seq: 12,
    title: '对失信政府部门和公务员取消评优资格并追责',
    category: '失信惩戒',
    sourceText:
      '对存在失信行为的政府部门和公务员，视失信情况，依规取消参加各类荣誉评选资格，并予以公开通报批评，对造成政务失信行为的主要负责人和相关责任人依法依规追究责任。',
    responsibleText: '自治区党委组织部、人力资源社会保障厅、公务员局',
    responsible: ['NMG-ZZB', 'NMG-RST', 'NMG-GWYJ'],
    deadline: CONTINUOUS,
    deadlineText: '持续 实施',
    notes: ['原文时间进度“持续 实施”中有OCR空格。'],
  },
  {
    seq: 13,
    title: '建立公务员失信纠错和信用修复机制',
    category: '信用修复',
    sourceText:
      '建立自我纠错、主动自新的关爱机制，公务员在政务失信行为发生后，主动挽回损失、消除不良影响或者有效阻止危害结果发生的，可减免或从轻实施失信惩戒措施。建立公务员信用信息异议、投诉制度和纠错、修复机制，拓展公务员失信记录信用修复方式和渠道。',
    responsibleText: '自治区各部门',
    responsible: ['NMG-ALL-DEPTS'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
    notes: ['原文表格此格带有<p>标签，sourceText去掉标签。'],
  },
  {
    seq: 14,
    title: '建立政府采购政务诚信责任制度',
    category: '重点领域政务诚信',
    sourceText:
      '研究制定自治区政府采购政务诚信责任制度，加强对采购人在项目履约验收环节信用情况的监督，依法处理采购人及有关责任人在政府采购活动中的违法违规失信行为。进一步完善自治区公共资源交易平台，提高政府采购活动的透明度。',
    responsibleText: '自治区发展改革委、财政厅、公共资源交易管理中心',
    responsible: ['NMG-FGW', 'NMG-CZT', 'NMG-GGZY'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
    notes: [
      '原文表格此格带有<p>标签，sourceText去掉标签。',
      '负责单位“公共资源交易管理服务中心”（第5项）与“公共资源交易管理中心”（第14、16项）按同一单位处理。',
    ],
  },
  {
    seq: 15,
    title: '建立政府与社会资本合作项目政务失信记录',
    category: '重点领域政务诚信',
    sourceText:
      '对政府与社会资本合作项目操作过程中的政府失信行为进行公示，并依法追究相关部门及人员责任。依托自治区社会信用信息平台建立政府与社会资本合作项目执行过程中的政务失信记录数据库，建立项目责任回溯机制，将项目守信履约情况与实施成效纳入项目政府方责任人信用记录。',
    responsibleText: '自治区发展改革委、财政厅',
    responsible: ['NMG-FGW', 'NMG-CZT'],
    deadline: END_OF_2017,
    deadlineText: '2017年底前完成',
    notes: ['原文表格此格带有<p>标签，sourceText去掉标签。'],
  },
  {
    seq: 16,
    title: '健全招标投标信用评价和诚信档案',
    category: '重点领域政务诚信',
    sourceText:
      '建立招标投标信用评价指标和标准体系，推广和应用第三方信用报告制度，扩大招标投标信用信息公开和共享范围，健全招标投标信用信息公开和共享制度。建立完善招标投标诚信档案和多部门联合奖惩机制，公布招标投标不良行为“黑名单”。通过“信用内蒙古”网站，依法依规向市场主体和社会公众公开各级人民政府掌握的有关招投标代理机构资质信息、信用信息及动态监管信息等。',
    responsibleText:
      '自治区财政厅、住房城乡建设厅、国土资源厅、水利厅、公共资源交易管理中心，各盟行政公署、市人民政府',
    responsible: ['NMG-CZT', 'NMG-ZJT', 'NMG-GTT', 'NMG-SLT', 'NMG-GGZY', 'NMG-LEAGUE-CITIES'],
    deadline: END_OF_2017,
    deadlineText: '2017年底前完成',
    notes: [
      '原文表格此格带有<p>标签，sourceText去掉标签。',
      '负责单位“公共资源交易管理服务中心”（第5项）与“公共资源交易管理中心”（第14、16项）按同一单位处理。',
    ],
  },
  {
    seq: 17,
    title: '规范招商引资行为，履行政策承诺',
    category: '重点领域政务诚信',
    sourceText:
      '完善地方政府招商引资法规、规章，避免过度优惠、违法优惠、恶性竞争。规范地方政府招商引资行为，认真履行依法作出的政策承诺和签订的各项合同。因国家利益、公共利益或其他法定事由需要改变政府承诺和合同约定的，要严格依照法定权限和程序进行，并对企业和投资人因此而受到的财产损失依法予以补偿。',
    responsibleText: '自治区商务厅，各盟行政公署、市人民政府',
    responsible: ['NMG-SWT', 'NMG-LEAGUE-CITIES'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
    notes: ['原文表格此格带有<p>标签，sourceText去掉标签。'],
  },
  {
    seq: 18,
    title: '建立地方政府信用评级和债务风险预警机制',
    category: '重点领域政务诚信',
    sourceText:
      '建立地方政府信用评级制度，促进政府举债依法依规、规模适度、风险可控和程序透明。强化地方政府债务预算约束，健全地方政府债务监管体系，建立地方政府债务风险评估和预警机制、应急处置机制以及责任追究机制。及时处理政府拖欠工程款和农民工工资等失信行为。',
    responsibleText: '自治区财政厅',
    responsible: ['NMG-CZT'],
    deadline: END_OF_2017,
    deadlineText: '2017年底 前完成',
    notes: ['原文时间进度“2017年底 前完成”中有OCR空格。'],
  },
  {
    seq: 19,
    title: '建立街道和苏木乡镇公开承诺制度',
    category: '基层政务诚信',
    sourceText:
      '建立街道和苏木乡镇公开承诺制度，加大街道和苏木乡镇政务、财务公开力度，确保就业、物业、就学、家政、计生、养老、助残、扶贫、医保、住房、出行、停车、防火防盗、拥军优属、便民服务等各项公共服务和优惠政策有效落实到基层民众，并将各项工作守信践诺情况纳入街道、苏木乡镇绩效考核体系。鼓励有条件的地区开展诚信街道、诚信乡镇创建活动。',
    responsibleText: '自治区民政厅，各盟行政公署、市人民政府',
    responsible: ['NMG-MZT', 'NMG-LEAGUE-CITIES'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
  },
  {
    seq: 20,
    title: '建立政务诚信评价标准并实施考核评价',
    category: '监督考核',
    sourceText:
      '建立自治区政务诚信评价标准，由上级人民政府定期对下级人民政府进行政务诚信监督检查，实施政务诚信考核评价，考评结果作为对政府绩效考核的重要依据。',
    responsibleText: '自治区社会信用体系建设领导小组办公室、党委组织部、政府督查室',
    responsible: ['NMG-XYB', 'NMG-ZZB', 'NMG-DCS'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
  },
  {
    seq: 21,
    title: '接受人大、政协监督并通报政务诚信建设情况',
    category: '监督考核',
    sourceText:
      '依法接受同级人大的监督，接受政协的民主监督，并定期向同级人大及其常委会、政协通报政务诚信建设推进情况。',
    responsibleText: '各盟行政公署、市人民政府',
    responsible: ['NMG-LEAGUE-CITIES'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
  },
  {
    seq: 22,
    title: '鼓励第三方开展政务诚信监测评价和预警',
    category: '监督考核',
    sourceText:
      '鼓励信用服务机构、高校及科研院所等社会第三方机构建立政务诚信监督机制，探索开展各级政府政务诚信大数据监测、评价和预警。',
    responsibleText: '自治区各部门，各盟行政公署、市人民政府',
    responsible: ['NMG-ALL-DEPTS', 'NMG-LEAGUE-CITIES'],
    deadline: CONTINUOUS,
    deadlineText: '持续实施',
  },
];

export function nmgIntegrityTaskCode(seq: number): string {
  return `NMG-T${String(seq).padStart(2, '0')}`;
}

function taskFor(row: TableRow, unitCode: string): TaskDefinition {
  const coUnits = row.responsible.filter((code) => code !== unitCode);
  return {
    code: nmgIntegrityTaskCode(row.seq),
    title: row.title,
    category: row.category,
    sourceText: row.sourceText,
    deadline: row.deadline,
    deadlineText: row.deadlineText,
    evidence: EV_PROGRESS,
    ...(coUnits.length > 0 ? { coUnits } : {}),
    notes: [`负责单位（原文）：${row.responsibleText}`, ...(row.notes ?? [])],
  };
}

export const nmgIntegrityTasks2017: TaskListPreset = {
  id: 'nmg-integrity-tasks-2017',
  name: '加强政务诚信建设实施方案重点任务分工及进度安排表',
  year: 2017,
  region: '内蒙古自治区',
  source: {
    title: '内蒙古自治区关于加强政务诚信建设的实施方案',
    docNumber: '内政发〔2017〕123号',
    seedFile: '001_c2ab0a5f5363add5.txt',
    annex: '附件 加强政务诚信建设实施方案重点任务分工及进度安排表',
    issuedBy: '内蒙古自治区人民政府',
    year: 2017,
  },
  notes: [
    '任务编码为NMG-T加两位序号（与原文序号一致）；同一任务出现在每个负责单位的清单中，编码相同，coUnits为同一行的其他负责单位编码。',
    '单位编码：集体单位用NMG-ALL-RELEVANT（自治区各有关部门）、NMG-ALL-DEPTS（自治区各部门）、NMG-LEAGUE-CITIES（各盟行政公署、市人民政府，类型LEAGUE_CITY）；具体厅局用“NMG-”加简称拼音首字母。原文“自治区各有关部门”与“自治区各部门”措辞不同，分别保留。',
    '负责单位栏中“自治区”只写在第一个单位前（如“自治区党委组织部、人力资源社会保障厅、公务员局”），其后各单位均按自治区级单位处理。',
    '时间进度：“持续实施”为持续推进；“2017年底前完成”为2017-12-31。原文多处有OCR空格（如“2017年 底前 完成”“持续 实施”），照录于deadlineText。',
    '原文未写佐证材料要求，统一要求工作方案、制度文件或进展材料至少1份。',
  ],
  units: RESPONSIBLE_UNITS.map((unit) => ({
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    tasks: TABLE.filter((row) => row.responsible.includes(unit.code)).map((row) => taskFor(row, unit.code)),
  })),
};
