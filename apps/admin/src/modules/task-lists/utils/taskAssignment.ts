import type { UnitTask } from './taskMatrix';

/** The matrix turned around: for each task, the units that have it. */
export function unitsByTask(tasksByUnit: ReadonlyMap<string, UnitTask[]>): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const [unitId, tasks] of tasksByUnit) {
    for (const t of tasks) {
      const units = result.get(t.task.id) ?? new Set<string>();
      units.add(unitId);
      result.set(t.task.id, units);
    }
  }
  return result;
}

export interface ClassCount {
  unitClass: string;
  units: number;
  /** units of the class that do not have the task yet */
  missing: number;
}

/** Every class tag among the units, with how many units carry it and how many of those still lack the task. */
export function classCounts(units: ReadonlyArray<{ id: string; classes: readonly string[] }>, assigned: ReadonlySet<string>): ClassCount[] {
  const counts = new Map<string, ClassCount>();
  for (const unit of units) {
    for (const unitClass of unit.classes) {
      const c = counts.get(unitClass) ?? { unitClass, units: 0, missing: 0 };
      c.units += 1;
      if (!assigned.has(unit.id)) c.missing += 1;
      counts.set(unitClass, c);
    }
  }
  return [...counts.values()].sort((a, b) => a.unitClass.localeCompare(b.unitClass));
}
