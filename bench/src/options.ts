import type { SpikeSize } from './b1-deadline-spike';

export interface BenchOptions {
  mode: 'quick' | 'full';
  units: number;
  periods: number;
  /** units of the second report-query database (B3 at scale) */
  largeUnits: number;
  spike: SpikeSize;
  spikeRuns: number;
  importRecords: number;
  /** run only these benchmarks (e.g. --only=B2,B3) */
  only: Set<string> | null;
  /** keep the databases and work files afterwards (for looking into a failure) */
  keep: boolean;
}

const MB = 1024 * 1024;

export function parseOptions(argv: string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const keep = argv.includes('--keep');
  const onlyArg = argv.find((a) => a.startsWith('--only='));
  const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',').map((s) => s.trim().toUpperCase())) : null;
  if (quick) {
    return {
      mode: 'quick',
      units: 200,
      periods: 3,
      largeUnits: 1000,
      spike: { units: 100, concurrency: 20, minFileBytes: 64 * 1024, maxFileBytes: 640 * 1024, retryShare: 0.05 },
      spikeRuns: 3,
      importRecords: 100_000,
      only,
      keep,
    };
  }
  return {
    mode: 'full',
    units: 2000,
    periods: 12,
    largeUnits: 10_000,
    spike: { units: 1000, concurrency: 50, minFileBytes: 1 * MB, maxFileBytes: 10 * MB, retryShare: 0.05 },
    spikeRuns: 1,
    importRecords: 1_000_000,
    only,
    keep,
  };
}
