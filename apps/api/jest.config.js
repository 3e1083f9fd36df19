const { nodePreset } = require('@govtrust/jest-config/node');

module.exports = nodePreset(__dirname, { testTimeout: 30000 });
