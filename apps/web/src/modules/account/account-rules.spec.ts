import { confirmationProblem } from './account-rules';

describe('confirmationProblem', () => {
  it('stays quiet while the confirmation can still become the new password', () => {
    expect(confirmationProblem('tidal pools at dawn', '', false)).toBeUndefined();
    expect(confirmationProblem('tidal pools at dawn', 'tidal po', false)).toBeUndefined();
    expect(confirmationProblem('tidal pools at dawn', 'tidal pools at dawn', false)).toBeUndefined();
  });

  it('speaks up once it cannot, and after a submission whenever it differs', () => {
    expect(confirmationProblem('tidal pools at dawn', 'tidal pa', false)).toBe('Does not match the new password');
    expect(confirmationProblem('tidal pools at dawn', 'tidal pools at dawn!', false)).toBe('Does not match the new password');
    expect(confirmationProblem('tidal pools at dawn', 'tidal po', true)).toBe('Does not match the new password');
    expect(confirmationProblem('tidal pools at dawn', 'tidal pools at dawn', true)).toBeUndefined();
  });
});
