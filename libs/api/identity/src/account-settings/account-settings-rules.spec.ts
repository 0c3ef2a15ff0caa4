import { emailChangeProblems, lastOwnerRefusal, listOfNames, passwordChangeProblems } from './account-settings-rules';

const dana = { email: 'dana.whitlock@example.com', name: 'Dana Whitlock' };

describe('a change of password', () => {
  const change = (currentMatches: boolean, newPassword: string, currentPassword = 'Harbour-Quill-77-Meadow') => ({ currentMatches, currentPassword, newPassword });

  it('goes ahead with the current password and a good, different new one', () => {
    expect(passwordChangeProblems(change(true, 'Lantern-Orchard-42-Tide'), dana)).toEqual([]);
  });

  it('names a wrong current password without saying anything about the person', () => {
    expect(passwordChangeProblems(change(false, 'Lantern-Orchard-42-Tide'), dana)).toEqual([{ field: 'input.currentPassword', message: 'is not your current password' }]);
  });

  it('applies the password rules to the new one, with the person in mind', () => {
    expect(passwordChangeProblems(change(true, 'short'), dana)).toEqual([{ field: 'input.newPassword', message: 'must be at least 10 characters' }]);
    expect(passwordChangeProblems(change(true, 'dana.whitlock-2024!'), dana)).toEqual([{ field: 'input.newPassword', message: 'must not contain your email address' }]);
  });

  it('refuses the current password as the new one', () => {
    expect(passwordChangeProblems(change(true, 'Harbour-Quill-77-Meadow'), dana)).toEqual([{ field: 'input.newPassword', message: 'must differ from your current password' }]);
  });

  it('reports every field at once', () => {
    expect(passwordChangeProblems(change(false, 'password1'), dana).map((p) => p.field)).toEqual(['input.currentPassword', 'input.newPassword']);
  });
});

describe('a change of address', () => {
  it('goes ahead to another address with the current password', () => {
    expect(emailChangeProblems({ currentMatches: true, newEmail: 'dana@northstar.example' }, dana.email)).toEqual([]);
  });

  it('refuses the address the account already has, whatever its case and spaces', () => {
    expect(emailChangeProblems({ currentMatches: true, newEmail: '  Dana.Whitlock@Example.com ' }, dana.email)).toEqual([{ field: 'input.newEmail', message: 'is already your address' }]);
  });

  it('names a wrong password, and both fields together', () => {
    expect(emailChangeProblems({ currentMatches: false, newEmail: dana.email }, dana.email)).toEqual([
      { field: 'input.currentPassword', message: 'is not your current password' },
      { field: 'input.newEmail', message: 'is already your address' },
    ]);
  });
});

describe('the refusal to delete the last owner of practices', () => {
  it('lists names as a sentence does', () => {
    expect(listOfNames([])).toBe('');
    expect(listOfNames(['Northstar'])).toBe('Northstar');
    expect(listOfNames(['Northstar', 'Ridgeline'])).toBe('Northstar and Ridgeline');
    expect(listOfNames(['Harbour', 'Northstar', 'Ridgeline'])).toBe('Harbour, Northstar and Ridgeline');
  });

  it('names the one practice and says what to do there', () => {
    expect(lastOwnerRefusal(['Ridgeline Coaching'])).toEqual({
      message: 'You are the last owner of Ridgeline Coaching: make someone else owner there first (on the Team page), then delete your account.',
      problem: { field: 'practices', message: 'include a practice you are the last owner of: Ridgeline Coaching' },
    });
  });

  it('names every practice when there are several', () => {
    const refusal = lastOwnerRefusal(['Northstar', 'Ridgeline Coaching']);
    expect(refusal.message).toBe('You are the last owner of Northstar and Ridgeline Coaching: make someone else owner in each first (on the Team page), then delete your account.');
    expect(refusal.problem).toEqual({ field: 'practices', message: 'include practices you are the last owner of: Northstar and Ridgeline Coaching' });
  });
});
