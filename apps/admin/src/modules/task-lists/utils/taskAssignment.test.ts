import { classCounts, unitsByTask } from './taskAssignment';
import type { UnitTask } from './taskMatrix';

const task = (id: string) => ({ assignmentId: `a-${id}`, dues: [], task: { id, code: id, title: id, deadline: {} } }) as unknown as UnitTask;

describe('unitsByTask', () => {
  it('lists the units holding each task', () => {
    const byTask = unitsByTask(new Map([['u1', [task('t1'), task('t2')]], ['u2', [task('t1')]], ['u3', []]]));
    expect([...(byTask.get('t1') ?? [])]).toEqual(['u1', 'u2']);
    expect([...(byTask.get('t2') ?? [])]).toEqual(['u1']);
    expect(byTask.has('t3')).toBe(false);
  });
});

describe('classCounts', () => {
  it('counts units per class and those still lacking the task', () => {
    const units = [
      { id: 'u1', classes: ['B', 'A'] },
      { id: 'u2', classes: ['A'] },
      { id: 'u3', classes: [] },
    ];
    expect(classCounts(units, new Set(['u1']))).toEqual([
      { unitClass: 'A', units: 2, missing: 1 },
      { unitClass: 'B', units: 1, missing: 0 },
    ]);
  });
});
