const { apiJestConfig } = require('../../../tools/jest/api-preset.cjs');

module.exports = apiJestConfig('api-events', __dirname, { database: true });
