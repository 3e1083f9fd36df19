import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TaskDefinition } from '../model';
import { nmgIntegrityTaskCode, nmgIntegrityTasks2017 } from './nmg-integrity-tasks-2017';

// The seed documents live in ../shared/seeds beside the repository checkout.
const SEED_PATH = path.resolve(__dirname, '../../../../../shared/seeds/001_c2ab0a5f5363add5.txt');
const seed = fs.existsSync(SEED_PATH) ? fs.readFileSync(SEED_PATH, 'utf8') : null;
const withSeed = seed === null ? it.skip : it;
const seedSkipNote = seed === null ? `（跳过：未找到种子文件 ${SEED_PATH}）` : '';

const { units } = nmgIntegrityTasks2017;
const entries: Array<{ unit: string; task: TaskDefinition }> = units.flatMap((unit) =>
  unit.tasks.map((task) => ({ unit: unit.code, task })),
);
const holders = (code: string) => entries.filter(({ task }) => task.code === code).map(({ unit }) => unit);
const TASK_CODES = Array.from({ length: 22 }, (_, i) => nmgIntegrityTaskCode(i + 1));

describe('nmgIntegrityTasks2017 (重点任务分工及进度安排表)', () => {
  it('identifies itself', () => {
    expect(nmgIntegrityTasks2017.id).toBe('nmg-integrity-tasks-2017');
    expect(nmgIntegrityTasks2017.year).toBe(2017);
    expect(nmgIntegrityTasks2017.source.docNumber).toBe('内政发〔2017〕123号');
  });

  it('has exactly the 22 task codes NMG-T01…NMG-T22, each with at least one responsible unit', () => {
    expect(TASK_CODES[0]).toBe('NMG-T01');
    expect(TASK_CODES[21]).toBe('NMG-T22');
    expect(new Set(entries.map(({ task }) => task.code))).toEqual(new Set(TASK_CODES));
    for (const code of TASK_CODES) expect(holders(code).length).toBeGreaterThanOrEqual(1);
  });

  it('has unique unit codes, every unit with at least one task and no task twice in one list', () => {
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    for (const unit of units) {
      expect(unit.tasks.length).toBeGreaterThan(0);
      expect(new Set(unit.tasks.map((t) => t.code)).size).toBe(unit.tasks.length);
    }
  });

  it('keeps coUnits consistent: a task’s holders are exactly the unit plus its coUnits', () => {
    const codes = new Set(units.map((u) => u.code));
    for (const { unit, task } of entries) {
      const co = task.coUnits ?? [];
      expect(co).not.toContain(unit);
      for (const other of co) expect(codes.has(other)).toBe(true);
      expect(new Set([unit, ...co])).toEqual(new Set(holders(task.code)));
    }
  });

  it('repeats the same task text and deadline in every holder’s list', () => {
    for (const code of TASK_CODES) {
      const copies = entries.filter(({ task }) => task.code === code).map(({ task }) => task);
      for (const copy of copies) {
        expect([copy.sourceText, copy.deadline, copy.title]).toEqual([
          copies[0]?.sourceText,
          copies[0]?.deadline,
          copies[0]?.title,
        ]);
      }
    }
  });

  it('reads 时间进度 as continuous or the end of 2017', () => {
    for (const { task } of entries) {
      const text = (task.deadlineText ?? '').replace(/\s/g, '');
      if (text === '持续实施') expect(task.deadline).toEqual({ kind: 'CONTINUOUS' });
      else if (text === '2017年底前完成')
        expect(task.deadline).toEqual({ kind: 'FIXED', date: '2017-12-31' });
      else throw new Error(`unexpected 时间进度 ${task.deadlineText ?? ''}`);
    }
    expect(entries.filter(({ task }) => task.deadline.kind === 'FIXED').map(({ task }) => task.code)).toEqual(
      expect.arrayContaining(['NMG-T05', 'NMG-T06', 'NMG-T08', 'NMG-T15', 'NMG-T16', 'NMG-T18']),
    );
  });

  it('assigns the rows to the units the table names', () => {
    expect(holders('NMG-T07').sort()).toEqual(['NMG-GWYJ', 'NMG-RST', 'NMG-ZZB']);
    expect(holders('NMG-T10')).toHaveLength(6);
    expect(holders('NMG-T04')).toEqual(['NMG-FGW']);
    expect(holders('NMG-T16')).toHaveLength(6);
    // 公共资源交易管理服务中心 (row 5) and 公共资源交易管理中心 (rows 14, 16) are one unit
    const ggzy = units.find((u) => u.code === 'NMG-GGZY');
    expect(ggzy?.tasks.map((t) => t.code)).toEqual(['NMG-T05', 'NMG-T14', 'NMG-T16']);
    const leagues = units.find((u) => u.code === 'NMG-LEAGUE-CITIES');
    expect(leagues?.kind).toBe('LEAGUE_CITY');
    expect(leagues?.name).toBe('各盟行政公署、市人民政府');
  });

  withSeed(`keeps every sourceText and deadlineText verbatim from the seed${seedSkipNote}`, () => {
    const missing = entries
      .filter(
        ({ task }) => !seed?.includes(task.sourceText) || !seed.includes(`| ${task.deadlineText ?? ''} |`),
      )
      .map(({ task }) => task.code);
    expect(missing).toEqual([]);
  });
});
