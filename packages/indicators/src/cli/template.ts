/** `govtrust-score template <presetId|system.json> [--out file.xlsx|file.csv]`. */
import { resolve } from 'node:path';
import type { CommandContext } from './context';
import { UserError } from './errors';
import { loadSystem } from './load-system';
import { rowsFromSubmissions } from './sample-rows';
import { checkOutputPath, writeFileAtomic } from './write-atomic';
import { templateCsv, templateXlsxBuffer } from './write-template';

export interface TemplateOptions {
  out?: string;
  /** pre-fill the preset's sample units as an example */
  sample?: boolean;
}

export async function templateCommand(systemSpec: string, options: TemplateOptions, context: CommandContext): Promise<void> {
  const system = loadSystem(systemSpec, context.registry, context.cwd);
  const outPath = resolve(context.cwd, options.out ?? `${system.id}-填报模板.xlsx`);
  const kind = checkOutputPath(outPath, ['.xlsx', '.csv']);
  let rows: string[][] = [];
  if (options.sample) {
    const sample = context.registry.getPresetSample(systemSpec);
    if (!sample) throw new UserError(`“${systemSpec}”没有示例数据，去掉 --sample 生成空白模板`);
    rows = rowsFromSubmissions(system, sample);
  }
  writeFileAtomic(outPath, kind === '.csv' ? templateCsv(system, rows) : await templateXlsxBuffer(system, rows));
  context.io.stdout(`已生成填报模板：${outPath}\n第1行为列名，第2行为字段键（请勿修改），从第3行起每行填写一个单位。\n`);
}
