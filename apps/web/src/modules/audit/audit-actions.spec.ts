import { actionOptions, describeAction } from './audit-actions';

describe('describeAction', () => {
  it('words the known actions', () => {
    expect(describeAction('SIGN_IN_FAILED')).toBe('Failed sign-in');
    expect(describeAction('INVITATION_ACCEPTED')).toBe('Joined the practice');
    expect(describeAction('CLIENT_DATA_EXPORTED')).toBe("Client's data exported");
    expect(describeAction('CLIENT_ERASED')).toBe('Client erased');
    expect(describeAction('MEMBER_LEFT')).toBe('Left the practice');
    expect(describeAction('ACCOUNT_DELETED')).toBe('Account deleted');
  });

  it('reads an action it does not know from its code', () => {
    expect(describeAction('TWO_STEP_ENABLED')).toBe('Two step enabled');
  });
});

describe('actionOptions', () => {
  it('offers each action once, by name, alphabetically', () => {
    expect(actionOptions(['ROLE_CHANGED', 'SIGNED_IN', 'ACCOUNT_DELETED', 'SIGNED_IN'])).toEqual([
      { value: 'ACCOUNT_DELETED', label: 'Account deleted' },
      { value: 'ROLE_CHANGED', label: 'Role changed' },
      { value: 'SIGNED_IN', label: 'Signed in' },
    ]);
  });
});
