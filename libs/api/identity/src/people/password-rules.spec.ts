import { normaliseEmail, passwordProblem } from './password-rules';

describe('password rules', () => {
  it.each([
    ['short', 'must be at least 10 characters'],
    ['x'.repeat(257), 'must be at most 256 characters'],
    ['password123', 'is too common: pick something others would not guess'],
    ['Qwertyuiop', 'is too common: pick something others would not guess'],
    ['Leadership2026', 'is too common: pick something others would not guess'],
    ['aaaaabbbbbb', 'repeats too few characters'],
  ])('refuses %j: %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('refuses a password built on the email address', () => {
    expect(passwordProblem('maren.okafor!!', { email: 'Maren.Okafor@example.com' })).toBe('must not contain your email address');
  });

  it.each(['correct horse battery staple', 'Tide-Lantern-42-Orchard', 'n0t on any list!'])('accepts %j', (password) => {
    expect(passwordProblem(password, { email: 'someone@example.com' })).toBeNull();
  });

  it('normalises emails for comparison', () => {
    expect(normaliseEmail('  Maren.Okafor@Example.COM ')).toBe('maren.okafor@example.com');
  });
});
