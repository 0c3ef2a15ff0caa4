import { doneMessages, removalConfirmation, revocationConfirmation, roleChangeConfirmation } from './team-words';

const tom = { name: 'Tom Reyes', isYou: false };
const me = { name: 'Maren Okafor', isYou: true };

describe('role change confirmations', () => {
  it('says what a promotion gives, and that nothing is lost', () => {
    expect(roleChangeConfirmation(tom, 'COACH', 'ADMIN')).toEqual({
      title: 'Change the role of Tom Reyes?',
      body:
        'Tom Reyes becomes an admin: they will be able to invite people to the team, manage billing and sales, edit the public site, ' +
        "read the audit log and export or erase a client's data. They keep everything else they could do.",
      confirmLabel: 'Make them an admin',
      takesAway: false,
    });
  });

  it('says what a change takes away, in red', () => {
    const toClient = roleChangeConfirmation(tom, 'COACH', 'CLIENT');
    expect(toClient.body).toMatch(/^Tom Reyes becomes a client: they will be able to use the client portal\. They will no longer be able to see the team, /);
    expect(toClient.body).toMatch(/ or see the coaching packages on sale\.$/);
    expect(toClient.takesAway).toBe(true);
  });

  it('speaks to owners stepping down themselves, who cannot undo it', () => {
    expect(roleChangeConfirmation(me, 'OWNER', 'ADMIN')).toEqual({
      title: 'Change your own role to admin?',
      body: 'You become an admin. You will no longer be able to change roles and remove members. Only another owner can make you an owner again.',
      confirmLabel: 'Become an admin',
      takesAway: true,
    });
  });
});

describe('other confirmations and messages', () => {
  it('says what a removal takes away and that it can be undone', () => {
    const removal = removalConfirmation({ name: 'Jo Park', email: 'jo@example.com', role: 'CLIENT' }, 'Ridgeline');
    expect(removal.title).toBe('Remove Jo Park?');
    expect(removal.body).toBe('Jo Park (jo@example.com) loses access to Ridgeline at once: they will no longer be able to use the client portal. You can invite them again later.');
  });

  it('says a revoked link stops working', () => {
    expect(revocationConfirmation('x@y.example').title).toBe('Revoke the invitation to x@y.example?');
    expect(revocationConfirmation('x@y.example').body).toBe('The link in their mail stops working at once; you can invite them again later.');
  });

  it('words what was done', () => {
    expect(doneMessages.roleChanged(tom, 'ADMIN').message).toBe('Tom Reyes is now an admin.');
    expect(doneMessages.roleChanged(me, 'COACH').message).toBe('You are now a coach.');
    expect(doneMessages.invitationSent('sam@example.com', 'CLIENT', 'Ridgeline').message).toBe(
      'We mailed sam@example.com a link to join Ridgeline as a client. It works for 7 days.',
    );
  });
});
