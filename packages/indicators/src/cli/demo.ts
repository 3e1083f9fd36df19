/** `govtrust-score demo`: scores every indicator-system preset's sample data and prints the rankings. */
import type { CommandContext } from './context';
import { IndicatorError, scoreUnits } from './engine';
import { UserError } from './errors';
import { renderRanking } from './ranking';

export function demoCommand(context: CommandContext): void {
  const systems = context.registry.listPresets().filter((preset) => preset.kind === 'INDICATOR_SYSTEM');
  if (systems.length === 0) throw new UserError('没有可用的预置指标体系');
  let shown = 0;
  const failed: string[] = [];
  for (const summary of systems) {
    const system = context.registry.getIndicatorSystemPreset(summary.id);
    const sample = context.registry.getPresetSample(summary.id);
    if (!system || !sample || sample.length === 0) {
      context.io.stdout(`${summary.name}（${summary.id}）：没有示例数据，跳过\n\n`);
      continue;
    }
    try {
      context.io.stdout(renderRanking(system, scoreUnits(system, sample)) + '\n');
      shown += 1;
    } catch (error) {
      // one broken sample should not hide the others
      if (!(error instanceof IndicatorError)) throw error;
      failed.push(`${summary.id}：${error.message}`);
    }
  }
  if (failed.length > 0) throw new UserError(`${failed.length} 个指标体系的示例数据无法计分`, failed);
  context.io.stdout(`共演示 ${shown} 个指标体系。用 govtrust-score template <编号> 生成填报模板，填好后用 govtrust-score score 计分。\n`);
}
