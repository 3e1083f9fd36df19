/**
 * Preloaded (`node --require`) into a server under test: measures event-loop delay without
 * touching the server's code. SIGUSR2 writes the figures since the last signal to
 * BENCH_LOOP_LAG_FILE and starts a fresh histogram.
 */
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_LOOP_LAG_FILE;
let histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();

function dump() {
  if (!file) return;
  const ms = (ns) => Math.round((ns / 1e6) * 100) / 100;
  const figures = {
    p50: ms(histogram.percentile(50)),
    p99: ms(histogram.percentile(99)),
    max: ms(histogram.max),
    samples: histogram.count,
  };
  writeFileSync(file, JSON.stringify(figures));
}

process.on('SIGUSR2', () => {
  dump();
  histogram.disable();
  histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
});
process.on('exit', dump);
