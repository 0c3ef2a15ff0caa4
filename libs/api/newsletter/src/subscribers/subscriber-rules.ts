import { stringify } from 'csv-stringify/sync';
import type { EmailLayoutInput } from '@ascend/platform/mail';

export const SUBSCRIBER_STATUSES = ['PENDING', 'SUBSCRIBED', 'UNSUBSCRIBED', 'BOUNCED', 'COMPLAINED'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

/** Statuses that are never mailed again, whatever anyone types into a form. */
export const SUPPRESSED: readonly SubscriberStatus[] = ['BOUNCED', 'COMPLAINED'];

/**
 * What the signup form shows beside its checkbox, recorded word for word as the subscriber's consent. The web form
 * asks for it (`newsletterSignupWording`), so the words agreed to and the words kept are always the same.
 */
export function SIGNUP_CONSENT_TEXT(practiceName: string): string {
  return (
    `Yes, email me ${practiceName}'s newsletter: weekly insights and invitations to complimentary masterclasses and events. ` +
    'No spam; my details are never sold or shared; I can leave with one click in any issue.'
  );
}

/** The one answer to every signup, whatever happened to the address: nobody learns who is on the list. */
export const SUBSCRIBE_RECEIPT = 'Check your inbox: if this address can receive our newsletter, a link to confirm it is on its way.';

/** A pending address gets at most one confirmation mail in this many minutes, however often the form is sent. */
export const CONFIRMATION_RESEND_MINUTES = 10;

/** Where a consent came from, as recorded: the form and the page it was on. */
export function signupConsentSource(pagePath: string | null | undefined): string {
  const page = pagePath?.trim();
  return page ? `signup form on ${page}` : 'signup form';
}

export const RESUBSCRIBE_CONSENT_SOURCE = 'resubscribe link';

export interface ConfirmationMailView {
  name: string;
  practiceName: string;
  confirmUrl: string;
}

/** The double opt-in mail: who asks, the one button, and the practice's promise. */
export function confirmationMail({ name, practiceName, confirmUrl }: ConfirmationMailView): { tag: string; subject: string; layout: EmailLayoutInput } {
  return {
    tag: 'newsletter-confirm',
    subject: `Confirm your subscription to ${practiceName}'s newsletter`,
    layout: {
      preheader: 'One click and the next issue is yours.',
      heading: 'Please confirm your subscription',
      paragraphs: [
        name ? `Hello ${name},` : 'Hello,',
        `Someone, hopefully you, asked for ${practiceName}'s newsletter at this address: weekly insights and invitations to complimentary masterclasses and events.`,
        'Our promise: no spam, we never sell or share your information, and leaving takes one click in any issue.',
      ],
      action: { label: 'Confirm my subscription', url: confirmUrl },
      footer: `Did not ask for this? Ignore this mail and ${practiceName} will not write to you.`,
    },
  };
}

export const CSV_EXPORT_COLUMNS = ['email', 'name', 'status', 'consent_at', 'consent_source', 'created_at'] as const;

export interface ExportedSubscriber {
  email: string;
  name: string;
  status: string;
  consentAt: Date | null;
  consentSource: string | null;
  createdAt: Date;
}

// A cell starting with one of these is a formula to a spreadsheet (a tab or CR can hide one).
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: a leading apostrophe disarms a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The subscriber list for a spreadsheet: UTC ISO times, formulas neutralised, CRLF line ends. */
export function subscribersCsv(rows: ExportedSubscriber[]): string {
  const records = rows.map((r) => [r.email, r.name, r.status, r.consentAt?.toISOString() ?? '', r.consentSource ?? '', r.createdAt.toISOString()]);
  return stringify(records, {
    header: true,
    columns: [...CSV_EXPORT_COLUMNS],
    record_delimiter: 'windows',
    cast: { string: (value) => neutraliseFormula(value) },
  });
}
