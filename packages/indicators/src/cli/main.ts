#!/usr/bin/env node
/** Entry point of the `govtrust-score` binary. */
import { defaultRegistry } from './default-registry';
import { run } from './run';

// `govtrust-score score … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

void run(
  process.argv.slice(2),
  { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  { registry: defaultRegistry, cwd: process.cwd() },
).then((code) => {
  process.exitCode = code;
});
