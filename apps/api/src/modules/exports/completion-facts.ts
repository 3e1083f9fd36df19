import { In, IsNull, type EntityManager } from 'typeorm';
import { Submission } from '../submissions/submission.entity';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import { TaskDue } from '../task-lists/task-due.entity';
import { Unit } from '../units/unit.entity';
import type { CompletionFact } from './completion';

/** Every unit-reported task due in the period (archived units left out) with its submission. */
export async function loadCompletionFacts(manager: EntityManager, periodId: string): Promise<CompletionFact[]> {
  const dues = await manager.findBy(TaskDue, { periodId });
  if (dues.length === 0) return [];
  const [tasks, units, submissions] = await Promise.all([
    manager.findBy(TaskDefinition, { id: In([...new Set(dues.map((d) => d.taskId))]) }),
    manager.findBy(Unit, { id: In([...new Set(dues.map((d) => d.unitId))]), archivedAt: IsNull() }),
    manager.findBy(Submission, { periodId }),
  ]);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const submissionByKey = new Map(submissions.map((s) => [`${s.unitId}:${s.taskId}`, s]));
  const facts: CompletionFact[] = [];
  for (const due of dues) {
    const task = taskById.get(due.taskId);
    const unit = unitById.get(due.unitId);
    if (!task || !unit || task.dataSource !== 'UNIT_REPORT') continue;
    const s = submissionByKey.get(`${due.unitId}:${due.taskId}`);
    facts.push({
      unitId: unit.id,
      unitCode: unit.code,
      unitName: unit.name,
      taskId: task.id,
      taskCode: task.code,
      taskTitle: task.title,
      dueDate: due.dueDate,
      submittedAt: s?.submittedAt ?? null,
      late: s?.late ?? false,
      lateDays: s?.lateDays ?? 0,
      returnCount: s?.returnCount ?? 0,
    });
  }
  return facts;
}
