import { createHash } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { requireAnyOf, requireCan, type AuthContext } from '../../common/auth/guards';
import { Action } from '../../common/auth/permissions';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '../../common/errors/error-codes';
import type { AuditContext, AuditService } from '../audit/audit.service';
import { Unit } from '../units/unit.entity';
import { allowedParentKinds, UnitKind } from '../units/unit-kind';
import { isUnchangedExample, kindLabels, UNIT_IMPORT_MAX_ROWS, unitColumns } from './unit-import.columns';
import { headerOf, parseUnitRow, type ParsedUnitRow, type UsccCheck } from './unit-import.rows';
import { UNIT_TEMPLATE_SHEET } from './unit-template';
import { readSheetRows, rowProblem, type ImportProblem } from './xlsx-rows';
import { checkZip, type ZipProblem } from './zip-guard';

export type UnitImportMode = 'create' | 'upsert';

export interface UnitImportOptions {
  /** create: an existing code is an error; upsert: an existing unit is updated */
  mode: UnitImportMode;
  /** validate only, write nothing */
  dryRun: boolean;
}

export interface UnitImportResult {
  created: number;
  updated: number;
  errors: ImportProblem[];
  dryRun: boolean;
}

interface PlannedRow extends ParsedUnitRow {
  code: string;
  kind: UnitKind;
  existing: Unit | null;
}

export const zipMessages: Record<ZipProblem, string> = {
  NOT_A_ZIP: '文件不是有效的 .xlsx 文件',
  ZIP64: '文件过大或格式不受支持',
  ENCRYPTED: '文件已加密，请取消密码保护后重新上传',
  UNSUPPORTED_COMPRESSION: '文件压缩格式不受支持，请用 Excel 另存为 .xlsx 后重新上传',
  TOO_MANY_ENTRIES: '文件结构异常（内部文件过多），已拒绝',
  TOO_LARGE: '文件解压后过大（疑似压缩炸弹），已拒绝',
  CORRUPT: '文件已损坏或结构异常，已拒绝',
};

const CHUNK = 500;

/**
 * 单位导入: every row is checked (fields, kinds, parents in the database or earlier in the file,
 * USCC, duplicate codes) and then either all rows are written in one transaction with their audit
 * rows, or nothing is written and every problem is returned.
 */
