/**
 * `govtrust-score score <input> --system <presetId|system.json> [--explain unit] [--out file]
 * [--unit-kind KIND]`: read, validate every row, score, then write and print.
 */
import { resolve } from 'node:path';
import type { IndicatorSystem, ScoreCard, UnitKind } from '../model';
import type { CommandContext } from './context';
import { scoreUnits } from './engine';
import { ProblemList, UserError } from './errors';
import { findCard, renderExplanation } from './explain';
import { loadSystem } from './load-system';
import { renderRanking } from './ranking';
import { readInput } from './read-input';
import { parseUnitKind, unitKindLabel } from './unit-kinds';
import { validateRecords } from './validate-input';
import { checkOutputPath } from './write-atomic';
import { writeResultsJson } from './write-json';
import { writeResultsXlsx } from './write-xlsx';

export interface ScoreOptions {
  system: string;
  explain?: string;
  out?: string;
  unitKind?: string;
}

function resolveUnitKind(system: IndicatorSystem, text: string | undefined): UnitKind | undefined {
  if (text === undefined) return undefined;
  const kind = parseUnitKind(text);
  const allowed = system.unitKinds.map((k) => `${k}（${unitKindLabel(k)}）`).join('、');
  if (!kind) throw new UserError(`未知的单位类型“${text}”，可用：${allowed}`);
  if (!system.unitKinds.includes(kind)) {
    throw new UserError(`指标体系“${system.name}”不评价${unitKindLabel(kind)}，可用：${allowed}`);
  }
  return kind;
}

export async function scoreCommand(input: string, options: ScoreOptions, context: CommandContext): Promise<void> {
  const system = loadSystem(options.system, context.registry, context.cwd);
  const unitKind = resolveUnitKind(system, options.unitKind);
  const outPath = options.out === undefined ? undefined : resolve(context.cwd, options.out);
  const outKind = outPath === undefined ? undefined : checkOutputPath(outPath, ['.xlsx', '.json']);
  if (outPath !== undefined && outPath === resolve(context.cwd, input)) {
    throw new UserError(`输出文件不能与输入文件相同：${outPath}`);
  }

  const problems = new ProblemList();
  const records = await readInput(resolve(context.cwd, input), system, {
    defaultUnitKind: unitKind,
    warn: (message) => context.io.stderr(`提示：${message}\n`),
    problems,
  });
  const selected = unitKind ? records.filter((record) => record.submission.unit.kind === unitKind) : records;
  const submissions = validateRecords(system, selected, problems);
  if (submissions.length === 0) throw new UserError(`输入中没有${unitKind ? unitKindLabel(unitKind) : ''}单位的数据`);
  const cards: ScoreCard[] = scoreUnits(system, submissions);
  const explained = options.explain === undefined ? undefined : findCard(cards, options.explain);

  if (outPath !== undefined) {
    if (outKind === '.xlsx') await writeResultsXlsx(outPath, system, cards);
    else writeResultsJson(outPath, cards);
  }
  context.io.stdout(renderRanking(system, cards));
  if (explained) context.io.stdout('\n' + renderExplanation(system, explained));
  if (outPath !== undefined) context.io.stdout(`\n已写入：${outPath}\n`);
}
