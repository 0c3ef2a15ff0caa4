import type { FieldProblem } from '@ascend/platform/graphql';
import { normaliseEmail, passwordProblem } from '../people/password-rules';

export const NOT_YOUR_PASSWORD = 'is not your current password';

/** Why a change of password is refused, field by field; none when it may go ahead. */
export function passwordChangeProblems(
  change: { currentMatches: boolean; currentPassword: string; newPassword: string },
  person: { email: string; name: string },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!change.currentMatches) problems.push({ field: 'input.currentPassword', message: NOT_YOUR_PASSWORD });
  const weak = passwordProblem(change.newPassword, person);
  if (weak) problems.push({ field: 'input.newPassword', message: weak });
  else if (change.currentMatches && change.newPassword === change.currentPassword) {
    problems.push({ field: 'input.newPassword', message: 'must differ from your current password' });
  }
  return problems;
}

/** Why a change of address is refused, field by field; none when it may go ahead (the format is checked on input). */
export function emailChangeProblems(change: { currentMatches: boolean; newEmail: string }, currentEmail: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!change.currentMatches) problems.push({ field: 'input.currentPassword', message: NOT_YOUR_PASSWORD });
  if (normaliseEmail(change.newEmail) === normaliseEmail(currentEmail)) problems.push({ field: 'input.newEmail', message: 'is already your address' });
  return problems;
}

/** "Northstar", "Northstar and Ridgeline", "Harbour, Northstar and Ridgeline". */
export function listOfNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The refusal of a deletion while the person is the last owner of practices: it names them and says what to do. */
export function lastOwnerRefusal(practiceNames: readonly string[]): { message: string; problem: FieldProblem } {
  const names = listOfNames(practiceNames);
  const there = practiceNames.length === 1 ? 'there' : 'in each';
  return {
    message: `You are the last owner of ${names}: make someone else owner ${there} first (on the Team page), then delete your account.`,
    problem: { field: 'practices', message: `include ${practiceNames.length === 1 ? 'a practice' : 'practices'} you are the last owner of: ${names}` },
  };
}
