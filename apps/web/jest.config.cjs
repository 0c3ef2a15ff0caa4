const { webJestConfig } = require('../../tools/jest/web-preset.cjs');

// Page specs render the whole app in jsdom, a second or more each; the default 5 s leaves too little room on a busy machine.
module.exports = { ...webJestConfig('web', __dirname), testTimeout: 15_000 };
