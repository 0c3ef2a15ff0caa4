import type { FieldProblem } from '@ascend/platform/graphql';
import { isValidSlug, isValidTimeZone } from '../practices/practice-rules';

export const SLUG_RULE = 'must be 3-63 lower-case letters, digits and single hyphens';
export const TIME_ZONE_RULE = 'must be an IANA time zone such as Europe/London';

/** Practices one person may start: plenty for a person, too few to hoard addresses. */
export const PRACTICE_STARTS = { perHour: 3, perDay: 10 };

export function practiceStartsSpent(limit: number, window: 'hour' | 'day'): string {
  return `You can start ${limit} practice${limit === 1 ? '' : 's'} per ${window}`;
}

/** The rules a new practice's address and time zone follow, as at sign-up (the name is checked by its input). */
export function newPracticeProblems(input: { practiceSlug: string; timeZone: string }): FieldProblem[] {
  return [
    ...(isValidSlug(input.practiceSlug) ? [] : [{ field: 'input.practiceSlug', message: SLUG_RULE }]),
    ...(isValidTimeZone(input.timeZone) ? [] : [{ field: 'input.timeZone', message: TIME_ZONE_RULE }]),
  ];
}

/** Names as a person would list them as choices: "Dana", "Dana or Sam", "Dana, Sam or Lee". */
export function eitherOf(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/**
 * Why the last owner cannot leave, and what to do instead: a practice always keeps an owner, so the refusal names
 * people who could become one, or, when nobody else is there, says someone must be invited first.
 */
export function lastOwnerMessage(practiceName: string, others: string[]): string {
  if (!others.length) {
    return `You are the only one on the team of ${practiceName}, and a practice keeps an owner: invite a coach or an admin and make them owner first (Team page).`;
  }
  return `You are the last owner of ${practiceName}: make someone else owner first (Team page), for example ${eitherOf(others)}.`;
}
