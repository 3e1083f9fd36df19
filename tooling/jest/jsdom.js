const path = require('node:path');
const { nodePreset } = require('./node.js');

/** Jest preset for React workspaces: jsdom, CSS stubbed, the shared UI package from source. */
function jsdomPreset(dir, overrides = {}) {
  const base = nodePreset(dir);
  return {
    ...base,
    testEnvironment: 'jsdom',
    // antd forms under jsdom are slow on a loaded 2-core machine; correctness, not speed, is tested here
    testTimeout: 60000,
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
    setupFiles: [require.resolve('./jsdom-polyfills.js')],
    moduleNameMapper: {
      ...base.moduleNameMapper,
      // @ant-design/icons' CommonJS build requires the ESM file of @ant-design/colors; use its CJS twin
      '^@ant-design/colors/es/(.*)$': '@ant-design/colors/lib/$1',
      '^@govtrust/ui$': path.join(__dirname, '../../packages/ui/src/index.ts'),
      '\\.(css|less)$': require.resolve('./style-stub.js'),
    },
    setupFilesAfterEnv: [require.resolve('./jsdom-setup.js')],
    ...overrides,
  };
}

module.exports = { jsdomPreset };
