import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ScoreCard } from '../model';
import { miniRegistry, miniSample, miniSampleRows, miniSystem } from './__fixtures__/mini-system';
import type { PresetRegistry } from './preset-registry';
import { cli, listDir, makeTempDir, writeSampleCsv } from './__fixtures__/cli-harness';
import { templateWorkbook } from './write-template';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const rankedUnits = (out: string): string[] =>
  out
    .split('\n')
    .filter((line) => /^\s*\d+\s/.test(line))
    .map((line) => line.trim().split(/\s+/)[1] ?? '');

async function writeSampleXlsx(path: string, rows: string[][] = miniSampleRows): Promise<void> {
  const workbook = templateWorkbook(miniSystem);
  const sheet = workbook.getWorksheet('填报') as ExcelJS.Worksheet;
  rows.forEach((row, index) => {
    // numbers go in as numbers, the way Excel stores what a user types
    sheet.getRow(3 + index).values = row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell));
  });
  await workbook.xlsx.writeFile(path);
}

function writeSampleJson(path: string): void {
  writeFileSync(path, JSON.stringify({ submissions: miniSample }, null, 2));
}

describe('presets', () => {
  it('lists preset ids, names, kinds and sources', async () => {
    const result = await cli(['presets'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain('mini-2026');
    expect(result.out).toContain('mini-tasks-2026');
    expect(result.out).toContain('指标体系');
    expect(result.out).toContain('任务清单');
    expect(result.out).toContain('测试〔2026〕1号');
  });
});

describe('score', () => {
  it('scores CSV, XLSX and JSON input to the same ranking', async () => {
    const csv = writeSampleCsv(dir);
    const xlsx = join(dir, 'input.xlsx');
    await writeSampleXlsx(xlsx);
    const json = join(dir, 'input.json');
    writeSampleJson(json);

    const results = [];
    for (const input of [csv, xlsx, json]) {
      const out = join(dir, `${input.split('.').pop() ?? ''}-result.json`);
      const result = await cli(['score', input, '--system', 'mini-2026', '--out', out], dir);
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      results.push({ out: result.out.replace(/已写入：.*/, ''), cards: JSON.parse(readFileSync(out, 'utf8')) as ScoreCard[] });
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);

    const cards = results[0]?.cards ?? [];
    expect(cards.map((card) => [card.rank, card.unit.id])).toEqual([
      [1, 'U1'],
      [2, 'U3'],
      [3, 'U2'],
    ]);
    expect(cards[0]?.total).toBe('20.00');
    expect(rankedUnits(results[0]?.out ?? '')).toEqual(['甲县', '丙县（示范区）', '乙县']);
    expect(results[0]?.out).toMatch(/名次\s+单位\s+总分\s+信息归集\s+制度建设\s+等级/);
    expect(results[0]?.out).toContain('红名单');
  });

  it('reads a hand-made CSV without the key row', async () => {
    const input = join(dir, 'input.csv');
    writeFileSync(input, readFileSync(join(__dirname, '__fixtures__', 'mini-input.csv')));
    const result = await cli(['score', input, '-s', 'mini-2026'], dir);
    expect(result.code).toBe(0);
    expect(rankedUnits(result.out)).toEqual(['甲县', '丙县（示范区）', '乙县']);
  });

  it('takes a system JSON file instead of a preset id', async () => {
    writeFileSync(join(dir, 'system.json'), JSON.stringify(miniSystem));
    writeSampleCsv(dir);
    const result = await cli(['score', 'input.csv', '--system', 'system.json'], dir);
    expect(result.code).toBe(0);
    expect(rankedUnits(result.out)).toEqual(['甲县', '丙县（示范区）', '乙县']);
  });

  it('explains one unit indicator by indicator, found by id or by name', async () => {
    writeSampleCsv(dir);
    const byName = await cli(['score', 'input.csv', '--system', 'mini-2026', '--explain', '丙县（示范区）'], dir);
    const byId = await cli(['score', 'input.csv', '--system', 'mini-2026', '--explain', 'U3'], dir);
    expect(byName.code).toBe(0);
    expect(byName.out).toBe(byId.out);
    const explanation = byName.out.slice(byName.out.indexOf('单位：丙县'));
    expect(explanation).toContain('总分：11.50');
    expect(explanation).toMatch(/^C1 信息归集 {2}7\.00 \/ 10\.00 分$/m);
    expect(explanation).toMatch(/^ {2}C1\.1 双公示合规率 {2}3\.00 \/ 5\.00 分$/m);
    expect(explanation).toMatch(/^ {2}C2\.3 示范创建 {2}1\.50 \/ 3\.00 分$/m);
  });

  it('refuses to explain a unit that is not in the input', async () => {
    writeSampleCsv(dir);
    const result = await cli(['score', 'input.csv', '--system', 'mini-2026', '--explain', '丁县', '--out', 'r.json'], dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('找不到要解释的单位“丁县”');
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
  });

  it('writes XLSX results with a ranking sheet and a detail sheet', async () => {
    writeSampleCsv(dir);
    const result = await cli(['score', 'input.csv', '--system', 'mini-2026', '--out', 'results.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(listDir(dir)).toEqual(['input.csv', 'results.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'results.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['排名', '得分明细']);
    const ranking = workbook.getWorksheet('排名') as ExcelJS.Worksheet;
    expect(ranking.getRow(1).values).toEqual(
      expect.arrayContaining(['名次', '单位编码', '单位名称', '总分', '信息归集', '制度建设', '等级']),
    );
    expect(ranking.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ranking.getCell('C2').value).toBe('甲县');
    expect(ranking.getCell('E2').value).toBe(20);
    expect(ranking.getCell('E2').numFmt).toBe('0.00');
    const detail = workbook.getWorksheet('得分明细') as ExcelJS.Worksheet;
    // 3 units × (2 categories + 5 indicators)
    expect(detail.rowCount).toBe(1 + 3 * 7);
    expect(detail.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const u3c23 = detail.getRows(2, 21)?.find((row) => row.getCell(1).value === 'U3' && row.getCell(4).value === 'C2.3');
    expect(u3c23?.getCell(7).value).toBe(1.5);
    expect(String(u3c23?.getCell(9).value)).not.toBe('');
  });

  it('takes an exemption from the 免责说明 column', async () => {
    writeSampleCsv(dir, 'input.csv', (rows) => {
      const row = rows[0] as string[];
      row[4] = '';
      row[5] = '';
      row[11] = '本单位无行政处罚职能';
    });
    const result = await cli(['score', 'input.csv', '-s', 'mini-2026', '--explain', 'U2'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^ {2}C1\.1 双公示合规率 {2}5\.00 \/ 5\.00 分（豁免）$/m);
    expect(result.out).toContain('本单位无行政处罚职能');
  });

  it('scores only the units of --unit-kind and refuses an unknown kind', async () => {
    writeSampleCsv(dir);
    const ok = await cli(['score', 'input.csv', '--system', 'mini-2026', '--unit-kind', 'COUNTY'], dir);
    expect(ok.code).toBe(0);
    const unknown = await cli(['score', 'input.csv', '--system', 'mini-2026', '--unit-kind', 'PLANET'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('未知的单位类型“PLANET”');
    const other = await cli(['score', 'input.csv', '--system', 'mini-2026', '--unit-kind', 'TOWNSHIP'], dir);
    expect(other.code).toBe(1);
    expect(other.err).toContain('不评价乡镇（街道）');
  });
});

describe('score refuses broken input without writing output', () => {
  async function refused(argv: string[], expected: RegExp | string): Promise<string> {
    const before = listDir(dir);
    const result = await cli([...argv, '--out', 'results.xlsx'], dir);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
    if (typeof expected === 'string') expect(result.err).toContain(expected);
    else expect(result.err).toMatch(expected);
    expect(listDir(dir)).toEqual(before);
    return result.err;
  }

  it('a missing column', async () => {
    const csv = writeSampleCsv(dir);
    const text = readFileSync(csv, 'utf8').split('\r\n').map((line) => line.split(',').filter((_, i) => i !== 6).join(','));
    writeFileSync(csv, text.join('\r\n'));
    await refused(['score', 'input.csv', '-s', 'mini-2026'], '第1行：缺少列「失信被执行人数量」');
  });

  it('a non-numeric cell', async () => {
    writeSampleCsv(dir, 'input.csv', (rows) => ((rows[1] as string[])[6] = '无'));
    await refused(['score', 'input.csv', '-s', 'mini-2026'], /第4行「失信被执行人数量」：必须是数字（读到“无”）/);
  });

  it('a formula-looking CSV cell, kept as text and refused as a number', async () => {
    writeSampleCsv(dir, 'input.csv', (rows) => ((rows[0] as string[])[4] = '=1+1'));
    await refused(['score', 'input.csv', '-s', 'mini-2026'], /第3行「合规率-入库数据量」：必须是数字（读到“=1\+1”/);
  });

  it('a numerator greater than its denominator', async () => {
    writeSampleCsv(dir, 'input.csv', (rows) => ((rows[2] as string[])[4] = '101'));
    await refused(['score', 'input.csv', '-s', 'mini-2026'], /第5行「合规率-入库数据量」「合规率-上报数据量」：/);
  });

  it('a negative count, with the engine message', async () => {
    writeSampleCsv(dir, 'input.csv', (rows) => ((rows[0] as string[])[6] = '-1'));
    await refused(['score', 'input.csv', '-s', 'mini-2026'], /第3行「失信被执行人数量」：\S+/);
  });

  it('a blank required cell', async () => {
    writeSampleCsv(dir, 'input.csv', (rows) => ((rows[0] as string[])[9] = ''));
    await refused(['score', 'input.csv', '-s', 'mini-2026'], /第3行「开展信用承诺」：\S+/);
  });

  it('an unknown choice option', async () => {
    writeSampleCsv(dir, 'input.csv', (rows) => ((rows[1] as string[])[10] = 'E'));
    await refused(['score', 'input.csv', '-s', 'mini-2026'], /第4行「创建等次」：\S+/);
  });

  it('every problem of the file at once, in row order', async () => {
    writeSampleCsv(dir, 'input.csv', (rows) => {
      (rows[0] as string[])[4] = '101'; // row 3: numerator > denominator (found by validateValues)
      (rows[1] as string[])[8] = '也许'; // row 4: not 是/否 (found while reading)
      (rows[1] as string[])[6] = '1.5'; // row 4: not an integer (found by validateValues)
      (rows[2] as string[])[2] = '火星'; // row 5: unknown unit kind
    });
    const err = await refused(['score', 'input.csv', '-s', 'mini-2026'], '未计算任何得分');
    const lines = err.split('\n').filter((line) => line.startsWith('  第'));
    expect(lines.map((line) => /第(\d+)行「([^」]+)」/.exec(line)?.slice(1, 3).join(' '))).toEqual([
      '3 合规率-入库数据量',
      '4 已建制度-台账制度',
      '4 失信被执行人数量',
      '5 单位类型',
    ]);
  });

  it('an unknown preset', async () => {
    writeSampleCsv(dir);
    const err = await refused(['score', 'input.csv', '-s', 'no-such-preset'], '未知的预置指标体系“no-such-preset”');
    expect(err).toContain('mini-2026');
  });

  it('a task list given as the system', async () => {
    writeSampleCsv(dir);
    await refused(['score', 'input.csv', '-s', 'mini-tasks-2026'], '是任务清单，不是指标体系');
  });

  it('an unknown unit kind in a row', async () => {
    writeSampleCsv(dir, 'input.csv', (rows) => ((rows[0] as string[])[2] = '火星'));
    await refused(['score', 'input.csv', '-s', 'mini-2026'], '第3行「单位类型」：无法识别单位类型“火星”');
  });

  it('an empty file', async () => {
    writeFileSync(join(dir, 'input.csv'), '');
    await refused(['score', 'input.csv', '-s', 'mini-2026'], '文件为空');
    writeFileSync(join(dir, 'empty.xlsx'), '');
    await refused(['score', 'empty.xlsx', '-s', 'mini-2026'], '文件为空');
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('填报');
    await blank.xlsx.writeFile(join(dir, 'blank.xlsx'));
    await refused(['score', 'blank.xlsx', '-s', 'mini-2026'], '文件为空');
    writeFileSync(join(dir, 'empty.json'), '  ');
    await refused(['score', 'empty.json', '-s', 'mini-2026'], '文件为空');
  });

  it('a missing file, an unsupported type, a GBK-encoded CSV and a corrupt XLSX', async () => {
    await refused(['score', 'nope.csv', '-s', 'mini-2026'], '找不到文件');
    writeFileSync(join(dir, 'input.txt'), 'x');
    await refused(['score', 'input.txt', '-s', 'mini-2026'], '不支持的输入文件类型');
    writeFileSync(join(dir, 'gbk.csv'), Buffer.from([0xb5, 0xa5, 0xce, 0xbb, 0x0a])); // 单位 in GBK
    await refused(['score', 'gbk.csv', '-s', 'mini-2026'], '不是 UTF-8 编码');
    writeFileSync(join(dir, 'bad.xlsx'), 'not a zip');
    await refused(['score', 'bad.xlsx', '-s', 'mini-2026'], '无法读取 Excel 文件');
  });

  it('a broken JSON input', async () => {
    writeFileSync(join(dir, 'a.json'), '{"submissions": [');
    await refused(['score', 'a.json', '-s', 'mini-2026'], 'JSON 格式错误');
    writeFileSync(join(dir, 'b.json'), JSON.stringify([{ unit: { id: 'U1', name: '甲县', kind: 'MARS' }, values: {} }]));
    await refused(['score', 'b.json', '-s', 'mini-2026'], '第1条记录「unit.kind」：无法识别单位类型“MARS”');
    const bad = { ...miniSample[0], values: { ...miniSample[0]?.values, dishonest: 'abc' } };
    writeFileSync(join(dir, 'c.json'), JSON.stringify([bad]));
    await refused(['score', 'c.json', '-s', 'mini-2026'], /第1条记录「失信被执行人数量」（dishonest）：\S+/);
    writeFileSync(join(dir, 'd.json'), JSON.stringify([miniSample[0], { ...miniSample[1], exemptions: { 'C1.2': '说明', NOPE: '说明' } }]));
    const err = await refused(['score', 'd.json', '-s', 'mini-2026'], /第2条记录：.*C1\.2/);
    expect(err).toMatch(/第2条记录：.*NOPE/);
  });

  it('an XLSX cell holding a formula', async () => {
    const rows = miniSampleRows.map((row) => [...row]);
    await writeSampleXlsx(join(dir, 'input.xlsx'), rows);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'input.xlsx'));
    (workbook.getWorksheet('填报') as ExcelJS.Worksheet).getCell('G4').value = { formula: '1+1', result: 2 };
    await workbook.xlsx.writeFile(join(dir, 'input.xlsx'));
    await refused(['score', 'input.xlsx', '-s', 'mini-2026'], '第4行「失信被执行人数量」：不接受公式（=1+1）');
  });

  it('an output path that is the input file', async () => {
    writeSampleJson(join(dir, 'input.json'));
    const before = readFileSync(join(dir, 'input.json'), 'utf8');
    const result = await cli(['score', 'input.json', '-s', 'mini-2026', '--out', 'input.json'], dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('输出文件不能与输入文件相同');
    expect(readFileSync(join(dir, 'input.json'), 'utf8')).toBe(before);
  });

  it('an output file type it cannot write, before reading anything', async () => {
    writeSampleCsv(dir);
    const result = await cli(['score', 'input.csv', '-s', 'mini-2026', '--out', 'r.pdf'], dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('不支持的输出文件类型');
    expect(listDir(dir)).toEqual(['input.csv']);
  });
});

describe('template', () => {
  it('writes an XLSX template that round-trips through score once filled', async () => {
    const made = await cli(['template', 'mini-2026', '--out', 'template.xlsx'], dir);
    expect(made.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'template.xlsx'));
    const sheet = workbook.getWorksheet('填报') as ExcelJS.Worksheet;
    expect(sheet.getRow(1).values).toEqual([undefined, '单位编码', '单位名称', '单位类型', '单位类别', '合规率-入库数据量', '合规率-上报数据量', '失信被执行人数量', '已建制度-工作方案', '已建制度-台账制度', '开展信用承诺', '创建等次', '免责说明-双公示合规率']);
    expect(sheet.getCell('E2').value).toBe('sgs.numerator');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getCell('J3').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(workbook.getWorksheet('填写说明')).toBeDefined();

    miniSampleRows.forEach((row, index) => {
      row.forEach((cell, column) => {
        sheet.getCell(3 + index, column + 1).value = /^\d+$/.test(cell) ? Number(cell) : cell;
      });
    });
    await workbook.xlsx.writeFile(join(dir, 'filled.xlsx'));

    const scored = await cli(['score', 'filled.xlsx', '--system', 'mini-2026', '--out', 'results.json'], dir);
    expect(scored.code).toBe(0);
    const cards = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as ScoreCard[];
    expect(cards.map((card) => [card.unit.id, card.total])).toEqual([
      ['U1', '20.00'],
      ['U3', '11.50'],
      ['U2', '9.41'], // 8 of the 17 points that apply, scaled to 20 (示范创建 does not apply)
    ]);
  });

  it('writes a UTF-8 CSV template with BOM, header row and key row', async () => {
    const made = await cli(['template', 'mini-2026', '--out', 'template.csv'], dir);
    expect(made.code).toBe(0);
    const bytes = readFileSync(join(dir, 'template.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('单位编码,单位名称,单位类型,单位类别,合规率-入库数据量,合规率-上报数据量,失信被执行人数量,已建制度-工作方案,已建制度-台账制度,开展信用承诺,创建等次,免责说明-双公示合规率');
    expect(lines[1]).toBe('unit.id,unit.name,unit.kind,unit.classes,sgs.numerator,sgs.denominator,dishonest,systems.plan,systems.ledger,commitment,level,exemption.C1.1');
    // fill it as a user would and score it
    writeFileSync(join(dir, 'filled.csv'), bytes.toString('utf8') + miniSampleRows.map((row) => row.join(',')).join('\r\n'));
    const scored = await cli(['score', 'filled.csv', '--system', 'mini-2026'], dir);
    expect(scored.code).toBe(0);
    expect(rankedUnits(scored.out)).toEqual(['甲县', '丙县（示范区）', '乙县']);
  });

  it('pre-fills the preset sample with --sample, and the filled template scores like the sample JSON', async () => {
    writeSampleJson(join(dir, 'sample.json'));
    expect((await cli(['score', 'sample.json', '-s', 'mini-2026', '--out', 'expected.json'], dir)).code).toBe(0);
    const expected = readFileSync(join(dir, 'expected.json'), 'utf8');
    for (const file of ['sample.csv', 'sample.xlsx']) {
      expect((await cli(['template', 'mini-2026', '--sample', '--out', file], dir)).code).toBe(0);
      const scored = await cli(['score', file, '-s', 'mini-2026', '--out', `${file}.json`], dir);
      expect(scored.code).toBe(0);
      expect(readFileSync(join(dir, `${file}.json`), 'utf8')).toBe(expected);
    }
  });

  it('names the default file after the system and refuses an unknown preset', async () => {
    expect((await cli(['template', 'mini-2026'], dir)).code).toBe(0);
    expect(listDir(dir)).toEqual(['mini-2026-填报模板.xlsx']);
    const unknown = await cli(['template', 'nope', '--out', 't.xlsx'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('未知的预置指标体系“nope”');
    expect(listDir(dir)).toEqual(['mini-2026-填报模板.xlsx']);
  });
});

describe('demo', () => {
  it("scores each indicator system's sample", async () => {
    const result = await cli(['demo'], dir);
    expect(result.code).toBe(0);
    expect(result.out).toContain('测试用政务诚信指标体系');
    expect(rankedUnits(result.out)).toEqual(['甲县', '丙县（示范区）', '乙县']);
  });

  it('reports a sample the engine refuses and still shows the others', async () => {
    const other = { ...miniSystem, id: 'mini-b', name: '第二个测试体系' };
    const broken: PresetRegistry = {
      ...miniRegistry,
      listPresets: () => [
        ...miniRegistry.listPresets(),
        { id: 'mini-b', name: other.name, kind: 'INDICATOR_SYSTEM', source: other.source },
      ],
      getIndicatorSystemPreset: (id) => (id === 'mini-b' ? other : miniRegistry.getIndicatorSystemPreset(id)),
      // C1.2 has no exemption policy, so the engine refuses the exemption
      getPresetSample: (id) => (id === 'mini-b' ? [{ ...miniSample[0]!, exemptions: { 'C1.2': '说明' } }] : miniRegistry.getPresetSample(id)),
    };
    const result = await cli(['demo'], dir, broken);
    expect(result.code).toBe(1);
    expect(result.out).toContain('测试用政务诚信指标体系');
    expect(result.err).toContain('1 个指标体系的示例数据无法计分');
    expect(result.err).toContain('mini-b');
  });

  it('says so when there are no presets', async () => {
    const empty: PresetRegistry = { ...miniRegistry, listPresets: () => [] };
    const result = await cli(['demo'], dir, empty);
    expect(result.code).toBe(1);
    expect(result.err).toContain('没有可用的预置指标体系');
  });
});

describe('exit codes', () => {
  it('1 with a Chinese message for bad arguments', async () => {
    const missing = await cli(['score', 'input.csv'], dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('缺少必需的选项');
    const unknown = await cli(['frobnicate'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('未知的命令');
  });

  it('0 for --help', async () => {
    const help = await cli(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.out).toContain('score');
  });

  it('2 for an internal error', async () => {
    const broken: PresetRegistry = {
      ...miniRegistry,
      listPresets: () => {
        throw new TypeError('registry exploded');
      },
    };
    const result = await cli(['presets'], dir, broken);
    expect(result.code).toBe(2);
    expect(result.err).toContain('内部错误');
    expect(result.err).toContain('registry exploded');
  });
});
