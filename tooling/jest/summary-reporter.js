const fs = require('node:fs');
const path = require('node:path');

/**
 * Writes <rootDir>/test-results/jest.json with the run's counts, so the root test command can sum
 * every workspace into one "N passed, N failed" line (the directory is created when missing).
 */
class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const dir = path.join(this.rootDir, 'test-results');
    fs.mkdirSync(dir, { recursive: true });
    const summary = {
      numPassedTests: results.numPassedTests,
      numFailedTests: results.numFailedTests,
      numPendingTests: results.numPendingTests,
      numTotalTestSuites: results.numTotalTestSuites,
      numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
    };
    fs.writeFileSync(path.join(dir, 'jest.json'), `${JSON.stringify(summary, null, 2)}\n`);
  }
}

module.exports = SummaryReporter;
