const ACTIONS: Record<string, string> = {
  PRACTICE_CREATED: 'Practice started',
  SIGNED_IN: 'Signed in',
  SIGN_IN_FAILED: 'Failed sign-in',
  PASSWORD_CHANGED: 'Password changed',
  PASSWORD_RESET: 'Password reset by email',
  EMAIL_CHANGED: 'Sign-in address changed',
  MEMBER_INVITED: 'Invitation sent',
  INVITATION_REVOKED: 'Invitation revoked',
  INVITATION_ACCEPTED: 'Joined the practice',
  ROLE_CHANGED: 'Role changed',
  MEMBER_REMOVED: 'Removed from the practice',
  MEMBER_LEFT: 'Left the practice',
  ACCOUNT_DELETED: 'Account deleted',
  CLIENT_DATA_EXPORTED: "Client's data exported",
  CLIENT_ERASED: 'Client erased',
  PRACTICE_PROFILE_UPDATED: 'Public profile updated',
  CLIENT_ADMITTED: 'Became a client',
};

/** The API names actions as codes; actions added later still read sensibly ("TWO_STEP_ENABLED" → "Two step enabled"). */
export function describeAction(action: string): string {
  if (ACTIONS[action]) return ACTIONS[action];
  const words = action.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The choices of the action filter: every action, by its name in words, alphabetically. */
export function actionOptions(actions: readonly string[]): { value: string; label: string }[] {
  return [...new Set(actions)].map((action) => ({ value: action, label: describeAction(action) })).sort((a, b) => a.label.localeCompare(b.label));
}
