/** `govtrust-score presets`: the preset ids with their names, kinds and source documents. */
import type { CommandContext } from './context';
import { renderTable } from './render-table';

const KIND_LABELS = { INDICATOR_SYSTEM: '指标体系', TASK_LIST: '任务清单' } as const;

export function presetsCommand(context: CommandContext): void {
  const presets = context.registry.listPresets();
  if (presets.length === 0) {
    context.io.stdout('没有可用的预置指标体系或任务清单。\n');
    return;
  }
  const rows = presets.map((preset) => [
    preset.id,
    preset.name,
    KIND_LABELS[preset.kind],
    [preset.source.title, preset.source.docNumber, preset.source.annex].filter(Boolean).join(' '),
  ]);
  context.io.stdout(renderTable([{ header: '编号' }, { header: '名称' }, { header: '类型' }, { header: '来源文件' }], rows));
}
