import { UnitKind } from '../units/unit-kind';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  /** code of the parent demo unit */
  parentCode: string | null;
  classes?: string[];
}

/**
 * The 36 departments of 根河市's 2023 task list (seed 004, Annex 1) in 序号 order, codes as in
 * `@govtrust/indicators` presets/genhe-departments.ts. Copied here because the package index does
 * not export the presets yet; `loadDemoUnits` is the one place to rewire to
 * `genheTasks2023.units` once it does.
 */
const genheDepartments: ReadonlyArray<readonly [code: string, name: string]> = [
  ['GH-ZZB', '市委组织部'],
  ['GH-XCB', '市委宣传部'],
  ['GH-BB', '市委编办'],
  ['GH-FGW', '市发改委'],
  ['GH-JTJ', '市教体局'],
  ['GH-NMSL', '市农牧水利科技局'],
  ['GH-GXJ', '市工信局'],
  ['GH-MW', '市民委'],
  ['GH-GAJ', '市公安局'],
  ['GH-MZJ', '市民政局'],
  ['GH-SFJ', '市司法局'],
  ['GH-CZJ', '市财政局'],
  ['GH-RSJ', '市人社局'],
  ['GH-ZRZY', '市自然资源局'],
  ['GH-STHJ', '市生态环境局'],
  ['GH-ZJJ', '市住建局'],
  ['GH-JTYS', '市交通运输局'],
  ['GH-WLJ', '市文旅局'],
  ['GH-WJW', '市卫健委'],
  ['GH-TYJR', '市退役军人事务局'],
  ['GH-YJJ', '市应急局'],
  ['GH-SJJ', '市审计局'],
  ['GH-SCJG', '市市场监管局'],
  ['GH-TJJ', '市统计局'],
  ['GH-LCJ', '市林草局'],
  ['GH-YBJ', '市医保局'],
  ['GH-XFJ', '市信访局'],
  ['GH-ZWFW', '市政务服务局'],
  ['GH-XFZD', '市消防支队'],
  ['GH-QXJ', '市气象局'],
  ['GH-YCZM', '市烟草专卖公司'],
  ['GH-FY', '市人民法院'],
  ['GH-ZGH', '市总工会'],
  ['GH-GSL', '市工商联'],
  ['GH-SWJ', '税务局'],
  ['GH-RMYH', '中国人民银行根河市中心支行'],
];

/** Region hierarchy first (parents before children), then the departments under 根河市. */
export function loadDemoUnits(): DemoUnit[] {
  return [
    { code: 'NMG', name: '内蒙古自治区', kind: UnitKind.REGION, parentCode: null },
    { code: 'HLBE', name: '呼伦贝尔市', kind: UnitKind.LEAGUE_CITY, parentCode: 'NMG' },
    { code: 'GH', name: '根河市', kind: UnitKind.COUNTY, parentCode: 'HLBE' },
    ...genheDepartments.map(([code, name]) => ({
      code,
      name,
      kind: UnitKind.DEPARTMENT,
      parentCode: 'GH',
    })),
  ];
}
