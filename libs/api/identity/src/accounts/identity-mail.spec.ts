import type { AppConfig } from '@ascend/platform/config';
import { extractLinks, Mailer, OutgoingMail } from '@ascend/platform/mail';
import { IdentityMail } from './identity-mail';

describe('the mails about an account', () => {
  const sent: OutgoingMail[] = [];
  const mailer = { send: async (mail: OutgoingMail) => void sent.push(mail) } as unknown as Mailer;
  const mail = new IdentityMail(mailer, { publicUrl: 'https://ascend.example' } as AppConfig);
  const last = () => sent[sent.length - 1];
  const linksOf = (m: OutgoingMail) => extractLinks(m.text, m.html);

  it('tells someone whose address has an account how to start another practice with it', async () => {
    await mail.signUpAttempted('dana@example.com');
    expect(last().text).toContain('To start another practice with this account, sign in and choose "Start a practice" (https://ascend.example/app/new-practice).');
    expect(linksOf(last())).toContain('https://ascend.example/app/new-practice');
  });

  it('links the new address of a change of address to its confirmation page', async () => {
    await mail.confirmEmailChange('dana@new.example', 'Dana', 'tok/en+1');
    expect(last()).toMatchObject({ to: 'dana@new.example', tag: 'confirm-email-change' });
    expect(linksOf(last())).toEqual(['https://ascend.example/confirm-email-change?token=tok%2Fen%2B1']);
  });

  it('never links an address someone tried to take: it only says nothing changed', async () => {
    await mail.emailChangeAttempted('held@example.com');
    expect(last()).toMatchObject({ to: 'held@example.com', tag: 'email-change-attempted' });
    expect(last().text).toContain('nothing changed');
    expect(linksOf(last())).toEqual([]);
  });

  it('tells the old address where the account moved and what to do if nobody asked', async () => {
    await mail.emailChanged('dana@old.example', 'Dana', 'dana@new.example');
    expect(last()).toMatchObject({ to: 'dana@old.example', tag: 'email-changed' });
    expect(last().text).toContain('changed from this address to dana@new.example');
    expect(last().text).toContain('If it was not you, someone who knows your password moved your account: contact Ascend support right away');
  });

  it('tells the account its password changed, with a way back if it was not its owner', async () => {
    await mail.passwordChanged('dana@example.com', 'Dana');
    expect(last()).toMatchObject({ to: 'dana@example.com', tag: 'password-changed', subject: 'Your Ascend password was changed' });
    expect(linksOf(last())).toEqual(['https://ascend.example/forgot-password?email=dana%40example.com']);
  });
});
