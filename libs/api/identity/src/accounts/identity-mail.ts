import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { emailLayout, Mailer } from '@ascend/platform/mail';
import type { Role } from '@ascend/platform/tenancy';

const ROLE_NAMES: Record<Role, string> = { OWNER: 'an owner', ADMIN: 'an admin', COACH: 'a coach', CLIENT: 'a client' };

/** The mails of this domain: what they say and where their links lead in the web app. */
@Injectable()
export class IdentityMail {
  constructor(
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async verifyEmail(to: string, name: string, token: string) {
    const url = `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
    await this.mailer.send({
      to,
      tag: 'verify-email',
      subject: 'Confirm your email for Ascend',
      ...emailLayout({
        preheader: 'One click to confirm this address.',
        heading: `Welcome, ${name}`,
        paragraphs: ['Please confirm that this is your email address. The link works once and for 48 hours.'],
        action: { label: 'Confirm my email', url },
        footer: 'If you did not create an Ascend account, ignore this mail.',
      }),
    });
  }

  async confirmSignUp(to: string, name: string, token: string) {
    const url = `${this.config.publicUrl}/sign-up/confirm?token=${encodeURIComponent(token)}`;
    await this.mailer.send({
      to,
      tag: 'confirm-sign-up',
      subject: 'Confirm your email to open your Ascend practice',
      ...emailLayout({
        preheader: 'One click and your practice is ready.',
        heading: `Welcome, ${name}`,
        paragraphs: ['Confirm that this is your address and your practice opens, signed in. The link works once and for 48 hours.'],
        action: { label: 'Confirm and open my practice', url },
        footer: 'If you did not sign up for Ascend, ignore this mail: nothing is created without this click.',
      }),
    });
  }

  /** To an address that already has an account, when someone signs up with it: never says who tried. */
  async signUpAttempted(to: string) {
    const signIn = `${this.config.publicUrl}/sign-in?email=${encodeURIComponent(to)}`;
    await this.mailer.send({
      to,
      tag: 'sign-up-attempted',
      subject: 'Someone tried to sign up for Ascend with your address',
      ...emailLayout({
        heading: 'You already have an account',
        paragraphs: [
          'Someone just tried to sign up for Ascend with this address. It already has an account, so nothing new was created.',
          `If it was you, sign in instead. Forgot your password? Choose a new one at ${this.config.publicUrl}/forgot-password.`,
          `To start another practice with this account, sign in and choose "Start a practice" (${this.config.publicUrl}/app/new-practice).`,
        ],
        action: { label: 'Sign in', url: signIn },
        footer: 'If it was not you, ignore this mail: your account is unchanged.',
      }),
    });
  }

  async resetPassword(to: string, name: string, token: string) {
    const url = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await this.mailer.send({
      to,
      tag: 'reset-password',
      subject: 'Reset your Ascend password',
      ...emailLayout({
        heading: `Hello ${name}`,
        paragraphs: ['Someone asked to reset the password of your Ascend account. The link works once and for one hour.'],
        action: { label: 'Choose a new password', url },
        footer: 'If it was not you, ignore this mail: your password stays as it is.',
      }),
    });
  }

  /** To the account's address after its password changed: every other session has ended. */
  async passwordChanged(to: string, name: string) {
    const reset = `${this.config.publicUrl}/forgot-password?email=${encodeURIComponent(to)}`;
    await this.mailer.send({
      to,
      tag: 'password-changed',
      subject: 'Your Ascend password was changed',
      ...emailLayout({
        heading: `Hello ${name}`,
        paragraphs: [
          'The password of your Ascend account was just changed. Every other place where you were signed in has been signed out.',
          'If it was you, there is nothing else to do.',
        ],
        action: { label: 'It was not me: choose a new password', url: reset },
        footer: 'If you did not change it, someone knows your password: choose a new one with the button above right away.',
      }),
    });
  }

  /** To the new address of a change of address: following the link makes it the account's sign-in address. */
  async confirmEmailChange(to: string, name: string, token: string) {
    const url = `${this.config.publicUrl}/confirm-email-change?token=${encodeURIComponent(token)}`;
    await this.mailer.send({
      to,
      tag: 'confirm-email-change',
      subject: 'Confirm your new email address for Ascend',
      ...emailLayout({
        preheader: 'One click and this becomes your sign-in address.',
        heading: `Hello ${name}`,
        paragraphs: [
          'You asked to sign in to Ascend with this address from now on. Confirm it, and your account moves to it. The link works once and for 48 hours.',
        ],
        action: { label: 'Confirm my new address', url },
        footer: 'If you did not ask for this, ignore this mail: nothing changes without this click.',
      }),
    });
  }

  /** To an address that already has an account, when someone asks to move another account to it: never a link. */
  async emailChangeAttempted(to: string) {
    await this.mailer.send({
      to,
      tag: 'email-change-attempted',
      subject: 'Someone tried to use your address for another Ascend account',
      ...emailLayout({
        heading: 'Your address is already in use',
        paragraphs: [
          'Someone just asked to move another Ascend account to this address. It already belongs to your account, so nothing changed: your account and the other one stay as they were.',
          'If it was you: an address belongs to one account only. Sign in with this address to use the account it already has.',
        ],
        footer: 'If it was not you, ignore this mail: nobody can take this address while your account uses it.',
      }),
    });
  }

  /** To the old address once the change of address is confirmed, so a change nobody asked for does not go unnoticed. */
  async emailChanged(to: string, name: string, newEmail: string) {
    await this.mailer.send({
      to,
      tag: 'email-changed',
      subject: 'Your Ascend sign-in address was changed',
      ...emailLayout({
        heading: `Hello ${name}`,
        paragraphs: [
          `The sign-in address of your Ascend account was changed from this address to ${newEmail}. From now on you sign in, and receive Ascend mail, at ${newEmail}.`,
          'If it was you, there is nothing else to do.',
        ],
        footer:
          'If it was not you, someone who knows your password moved your account: contact Ascend support right away, and tell the owners of your practices so they can remove the account from their team meanwhile.',
      }),
    });
  }

  async invitation(to: string, invite: { practiceId: string; practiceName: string; inviterName: string; role: Role; token: string }) {
    const url = `${this.config.publicUrl}/invitations/accept?practice=${invite.practiceId}&token=${encodeURIComponent(invite.token)}`;
    await this.mailer.send({
      to,
      tag: 'invitation',
      subject: `${invite.inviterName} invited you to ${invite.practiceName} on Ascend`,
      ...emailLayout({
        heading: `Join ${invite.practiceName}`,
        paragraphs: [
          `${invite.inviterName} invited you to join ${invite.practiceName} on Ascend as ${ROLE_NAMES[invite.role]}.`,
          'The invitation is valid for 7 days.',
        ],
        action: { label: 'Accept the invitation', url },
        footer: 'If you did not expect this, ignore this mail.',
      }),
    });
  }
}
