import { calendarDaysAfter } from '../calendar/working-calendar';

/** Where one task due in a period stands for one unit. */
export type CompletionStatus = 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING';

export const completionStatusNames: Record<CompletionStatus, string> = {
  ON_TIME: '按时报送',
  LATE: '迟报',
  MISSING: '逾期未报',
  PENDING: '未到期未报',
};

export interface CompletionFact {
  unitId: string;
  unitCode: string;
  unitName: string;
  taskId: string;
  taskCode: string;
  taskTitle: string;
  dueDate: string | null;
  submittedAt: Date | null;
  late: boolean;
  lateDays: number;
  returnCount: number;
}

/** Submitted → on time or late (measured at the first submission); not submitted → missing once the due date has passed. */
export function completionStatus(f: Pick<CompletionFact, 'dueDate' | 'submittedAt' | 'late'>, today: string): CompletionStatus {
  if (f.submittedAt) return f.late ? 'LATE' : 'ON_TIME';
  return f.dueDate !== null && today > f.dueDate ? 'MISSING' : 'PENDING';
}

export interface CompletionCounts {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  returned: number;
  /** on time / (on time + late + missing); null when nothing was due yet */
  timelyRate: number | null;
}

export interface CompletionGroup extends CompletionCounts {
  key: string;
  code: string;
  name: string;
}

function emptyCounts(): CompletionCounts {
  return { expected: 0, onTime: 0, late: 0, missing: 0, pending: 0, returned: 0, timelyRate: null };
}

function add(c: CompletionCounts, status: CompletionStatus, returned: boolean): void {
  c.expected += 1;
  if (status === 'ON_TIME') c.onTime += 1;
  else if (status === 'LATE') c.late += 1;
  else if (status === 'MISSING') c.missing += 1;
  else c.pending += 1;
  if (returned) c.returned += 1;
}

function finish(c: CompletionCounts): void {
  const due = c.onTime + c.late + c.missing;
  c.timelyRate = due === 0 ? null : c.onTime / due;
}

/** Counts per unit and per task (each sorted by code), plus the late and missing rows in detail. */
export function summariseCompletion(facts: readonly CompletionFact[], today: string) {
  const byUnit = new Map<string, CompletionGroup>();
  const byTask = new Map<string, CompletionGroup>();
  const overdue: Array<CompletionFact & { status: CompletionStatus; overdueDays: number }> = [];
  const total = emptyCounts();
  for (const f of facts) {
    const status = completionStatus(f, today);
    const returned = f.returnCount > 0;
    const unit = byUnit.get(f.unitId) ?? { key: f.unitId, code: f.unitCode, name: f.unitName, ...emptyCounts() };
    const task = byTask.get(f.taskId) ?? { key: f.taskId, code: f.taskCode, name: f.taskTitle, ...emptyCounts() };
    add(unit, status, returned);
    add(task, status, returned);
    add(total, status, returned);
    byUnit.set(f.unitId, unit);
    byTask.set(f.taskId, task);
    if (status === 'LATE') overdue.push({ ...f, status, overdueDays: f.lateDays });
    if (status === 'MISSING') overdue.push({ ...f, status, overdueDays: calendarDaysAfter(f.dueDate!, today) });
  }
  const sorted = (m: Map<string, CompletionGroup>) => [...m.values()].sort((a, b) => a.code.localeCompare(b.code));
  const units = sorted(byUnit);
  const tasks = sorted(byTask);
  for (const g of [...units, ...tasks, total]) finish(g);
  overdue.sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.taskCode.localeCompare(b.taskCode));
  return { units, tasks, total, overdue };
}

export type CompletionSummary = ReturnType<typeof summariseCompletion>;
