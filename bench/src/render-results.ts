/** Renders RESULTS.md again from results.json (after editing the analysis text, without re-measuring). */
import { readFileSync } from 'node:fs';
import { paths } from './lib/paths';
import { writeResults } from './lib/report';

writeResults(paths.results, JSON.parse(readFileSync(paths.rawResults, 'utf8')) as Parameters<typeof writeResults>[1]);
console.log(`wrote ${paths.results}`);
