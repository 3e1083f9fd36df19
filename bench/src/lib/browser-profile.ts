import type { CDPSession } from 'playwright-core';
import type { CpuProfile } from './profile';

/** Chromium's own time accounting (Performance.getMetrics), in seconds since the page opened. */
type Metrics = Record<string, number>;

export async function browserMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Where the main thread went between two snapshots: script, style, layout and the rest (parsing, paint, GC). */
export function phaseRow(label: string, wallMs: number, before: Metrics, after: Metrics): string {
  const ms = (name: string) => Math.round(((after[name] ?? 0) - (before[name] ?? 0)) * 1000);
  const count = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
  return `| ${label} | ${Math.round(wallMs)} | ${ms('TaskDuration')} | ${ms('ScriptDuration')} | ${ms('RecalcStyleDuration')} (${count('RecalcStyleCount')}) | ${ms('LayoutDuration')} (${count('LayoutCount')}) | ${ms('TaskOtherDuration')} |`;
}

export const PHASE_HEADER = [
  '| step | wall ms | main thread busy ms | script ms | style ms (recalcs) | layout ms (layouts) | other ms (parse, paint, GC) |',
  '|---|---|---|---|---|---|---|',
];

/**
 * CPU samples of the page by where the code came from: each built chunk (by its name without the
 * hash), Chromium's native work and GC. Minified function names say little; which chunk and how
 * much native work says where the time goes.
 */
export function chunkShares(profile: CpuProfile, top = 8): string[] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byChunk = new Map<string, number>();
  let busy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    const frame = nodes.get(profile.samples[i]!)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    const file = frame.url.split('/').pop() ?? '';
    const chunk = file ? file.replace(/-[\w-]{8}\.js$/, '.js') : frame.functionName === '(program)' ? '(native: style, layout, parse, paint)' : frame.functionName || '(native)';
    byChunk.set(chunk, (byChunk.get(chunk) ?? 0) + delta);
    busy += delta;
  }
  return [
    '| code | self ms | % of busy |',
    '|---|---|---|',
    ...[...byChunk.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([chunk, us]) => `| \`${chunk}\` | ${(us / 1000).toFixed(0)} | ${((us / (busy || 1)) * 100).toFixed(0)} |`),
  ];
}
