/** Resolves `--system`: a preset id from the registry or a path to a system JSON file. */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IndicatorSystem } from '../model';
import { IndicatorError, parseSystem } from './engine';
import { UserError } from './errors';
import type { PresetRegistry } from './preset-registry';
import { decodeUtf8, readInputBytes } from './read-file';

function loadSystemFile(path: string): IndicatorSystem {
  const text = decodeUtf8(readInputBytes(path), path).replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    throw new UserError(`指标体系文件不是有效的 JSON：${path}（${(error as Error).message}）`);
  }
  try {
    return parseSystem(json);
  } catch (error) {
    if (error instanceof IndicatorError) {
      const details = (error.problems ?? [])
        .filter((problem) => problem.severity !== 'WARNING')
        .map((problem) => `${problem.path ? `${problem.path}：` : ''}${problem.message}`);
      throw new UserError(`指标体系文件有误：${path}（${error.message}）`, details);
    }
    throw error;
  }
}

export function loadSystem(spec: string, registry: PresetRegistry, cwd: string): IndicatorSystem {
  const looksLikePath = spec.toLowerCase().endsWith('.json') || spec.includes('/') || spec.includes('\\');
  const path = resolve(cwd, spec);
  if (looksLikePath || (existsSync(path) && statSync(path).isFile())) return loadSystemFile(path);
  const preset = registry.getIndicatorSystemPreset(spec);
  if (preset) return preset;
  if (registry.getTaskListPreset(spec)) {
    throw new UserError(`“${spec}”是任务清单，不是指标体系，不能用于计分`);
  }
  const ids = registry
    .listPresets()
    .filter((summary) => summary.kind === 'INDICATOR_SYSTEM')
    .map((summary) => summary.id);
  throw new UserError(
    `未知的预置指标体系“${spec}”`,
    ids.length > 0 ? [`可用的指标体系：${ids.join('、')}`, '运行 govtrust-score presets 查看全部'] : [],
  );
}
