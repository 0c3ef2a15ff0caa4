import { waitForJobs } from '@ascend/platform/testing';
import type { IsolationCase } from '@ascend/platform/testing';

const tokensOf = (userId: string) => `select purpose, token_hash, used_at from email_token where user_id = '${userId}' order by id`;

export const isolationCases: Record<string, IsolationCase> = {
  'Mutation.verifyEmail': async (t, { b }) => {
    const { errors } = await t.graphql(`mutation { verifyEmail(token: "guessed-token-value") { id } }`, {}, b.headers);
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  },
  // B asks for a confirmation mail while naming A's practice: B gets one, A gets nothing and A's links stay as they were.
  'Mutation.resendVerificationEmail': async (t, { a, b }, mail) => {
    await t.db.query('update app_user set email_verified_at = null where id = $1', [b.userId]);
    await waitForJobs(t.db);
    const aTokens = await t.db.query(tokensOf(a.userId));
    mail.clear();
    const { data } = await t.graphql(`mutation { resendVerificationEmail }`, {}, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(data).toEqual({ resendVerificationEmail: true });
    await mail.waitFor((m) => m.tag === 'verify-email' && m.to.includes(b.email));
    await waitForJobs(t.db);
    expect(mail.messages.filter((m) => m.to.includes(a.email))).toEqual([]);
    expect(await t.db.query(tokensOf(a.userId))).toEqual(aTokens);
  },
  'Mutation.requestPasswordReset': async (t, { a, b }, mail) => {
    // Reset links go to the account's own address only, never to whoever asked.
    mail.clear();
    const { data } = await t.graphql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: a.email }, b.headers);
    expect(data).toEqual({ requestPasswordReset: true });
    await waitForJobs(t.db);
    expect(mail.messages.filter((m) => m.tag === 'reset-password').flatMap((m) => m.to)).toEqual([a.email]);
  },
  // Only a link's holder can ask about it: B, naming A's practice, learns nothing of A's links, and spends none.
  'Query.emailLinkValid': async (t, { a, b }, mail) => {
    mail.clear();
    await t.graphql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: a.email });
    await mail.waitFor((m) => m.to.includes(a.email) && m.tag === 'reset-password');
    const aTokens = await t.db.query(tokensOf(a.userId));
    for (const purpose of ['RESET_PASSWORD', 'VERIFY_EMAIL', 'CHANGE_EMAIL']) {
      const { data } = await t.graphql(`query($p: EmailLinkPurpose!) { emailLinkValid(token: "guessed-token-value", purpose: $p) }`, { p: purpose }, { ...b.headers, 'x-practice-id': a.practiceId });
      expect(data).toEqual({ emailLinkValid: false });
    }
    expect(await t.db.query(tokensOf(a.userId))).toEqual(aTokens);
  },
  'Mutation.resetPassword': async (t, { b }) => {
    const { errors } = await t.graphql(`mutation { resetPassword(input: { token: "guessed-token-value", newPassword: "Tide-Lantern-42-Orchard" }) }`, {}, b.headers);
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  },
};
