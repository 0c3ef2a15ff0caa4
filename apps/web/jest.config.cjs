const { webJestConfig } = require('../../tools/jest/web-preset.cjs');

module.exports = webJestConfig('web', __dirname);
