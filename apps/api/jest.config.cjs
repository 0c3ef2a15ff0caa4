const { apiJestConfig } = require('../../tools/jest/api-preset.cjs');

module.exports = apiJestConfig('api', __dirname, { database: true });
