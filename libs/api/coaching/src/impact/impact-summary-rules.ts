import type { FieldProblem } from '@ascend/platform/graphql';
import { isIsoDate } from '../method/goal-rules';
import { addDays, type IsoDate } from '../weeks/week-rules';

export const OUTCOME_KINDS = ['TIME_SAVED', 'MONEY_SAVED', 'REVENUE', 'RISK_AVOIDED', 'QUALITY', 'CAPABILITY', 'OTHER'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Headings a manager outside the client's field reads at a glance. */
export const OUTCOME_HEADINGS: Record<OutcomeKind, string> = {
  TIME_SAVED: 'Time saved',
  MONEY_SAVED: 'Money saved',
  REVENUE: 'Revenue won',
  RISK_AVOIDED: 'Risks avoided',
  QUALITY: 'Quality improved',
  CAPABILITY: 'Capability built',
  OTHER: 'Other outcomes',
};

/** Significance in words: a reader outside the client's field does not know what "4 of 5" is worth. */
export const SIGNIFICANCE_LABELS: Record<number, string> = { 1: 'Minor', 2: 'Useful', 3: 'Notable', 4: 'Major', 5: 'Exceptional' };

/** The longest period one summary covers: enough for a yearly review with some slack. */
export const MAX_SUMMARY_DAYS = 731;

export interface SummaryEntry {
  id: string;
  whatIDid: string;
  outcome: string;
  outcomeKind: OutcomeKind;
  beneficiary: string;
  significance: number;
  occurredOn: IsoDate;
}

export interface SummaryGroup<E extends SummaryEntry> {
  outcomeKind: OutcomeKind;
  heading: string;
  entries: E[];
}

export interface ImpactSummaryPage<E extends SummaryEntry> {
  title: string;
  period: string;
  opening: string;
  entryCount: number;
  groups: SummaryGroup<E>[];
  markdown: string;
}

/** Problems with a period whose ends are optional (an open end is unbounded), naming the argument at fault. */
export function dateRangeProblems(from: string | undefined, to: string | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (from !== undefined && !isIsoDate(from)) problems.push({ field: 'from', message: 'must be a date written YYYY-MM-DD' });
  if (to !== undefined && !isIsoDate(to)) problems.push({ field: 'to', message: 'must be a date written YYYY-MM-DD' });
  if (!problems.length && from !== undefined && to !== undefined && from > to) problems.push({ field: 'to', message: 'must not be before the start of the period' });
  return problems;
}

/** Problems with a summary's period: both ends, in order, at most {@link MAX_SUMMARY_DAYS} apart. */
export function summaryRangeProblems(from: string, to: string): FieldProblem[] {
  const problems = dateRangeProblems(from, to);
  if (problems.length) return problems;
  if (addDays(from, MAX_SUMMARY_DAYS) < to) return [{ field: 'to', message: `must be at most ${MAX_SUMMARY_DAYS} days after the start (about two years)` }];
  return [];
}

/** "3 March 2026", independent of the server's locale and zone. */
export function longDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Most significant first, then the most recent, then a stable order. */
function byEntrySignificance(a: SummaryEntry, b: SummaryEntry): number {
  return b.significance - a.significance || b.occurredOn.localeCompare(a.occurredOn) || a.id.localeCompare(b.id);
}

/** Total significance, then the single most significant entry, then the count; ties keep the headings' order. */
function byGroupSignificance(a: SummaryGroup<SummaryEntry>, b: SummaryGroup<SummaryEntry>): number {
  const weight = (g: SummaryGroup<SummaryEntry>) => sum(g.entries.map((e) => e.significance));
  const peak = (g: SummaryGroup<SummaryEntry>) => Math.max(...g.entries.map((e) => e.significance));
  return (
    weight(b) - weight(a) ||
    peak(b) - peak(a) ||
    b.entries.length - a.entries.length ||
    OUTCOME_KINDS.indexOf(a.outcomeKind) - OUTCOME_KINDS.indexOf(b.outcomeKind)
  );
}

/** "a", "a and b", "a, b and c". */
function listInWords(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The one-page summary of a client's impact over a period, for a manager who is not an expert in the client's work:
 * outcomes grouped by kind, the most significant group and entry first, and the same page as Markdown.
 */
export function impactSummary<E extends SummaryEntry>(clientName: string, from: IsoDate, to: IsoDate, entries: readonly E[]): ImpactSummaryPage<E> {
  const groups = OUTCOME_KINDS.map((outcomeKind) => ({
    outcomeKind,
    heading: OUTCOME_HEADINGS[outcomeKind],
    entries: entries.filter((e) => e.outcomeKind === outcomeKind).sort(byEntrySignificance),
  }))
    .filter((g) => g.entries.length)
    .sort(byGroupSignificance);
  const period = `${longDate(from)} to ${longDate(to)}`;
  const opening = groups.length
    ? `From ${period}, ${clientName} delivered ${plural(entries.length, 'outcome', 'outcomes')} with a clear business result, ` +
      `in ${plural(groups.length, 'area', 'areas')}: ${listInWords(groups.map((g) => g.heading.toLowerCase()))}. The most significant come first.`
    : `No outcomes were logged from ${period}.`;
  const title = `Impact summary: ${clientName}`;
  return { title, period, opening, entryCount: entries.length, groups, markdown: summaryMarkdown(title, period, opening, groups) };
}

function summaryMarkdown(title: string, period: string, opening: string, groups: SummaryGroup<SummaryEntry>[]): string {
  const lines = [`# ${markdownText(title)}`, '', `*${period}*`, '', markdownText(opening)];
  for (const group of groups) {
    lines.push('', `## ${group.heading} (${group.entries.length})`, '');
    for (const entry of group.entries) {
      const who = entry.beneficiary ? ` · for ${markdownText(entry.beneficiary)}` : '';
      lines.push(
        `- **${markdownText(entry.outcome)}**`,
        `  ${markdownText(entry.whatIDid)}`,
        `  *${SIGNIFICANCE_LABELS[entry.significance]} · ${longDate(entry.occurredOn)}${who}*`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The client's words as plain text inside Markdown: on one line, with Markdown's own characters escaped. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    // A line that starts like a list item would become one.
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
