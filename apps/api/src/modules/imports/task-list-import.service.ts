import { createHash } from 'node:crypto';
import type { TaskDefinition as ListTask } from '@govtrust/indicators';
import { In, IsNull, type DataSource } from 'typeorm';
import { requireCan, type AuthContext } from '../../common/auth/guards';
import { Action } from '../../common/auth/permissions';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import type { AuditContext } from '../audit/audit.service';
import { AssessmentCycle } from '../cycles/assessment-cycle.entity';
import type { TaskListImportMode } from '../task-lists/dto/task-list.inputs';
import { TaskDefinition } from '../task-lists/task-definition.entity';
import type { TaskListService } from '../task-lists/task-list.service';
import { Unit } from '../units/unit.entity';
import {
  isUnchangedExample,
  TASK_LIST_IMPORT_MAX_ROWS,
  TASK_LIST_SHEET,
  taskListColumns,
  taskListHeaderOf,
} from './task-list-import.columns';
import { parseTaskRow, type ParsedTaskRow } from './task-list-import.rows';
import { zipMessages } from './unit-import.service';
import { readSheetRows, rowProblem, type ImportProblem } from './xlsx-rows';
import { checkZip } from './zip-guard';

export interface TaskListImportOptions {
  mode: TaskListImportMode;
  dryRun: boolean;
}

export interface TaskListFileImportResult {
  units: number;
  tasks: number;
  assignments: number;
  dues: number;
  errors: ImportProblem[];
  dryRun: boolean;
}

/**
 * 任务清单导入: every row is checked (fields, 完成时限 read by parseDeadlineText, unit codes in the
 * database, duplicate task codes); then the whole list is written by TaskListService.importTasks —
 * the preset import's code path, one transaction with audit rows — or nothing is written and every
 * problem is returned.
 */
export class TaskListImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taskLists: TaskListService,
  ) {}

  /** Checked before the upload is read. */
  assertCanImport(ctx: AuthContext): void {
    requireCan(ctx, Action.CONFIG_MANAGE);
  }

  async importTaskLists(
    ctx: AuditContext,
    cycleId: string,
    file: { buffer: Buffer; fileName: string },
    options: TaskListImportOptions,
  ): Promise<TaskListFileImportResult> {
    this.assertCanImport(ctx);
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(AssessmentCycle, { id: cycleId }))) throw AppError.notFound('考核周期');
    // the state checks come first, so a dry run answers what the real import would
    if (options.mode === 'create' && (await manager.existsBy(TaskDefinition, { cycleId }))) {
      throw new AppError(ErrorCode.INVALID_STATE, '该考核周期已导入任务清单（如需整体替换，请选择“替换”方式）');
    }
    if (options.mode === 'replace') await this.taskLists.assertReplaceable(manager, cycleId);
    const zip = checkZip(file.buffer);
    if (!zip.ok) {
      throw new AppError(ErrorCode.FILE_REJECTED, zipMessages[zip.problem], { reason: 'ZIP_REJECTED', zipProblem: zip.problem });
    }
    const sheet = await readSheetRows(file.buffer, taskListColumns, {
      sheetName: TASK_LIST_SHEET,
      maxRows: TASK_LIST_IMPORT_MAX_ROWS,
    });
    if (!sheet.ok) throw new AppError(ErrorCode.FILE_REJECTED, sheet.message, { reason: sheet.reason });

    const problems: ImportProblem[] = [...sheet.problems];
    const parsed: ParsedTaskRow[] = [];
    for (const row of sheet.rows) {
      if (isUnchangedExample(row.values)) continue;
      const result = parseTaskRow(row);
      parsed.push(result.parsed);
      problems.push(...result.problems);
    }
    const units = await this.group(parsed, problems);
    const empty = { units: 0, tasks: 0, assignments: 0, dues: 0 };
    if (problems.length === 0 && units.length === 0) {
      problems.push({ row: 1, column: taskListHeaderOf.taskCode, message: '文件中没有任务行' });
    }
    if (problems.length > 0) return { ...empty, errors: sortProblems(problems), dryRun: options.dryRun };
    const tasks = units.reduce((n, u) => n + u.tasks.length, 0);
    if (options.dryRun) return { ...empty, units: units.length, tasks, errors: [], dryRun: true };

    const result = await this.taskLists.importTasks(ctx, cycleId, units, options.mode, {
      audit: { fileName: file.fileName, sha256: createHash('sha256').update(file.buffer).digest('hex') },
    });
    return { units: units.length, ...result, errors: [], dryRun: false };
  }

  /** Cross-row and database checks: unit codes that exist, task codes used once; rows grouped by unit. */
  private async group(
    parsed: ParsedTaskRow[],
    problems: ImportProblem[],
  ): Promise<Array<{ code: string; tasks: ListTask[] }>> {
    const codes = [...new Set(parsed.map((p) => p.unitCode).filter((c): c is string => c !== null))];
    const known = new Set<string>();
    for (let i = 0; i < codes.length; i += 500) {
      const found = await this.dataSource.manager.find(Unit, {
        where: { code: In(codes.slice(i, i + 500)), archivedAt: IsNull() },
        select: { code: true },
      });
      for (const unit of found) known.add(unit.code);
    }
    const firstRowOf = new Map<string, number>();
    const byUnit = new Map<string, ListTask[]>();
    for (const { row, unitCode, task } of parsed) {
      if (unitCode && !known.has(unitCode)) {
        problems.push(rowProblem(row, taskListHeaderOf.unitCode, `「${unitCode}」不存在或已归档，请先导入单位`));
      }
      if (task) {
        const first = firstRowOf.get(task.code);
        if (first !== undefined) {
          problems.push(rowProblem(row, taskListHeaderOf.taskCode, `「${task.code}」与第${first}行重复`));
        } else firstRowOf.set(task.code, row);
      }
      if (!task || !unitCode || !known.has(unitCode)) continue;
      const tasks = byUnit.get(unitCode) ?? [];
      tasks.push(task);
      byUnit.set(unitCode, tasks);
    }
    return [...byUnit.entries()].map(([code, tasks]) => ({ code, tasks }));
  }
}

const columnOrder = new Map(taskListColumns.map((c, i) => [c.header, i]));

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.row - b.row || (columnOrder.get(a.column) ?? 0) - (columnOrder.get(b.column) ?? 0));
}
