// What the audit prints for a page: the four category scores against their targets, LCP, the JavaScript it
// downloaded, and the audits that cost points, so a missed target says where to look.
import type { Result } from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** The issue's targets (mobile); best practices is reported without one. */
const TARGETS: Partial<Record<Category, number>> = { performance: 90, accessibility: 95, seo: 100 };
/** The issue's budget for the JavaScript a public page downloads, compressed as it travels. */
const SCRIPT_BUDGET_BYTES = 150 * 1024;

export interface PageResult {
  path: string;
  scores: Record<Category, number>;
  lcpMs: number;
  scriptBytes: number;
  scriptRequests: number;
  lostPoints: string[];
  /** Lighthouse's measure of this machine's CPU: slow or busy machines score lower, and performance with them. */
  benchmarkIndex: number;
}

export function pageResult(path: string, lhr: Result): PageResult {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as PageResult['scores'];
  const summary = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number; requestCount: number }[] } | undefined)?.items ?? [];
  const scripts = summary.find((item) => item.resourceType === 'script');
  const lostPoints = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
      .map((audit) => `${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${offenders(audit)}`),
  );
  return {
    path,
    scores,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    scriptBytes: scripts?.transferSize ?? 0,
    scriptRequests: scripts?.requestCount ?? 0,
    lostPoints,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** The first elements an accessibility or SEO audit failed on, e.g. the text without enough contrast. */
function offenders(audit: Result['audits'][string]): string {
  const items = (audit.details as { items?: { node?: { snippet?: string; explanation?: string } }[] } | undefined)?.items ?? [];
  const nodes = items.flatMap((item) => (item.node?.snippet ? [`${item.node.snippet} ${item.node.explanation?.split('\n').pop()?.trim() ?? ''}`] : []));
  return nodes.length ? `\n      ${nodes.slice(0, 5).join('\n      ')}` : '';
}

/** Lines for one page: scores with their targets, then LCP and JavaScript. */
export function pageLines(result: PageResult): string[] {
  const lines = [`${result.path}`];
  for (const id of CATEGORIES) {
    const target = TARGETS[id];
    const verdict = target === undefined ? '' : result.scores[id] >= target ? `  target ≥ ${target}: met` : `  target ≥ ${target}: NOT MET`;
    lines.push(`  ${id.padEnd(15)} ${String(result.scores[id]).padStart(3)}${verdict}`);
  }
  lines.push(`  ${'LCP'.padEnd(15)} ${(result.lcpMs / 1000).toFixed(2)} s`);
  const budget = result.scriptBytes <= SCRIPT_BUDGET_BYTES ? 'met' : 'NOT MET';
  lines.push(
    `  ${'JavaScript'.padEnd(15)} ${(result.scriptBytes / 1024).toFixed(1)} KiB transferred in ${result.scriptRequests} requests  budget ≤ ${SCRIPT_BUDGET_BYTES / 1024} KiB: ${budget}`,
  );
  lines.push(`  ${'CPU benchmark'.padEnd(15)} ${Math.round(result.benchmarkIndex)} (Lighthouse's index of this machine)`);
  for (const lost of result.lostPoints) lines.push(`  - ${lost}`);
  return lines;
}

export function missedTargets(results: PageResult[]): string[] {
  return results.flatMap((result) => [
    ...CATEGORIES.filter((id) => TARGETS[id] !== undefined && result.scores[id] < TARGETS[id]!).map((id) => `${result.path} ${id}`),
    ...(result.scriptBytes > SCRIPT_BUDGET_BYTES ? [`${result.path} JavaScript`] : []),
  ]);
}