export class UnitImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly validateUscc: UsccCheck,
  ) {}

  /**
   * Checked before the upload is read. Importing creates units, so it needs UNIT_MANAGE as well as
   * an import capability: the evaluator imports data (DATA_IMPORT) but must not change configuration.
   */
  assertCanImport(ctx: AuthContext): void {
    requireAnyOf(ctx, [Action.CONFIG_MANAGE, Action.DATA_IMPORT]);
    requireCan(ctx, Action.UNIT_MANAGE);
  }

  async importUnits(
    ctx: AuditContext,
    file: { buffer: Buffer; fileName: string },
    options: UnitImportOptions,
  ): Promise<UnitImportResult> {
    this.assertCanImport(ctx);
    const zip = checkZip(file.buffer);
    if (!zip.ok) {
      throw new AppError(ErrorCode.FILE_REJECTED, zipMessages[zip.problem], { reason: 'ZIP_REJECTED', zipProblem: zip.problem });
    }
    const sheet = await readSheetRows(file.buffer, unitColumns, { sheetName: UNIT_TEMPLATE_SHEET, maxRows: UNIT_IMPORT_MAX_ROWS });
    if (!sheet.ok) throw new AppError(ErrorCode.FILE_REJECTED, sheet.message, { reason: sheet.reason });

    const problems: ImportProblem[] = [...sheet.problems];
    const parsed: ParsedUnitRow[] = [];
    for (const row of sheet.rows) {
      if (isUnchangedExample(row.values)) continue;
      const result = parseUnitRow(row, this.validateUscc);
      parsed.push(result.parsed);
      problems.push(...result.problems);
    }

    if (options.dryRun) {
      const plan = await this.plan(this.dataSource.manager, parsed, options.mode, problems);
      return { ...countOf(plan.rows), errors: sortProblems(plan.problems), dryRun: true };
    }
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plan(manager, parsed, options.mode, problems);
      if (plan.problems.length > 0) return { created: 0, updated: 0, errors: sortProblems(plan.problems), dryRun: false };
      const counts = await this.write(manager, ctx, plan.rows);
      if (counts.created + counts.updated === 0) return { ...counts, errors: [], dryRun: false };
      await this.audit.record(manager, ctx, {
        entity: 'UnitImport',
        entityId: null,
        action: 'IMPORT',
        after: {
          fileName: file.fileName,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          mode: options.mode,
          ...counts,
        },
      });
      return { ...counts, errors: [], dryRun: false };
    });
  }

  /** Cross-row and database checks; reads with `manager` so the transaction sees what it writes. */
  private async plan(
    manager: EntityManager,
    parsed: ParsedUnitRow[],
    mode: UnitImportMode,
    initial: ImportProblem[],
  ): Promise<{ rows: PlannedRow[]; problems: ImportProblem[] }> {
    const problems = [...initial];
    const problem = (row: number, key: keyof typeof headerOf, text: string) =>
      problems.push(rowProblem(row, headerOf[key], text));

    const codes = new Set<string>();
    for (const p of parsed) {
      if (p.code) codes.add(p.code);
      if (p.parentCode) codes.add(p.parentCode);
    }
    const inDb = await this.loadByCodes(manager, [...codes]);

    const firstRowOf = new Map<string, number>();
    for (const p of parsed) if (p.code && !firstRowOf.has(p.code)) firstRowOf.set(p.code, p.row);

    const inFile = new Map<string, PlannedRow>();
    const rows: PlannedRow[] = [];
    // codes whose own row is already wrong: their children are not blamed for it
    const unresolved = new Set<string>();
    for (const p of parsed) {
      if (!p.code || !p.kind) {
        if (p.code) unresolved.add(p.code);
        continue;
      }
      const { code, kind } = p;
      const first = firstRowOf.get(code)!;
      if (first !== p.row) {
        problem(p.row, 'code', `「${code}」与第${first}行重复`);
        continue;
      }
      const existing = inDb.get(code) ?? null;
      if (existing) {
        if (mode === 'create') {
          problem(p.row, 'code', `「${code}」已存在（如需更新已有单位，请选择“更新已有单位”方式导入）`);
        } else if (existing.archivedAt) {
          problem(p.row, 'code', `「${code}」对应的单位已归档，不能通过导入修改`);
        } else if (existing.kind !== kind) {
          problem(p.row, 'kind', `与系统中已有单位的类型（${kindLabels[existing.kind]}）不一致，导入不能修改单位类型`);
        }
      }
      const planned: PlannedRow = { ...p, code, kind, existing };
      inFile.set(code, planned);
      rows.push(planned);

      if (kind === UnitKind.REGION) {
        if (p.parentCode) problem(p.row, 'parentCode', '自治区不能指定上级单位');
        continue;
      }
      if (!p.parentCode) {
        problem(p.row, 'parentCode', `不能为空（${kindLabels[kind]}必须指定上级单位）`);
        continue;
      }
      if (unresolved.has(p.parentCode) && !inFile.has(p.parentCode)) continue;
      if (p.parentCode === code) {
        problem(p.row, 'parentCode', '不能是本单位');
        continue;
      }
      const parentInFile = inFile.get(p.parentCode);
      const parentInDb = inDb.get(p.parentCode);
      const parentKind = parentInFile?.kind ?? (parentInDb && !parentInDb.archivedAt ? parentInDb.kind : null);
      if (!parentKind) {
        const laterRow = firstRowOf.get(p.parentCode);
        if (laterRow !== undefined && laterRow > p.row) {
          problem(p.row, 'parentCode', `上级单位「${p.parentCode}」在第${laterRow}行，请把上级单位写在下级单位之前`);
        } else if (parentInDb?.archivedAt) {
          problem(p.row, 'parentCode', `上级单位「${p.parentCode}」已归档`);
        } else {
          problem(p.row, 'parentCode', `上级单位「${p.parentCode}」不存在（须已在系统中，或在本文件中写在前面的行）`);
        }
        continue;
      }
      if (!allowedParentKinds[kind].includes(parentKind)) {
        problem(p.row, 'parentCode', `${kindLabels[kind]}的上级不能是${kindLabels[parentKind]}（「${p.parentCode}」）`);
        continue;
      }
      if (existing && (await this.wouldCycle(manager, code, p.parentCode, inFile))) {
        problem(p.row, 'parentCode', `「${p.parentCode}」是本单位的下级，不能作为上级单位`);
      }
    }
    return { rows, problems };
  }

  /** Walks up from `parentCode` (this file's rows first, then the database) looking for `code`. */
  private async wouldCycle(
    manager: EntityManager,
    code: string,
    parentCode: string,
    inFile: Map<string, PlannedRow>,
  ): Promise<boolean> {
    let current: string | null = parentCode;
    for (let depth = 0; current && depth < 16; depth += 1) {
      if (current === code) return true;
      const planned = inFile.get(current);
      if (planned) {
        current = planned.parentCode;
        continue;
      }
      const unit: Unit | null = await manager.findOneBy(Unit, { code: current });
      const parent: Unit | null = unit?.parentId ? await manager.findOneBy(Unit, { id: unit.parentId }) : null;
      current = parent?.code ?? null;
    }
    return false;
  }

  private async write(manager: EntityManager, ctx: AuditContext, rows: PlannedRow[]): Promise<{ created: number; updated: number }> {
    const idByCode = new Map<string, string>();
    const parentCodes = [...new Set(rows.map((r) => r.parentCode).filter((c): c is string => c !== null))];
    for (const unit of (await this.loadByCodes(manager, parentCodes)).values()) idByCode.set(unit.code, unit.id);
    let created = 0;
    let updated = 0;
    for (const row of rows) {
      const parentId = row.parentCode ? (idByCode.get(row.parentCode) ?? null) : null;
      if (row.existing) {
        const before = { ...row.existing };
        const unit = row.existing;
        unit.name = row.name;
        unit.parentId = parentId;
        // optional cells left empty keep what the unit already has
        if (row.classes.length > 0) unit.classes = row.classes;
        if (row.uscc) unit.uscc = row.uscc;
        if (row.contacts.length > 0) unit.contacts = row.contacts;
        const after = await manager.save(Unit, unit);
        await this.audit.record(manager, ctx, { entity: 'Unit', entityId: after.id, action: 'UPDATE', unitId: after.id, before, after });
        idByCode.set(after.code, after.id);
        updated += 1;
      } else {
        const unit = await manager.save(
          Unit,
          manager.create(Unit, {
            code: row.code,
            name: row.name,
            kind: row.kind,
            parentId,
            classes: row.classes,
            uscc: row.uscc,
            contacts: row.contacts,
            archivedAt: null,
          }),
        );
        await this.audit.record(manager, ctx, { entity: 'Unit', entityId: unit.id, action: 'CREATE', unitId: unit.id, after: unit });
        idByCode.set(unit.code, unit.id);
        created += 1;
      }
    }
    return { created, updated };
  }

  private async loadByCodes(manager: EntityManager, codes: string[]): Promise<Map<string, Unit>> {
    const found = new Map<string, Unit>();
    for (let i = 0; i < codes.length; i += CHUNK) {
      const units = await manager.findBy(Unit, { code: In(codes.slice(i, i + CHUNK)) });
      for (const unit of units) found.set(unit.code, unit);
    }
    return found;
  }
}

function countOf(rows: PlannedRow[]): { created: number; updated: number } {
  const updated = rows.filter((r) => r.existing).length;
  return { created: rows.length - updated, updated };
}

const columnOrder = new Map(unitColumns.map((c, i) => [c.header, i]));

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.row - b.row || (columnOrder.get(a.column) ?? 0) - (columnOrder.get(b.column) ?? 0));
}
