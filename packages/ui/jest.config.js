const { jsdomPreset } = require('@govtrust/jest-config/jsdom');

module.exports = jsdomPreset(__dirname);
