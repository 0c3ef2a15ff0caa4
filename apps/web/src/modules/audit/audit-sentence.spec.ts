import { type AuditFacts, auditSentence } from './audit-sentence';

const entry = (facts: Partial<AuditFacts>): AuditFacts => ({
  action: 'SIGNED_IN',
  actorEmail: 'ada@example.com',
  targetEmail: null,
  actorDeleted: false,
  targetDeleted: false,
  fromRole: null,
  toRole: null,
  ...facts,
});

describe('auditSentence', () => {
  it('says who changed whose role, from what to what', () => {
    expect(auditSentence(entry({ action: 'ROLE_CHANGED', targetEmail: 'jonas@example.com', fromRole: 'COACH', toRole: 'ADMIN' }))).toBe(
      "ada@example.com changed jonas@example.com's role from Coach to Admin",
    );
    expect(auditSentence(entry({ action: 'ROLE_CHANGED', targetEmail: 'jonas@example.com' }))).toBe("ada@example.com changed jonas@example.com's role");
  });

  it('names a deleted person so, never by an address', () => {
    expect(auditSentence(entry({ action: 'ACCOUNT_DELETED', actorEmail: null, actorDeleted: true }))).toBe(
      'A deleted person left the practice: their account was deleted',
    );
    expect(auditSentence(entry({ action: 'MEMBER_LEFT', actorEmail: null, actorDeleted: true }))).toBe('A deleted person left the practice');
    expect(
      auditSentence(entry({ action: 'ROLE_CHANGED', actorEmail: null, actorDeleted: true, targetDeleted: true, fromRole: 'ADMIN', toRole: 'COACH' })),
    ).toBe("A deleted person changed a deleted person's role from Admin to Coach");
  });

  it('says which role an invitation, a departure or a removal concerned', () => {
    expect(auditSentence(entry({ action: 'MEMBER_INVITED', targetEmail: 'sam@example.com', toRole: 'COACH' }))).toBe(
      'ada@example.com invited sam@example.com as a coach',
    );
    expect(auditSentence(entry({ action: 'INVITATION_ACCEPTED', toRole: 'CLIENT' }))).toBe('ada@example.com joined the practice as a client');
    expect(auditSentence(entry({ action: 'MEMBER_REMOVED', targetEmail: 'tom@example.com', fromRole: 'ADMIN' }))).toBe(
      'ada@example.com removed tom@example.com, an admin, from the practice',
    );
    expect(auditSentence(entry({ action: 'MEMBER_LEFT', fromRole: 'COACH' }))).toBe('ada@example.com, a coach, left the practice');
  });

  it('words the other actions, and entries Ascend made itself', () => {
    expect(auditSentence(entry({ action: 'SIGN_IN_FAILED' }))).toBe('A sign-in as ada@example.com failed');
    expect(auditSentence(entry({ action: 'PASSWORD_CHANGED' }))).toBe('ada@example.com changed their password');
    expect(auditSentence(entry({ action: 'PASSWORD_RESET' }))).toBe('ada@example.com set a new password through a reset link sent by email');
    expect(auditSentence(entry({ action: 'EMAIL_CHANGED' }))).toBe('ada@example.com changed their sign-in address (this is the new one)');
    expect(auditSentence(entry({ action: 'EMAIL_CHANGED', actorEmail: null, actorDeleted: true }))).toBe('A deleted person changed their sign-in address');
    expect(auditSentence(entry({ action: 'MEMBER_INVITED', actorEmail: null, targetEmail: 'sam@example.com' }))).toBe('Ascend invited sam@example.com');
    expect(auditSentence(entry({ action: 'INVITATION_REVOKED', targetEmail: 'sam@example.com' }))).toBe('ada@example.com revoked the invitation to sam@example.com');
    expect(auditSentence(entry({ action: 'CLIENT_DATA_EXPORTED', targetEmail: 'jo@example.com' }))).toBe("ada@example.com exported jo@example.com's data");
    expect(auditSentence(entry({ action: 'CLIENT_ADMITTED', targetEmail: 'jo@example.com' }))).toBe('jo@example.com became a client');
  });

  it('reads an action it does not know from its code', () => {
    expect(auditSentence(entry({ action: 'TWO_STEP_ENABLED', targetEmail: 'jo@example.com' }))).toBe('Two step enabled by ada@example.com, concerning jo@example.com');
  });
});
