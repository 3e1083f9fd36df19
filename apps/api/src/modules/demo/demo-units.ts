import { genheTasks2023 } from '@govtrust/indicators';
import { UnitKind } from '../units/unit-kind';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  /** code of the parent demo unit */
  parentCode: string | null;
  classes?: string[];
}

/** Region hierarchy first (parents before children), then the departments under 根河市. */
export function loadDemoUnits(): DemoUnit[] {
  return [
    { code: 'NMG', name: '内蒙古自治区', kind: UnitKind.REGION, parentCode: null },
    { code: 'HLBE', name: '呼伦贝尔市', kind: UnitKind.LEAGUE_CITY, parentCode: 'NMG' },
    { code: 'GH', name: '根河市', kind: UnitKind.COUNTY, parentCode: 'HLBE' },
    // the 36 departments of 根河市's 2023 task list (seed 004, Annex 1), in 序号 order
    ...genheTasks2023.units.map((unit) => ({
      code: unit.code,
      name: unit.name,
      kind: UnitKind.DEPARTMENT,
      parentCode: 'GH',
      classes: unit.classes ?? [],
    })),
  ];
}
