import { registerEnumType } from 'type-graphql';

/** 评价对象 kinds; REGION is the root of the hierarchy (自治区), never itself evaluated. */
export enum UnitKind {
  REGION = 'REGION',
  LEAGUE_CITY = 'LEAGUE_CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  DEPARTMENT = 'DEPARTMENT',
}

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: '单位类型',
  valuesConfig: {
    REGION: { description: '自治区（层级根节点）' },
    LEAGUE_CITY: { description: '盟市' },
    COUNTY: { description: '旗县（市、区）' },
    TOWNSHIP: { description: '乡镇（街道）' },
    DEPARTMENT: { description: '部门' },
  },
});

/** Which kind may sit under which (region → league/city → county → department/township). */
export const allowedParentKinds: Record<UnitKind, readonly UnitKind[]> = {
  [UnitKind.REGION]: [],
  [UnitKind.LEAGUE_CITY]: [UnitKind.REGION],
  [UnitKind.COUNTY]: [UnitKind.LEAGUE_CITY],
  [UnitKind.TOWNSHIP]: [UnitKind.COUNTY],
  [UnitKind.DEPARTMENT]: [UnitKind.REGION, UnitKind.LEAGUE_CITY, UnitKind.COUNTY],
};
