import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

// Evaluated through the DevTools protocol, which the page's Content Security Policy does not govern, so checking a
// page needs no exception in the policy the journeys hold every page to.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AccessibilityViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
  /** The start of each offending element's markup, to find it in the page. */
  html: string[];
}

/** What axe-core finds on the page as it is now, rated serious or critical (WCAG 2.x A and AA rules). */
export async function seriousAccessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')), html: v.nodes.map((n) => `${n.html.slice(0, 300)}: ${n.failureSummary ?? ''}`) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
