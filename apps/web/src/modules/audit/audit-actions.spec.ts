import { describeAction } from './audit-actions';

describe('describeAction', () => {
  it('words the known actions', () => {
    expect(describeAction('SIGN_IN_FAILED')).toBe('Failed sign-in');
    expect(describeAction('INVITATION_ACCEPTED')).toBe('Joined the practice');
  });

  it('reads an action it does not know from its code', () => {
    expect(describeAction('PASSWORD_RESET')).toBe('Password reset');
  });
});
