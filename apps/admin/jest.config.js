const { jsdomPreset } = require('@govtrust/jest-config/jsdom');
const { nodePreset } = require('@govtrust/jest-config/node');

// reporters and timeouts belong to the run, not to a project
const { reporters, testTimeout, ...components } = jsdomPreset(__dirname);
const { reporters: _nodeReporters, testTimeout: _nodeTimeout, ...node } = nodePreset(__dirname);

/** Component tests in jsdom; the browser flow (e2e/) in node against the real API and a fresh database. */
module.exports = {
  reporters,
  // the jsdom preset's budget (antd forms are slow under jsdom); the browser test sets its own
  testTimeout,
  projects: [
    {
      ...components,
      displayName: 'admin',
    },
    {
      ...node,
      displayName: 'admin-e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/e2e/globalSetup.ts',
      globalTeardown: '<rootDir>/e2e/globalTeardown.ts',
    },
  ],
};
