import type { Page } from 'playwright-core';

// Chromium's own words for a blocked action: it names the policy (older versions began "Refused to").
const NAMES_POLICY = /Content Security Policy|^Refused to/;

// Every watched page of this test file reports here; jest gives each file its own copy of this module.
const violations: string[] = [];

/**
 * Notes every Content Security Policy violation on `page`, three ways so that none slips past a change in
 * Chromium's wording: the console error Chromium logs, the uncaught EvalError a blocked eval throws, and the
 * `securitypolicyviolation` event the document fires.
 */
export async function watchPolicyViolations(page: Page): Promise<void> {
  page.on('console', (message) => {
    if (message.type() === 'error' && NAMES_POLICY.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    if (NAMES_POLICY.test(error.message)) violations.push(`page error: ${error.message}`);
  });
  await page.exposeFunction('reportPolicyViolation', (report: string) => violations.push(`securitypolicyviolation: ${report}`));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportPolicyViolation(report: string): void }).reportPolicyViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(`${event.effectiveDirective} blocked ${event.blockedURI} on ${event.documentURI}`),
    );
  });
}

/** Fails the running test with every violation seen since the last check. */
export function expectNoPolicyViolations(): void {
  const seen = violations.splice(0);
  if (seen.length > 0) throw new Error(`The page broke its Content Security Policy:\n${seen.join('\n')}`);
}
