/** What every command gets: where to print, which presets exist, which directory paths are relative to. */
import type { PresetRegistry } from './preset-registry';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CommandContext {
  io: CliIo;
  registry: PresetRegistry;
  cwd: string;
}
