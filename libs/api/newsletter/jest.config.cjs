const { apiJestConfig } = require('../../../tools/jest/api-preset.cjs');

module.exports = apiJestConfig('api-newsletter', __dirname, { database: true });
