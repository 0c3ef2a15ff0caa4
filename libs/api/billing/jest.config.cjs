const { apiJestConfig } = require('../../../tools/jest/api-preset.cjs');

module.exports = apiJestConfig('api-billing', __dirname, { database: true });
