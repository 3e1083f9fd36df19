const { jsdomPreset } = require('@govtrust/jest-config/jsdom');

const preset = jsdomPreset(__dirname);

module.exports = {
  ...preset,
  setupFiles: [require.resolve('./jest.polyfills.js')],
  moduleNameMapper: {
    // @ant-design/icons' CommonJS build requires the ESM file of @ant-design/colors; use its CJS twin
    '^@ant-design/colors/es/(.*)$': '@ant-design/colors/lib/$1',
    ...preset.moduleNameMapper,
  },
  // antd forms driven by user-event are slow in jsdom
  testTimeout: 20000,
};
