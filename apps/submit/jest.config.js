const { jsdomPreset } = require('@govtrust/jest-config/jsdom');
const { nodePreset } = require('@govtrust/jest-config/node');

// reporters and timeouts belong to the run, not to a project
const { reporters, testTimeout, ...components } = jsdomPreset(__dirname);
const { reporters: _nodeReporters, ...node } = nodePreset(__dirname);

module.exports = {
  reporters,
  testTimeout,
  projects: [
    { ...components, displayName: 'components' },
    {
      // the built portal in Chromium against the real API and MariaDB (see e2e/portal.e2e.test.ts)
      ...node,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/e2e/support/globalSetup.ts',
    },
  ],
};
