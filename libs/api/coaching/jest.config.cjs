const { apiJestConfig } = require('../../../tools/jest/api-preset.cjs');

module.exports = apiJestConfig('api-coaching', __dirname, { database: true });
