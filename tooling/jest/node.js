const path = require('node:path');

/**
 * Jest preset for Node workspaces. TypeScript goes through SWC (fast, keeps decorator metadata
 * for type-graphql/TypeORM); workspace packages resolve to their sources so tests never need a build.
 * Each run writes its counts to test-results/jest.json (summary-reporter.js) so the root can sum them.
 */
function nodePreset(dir, overrides = {}) {
  return {
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
    transform: {
      '^.+\\.(t|j)sx?$': [
        require.resolve('@swc/jest'),
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true, tsx: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
            target: 'es2022',
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    reporters: ['default', require.resolve('./summary-reporter.js')],
    moduleNameMapper: {
      '^@govtrust/indicators$': path.join(__dirname, '../../packages/indicators/src/index.ts'),
    },
    ...overrides,
  };
}

module.exports = { nodePreset };
