import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Top frames by self time of a .cpuprofile, as markdown table lines. `lastMs` keeps only the
 * samples of the final `lastMs` milliseconds (the workload, not the server's start-up).
 */
export function summariseProfile(file: string, options: { top?: number; lastMs?: number } = {}): string[] {
  return summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, options);
}

export function summarise(profile: CpuProfile, options: { top?: number; lastMs?: number } = {}): string[] {
  const top = options.top ?? 12;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const from = options.lastMs ? profile.endTime - options.lastMs * 1000 : -Infinity;
  const selfUs = new Map<string, number>();
  let t = profile.startTime;
  let total = 0;
  let idle = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t < from) continue;
    const node = nodes.get(profile.samples[i]!);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    total += delta;
    // the inspector's own message dispatch (Profiler.stop) is not the workload
    if (functionName === 'dispatch' && !url) {
      total -= delta;
      continue;
    }
    if (functionName === '(idle)') {
      idle += delta;
      continue;
    }
    const key = `${functionName || '(anonymous)'} ${url ? `${shorten(url)}:${lineNumber + 1}` : ''}`.trim();
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
  }
  const busy = total - idle || 1;
  const rows = [...selfUs.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `Window ${(total / 1000).toFixed(0)} ms, of which idle ${((idle / (total || 1)) * 100).toFixed(0)}% (waiting for the database, the network or the other core). Shares below are of the busy time.`,
    '',
    `| self % of busy | self ms | frame |`,
    `|---|---|---|`,
    ...rows.map(([frame, us]) => `| ${((us / busy) * 100).toFixed(1)} | ${(us / 1000).toFixed(0)} | \`${frame.replace(/\|/g, '\\|')}\` |`),
  ];
}

function shorten(url: string): string {
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) return clean.slice(nm + 'node_modules/'.length).replace(/^\.pnpm\/[^/]+\/node_modules\//, '');
  const apps = clean.indexOf('/apps/');
  if (apps >= 0) return clean.slice(apps + 1);
  const packages = clean.indexOf('/packages/');
  if (packages >= 0) return clean.slice(packages + 1);
  return path.basename(clean);
}
