import { describeAction } from './audit-actions';

describe('describeAction', () => {
  it('words the known actions', () => {
    expect(describeAction('SIGN_IN_FAILED')).toBe('Failed sign-in');
    expect(describeAction('INVITATION_ACCEPTED')).toBe('Joined the practice');
    expect(describeAction('CLIENT_DATA_EXPORTED')).toBe("Client's data exported");
    expect(describeAction('CLIENT_ERASED')).toBe('Client erased');
  });

  it('reads an action it does not know from its code', () => {
    expect(describeAction('PASSWORD_RESET')).toBe('Password reset');
  });
});
