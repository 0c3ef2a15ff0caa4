const { apiJestConfig } = require('../../../../tools/jest/api-preset.cjs');

module.exports = apiJestConfig('api-platform-markdown', __dirname);
