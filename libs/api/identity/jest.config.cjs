const { apiJestConfig } = require('../../../tools/jest/api-preset.cjs');

module.exports = apiJestConfig('api-identity', __dirname, { database: true });
