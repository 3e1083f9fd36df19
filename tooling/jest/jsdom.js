const path = require('node:path');
const { nodePreset } = require('./node.js');

/** Jest preset for React workspaces: jsdom, CSS stubbed, the shared UI package from source. */
function jsdomPreset(dir, overrides = {}) {
  const base = nodePreset(dir);
  return {
    ...base,
    testEnvironment: 'jsdom',
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
    moduleNameMapper: {
      ...base.moduleNameMapper,
      '^@govtrust/ui$': path.join(__dirname, '../../packages/ui/src/index.ts'),
      '\\.(css|less)$': require.resolve('./style-stub.js'),
    },
    setupFilesAfterEnv: [require.resolve('./jsdom-setup.js')],
    ...overrides,
  };
}

module.exports = { jsdomPreset };
