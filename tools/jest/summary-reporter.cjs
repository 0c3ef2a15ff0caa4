// Writes each Jest run's counts to .reports/jest/<project>.json; tools/scripts/test-all.mjs adds them up
// into the one closing line CI reads.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig, options) {
    // TEST_REPORT_LABEL tells apart a second run of the same project (CI's run against PostgreSQL 15).
    const label = process.env.TEST_REPORT_LABEL;
    this.project = label ? `${options.project} (${label})` : options.project;
  }

  onRunComplete(_contexts, results) {
    const dir = path.resolve(__dirname, '../../.reports/jest');
    fs.mkdirSync(dir, { recursive: true });
    const summary = {
      project: this.project,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(path.join(dir, `${this.project.replace(/[^a-z0-9-]+/gi, '_')}.json`), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
