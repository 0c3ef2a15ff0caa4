import type { EmailLayoutInput } from '@ascend/platform/mail';
import type { RegistrationStatus } from '../registrations/registration.models';
import type { RegistrationMailKind } from '../shared/registration-mail-queue';
import { clockTime, momentTime, priceText, sessionTime } from '../shared/masterclass-times';

/** Everything a registrant's mail may say, read when it goes. */
export interface RegistrantMailView {
  name: string;
  status: RegistrationStatus;
  practiceName: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  joinUrl: string;
  replayUrl: string;
  /** Their registration's page: cancel, add to calendar, pay. */
  manageUrl: string;
  /** Their registration's .ics. */
  calendarUrl: string;
  /** The masterclass's public page, to register again. */
  masterclassUrl: string;
  /** The practice's public page with its upcoming masterclasses. */
  practiceUrl: string;
  waitlistPosition: number | null;
  holdExpiresAt: Date | null;
  price: { amountCents: number; currency: string } | null;
  attended: boolean;
}

export interface RegistrantMailContent {
  /** X-Ascend-Tag: what tests and /dev/mail match on. */
  tag: string;
  subject: string;
  layout: EmailLayoutInput;
  /** Whether the registration's .ics goes with it (an invitation, an update, or a cancellation that removes it). */
  withCalendar: boolean;
}

type Link = { label: string; url: string };

export const REGISTRANT_MAIL_TAGS: Record<RegistrationMailKind, string> = {
  CONFIRMED: 'masterclass-confirmed',
  WAITLISTED: 'masterclass-waitlisted',
  PROMOTED: 'masterclass-promoted',
  PAYMENT_HOLD: 'masterclass-payment-hold',
  CANCELLED: 'masterclass-registration-cancelled',
  HOLD_EXPIRED: 'masterclass-hold-expired',
  MASTERCLASS_CANCELLED: 'masterclass-cancelled',
  MASTERCLASS_UPDATED: 'masterclass-updated',
  REMINDER_24H: 'masterclass-reminder-24h',
  REMINDER_1H: 'masterclass-reminder-1h',
  REPLAY: 'masterclass-replay',
};

const isWebLink = (url: string) => /^https?:\/\/\S+$/i.test(url.trim());

/**
 * The join link as the button when it is a web address; a host may also have written how to join in words
 * ("Zoom, meeting ID 123"), which goes in the text instead, or not have set it yet.
 */
function joining(view: RegistrantMailView, label: string): { paragraph?: string; action?: Link } {
  const join = view.joinUrl.trim();
  if (!join) return { paragraph: 'The join link is not set yet: you will get it by email as soon as it is.' };
  if (isWebLink(join)) return { action: { label, url: join } };
  return { paragraph: `How to join: ${join}` };
}

/** The mail for one registrant, in the voice of the practice that runs the masterclass. */
export function registrantMail(kind: RegistrationMailKind, view: RegistrantMailView): RegistrantMailContent {
  const when = sessionTime(view.startsAt, view.durationMinutes, view.timeZone);
  const title = `“${view.title}”`;
  const manage: Link = { label: 'Your registration: cancel or add to your calendar', url: view.manageUrl };
  // Once there is nothing left to cancel, the same page only shows how the registration ended.
  const record: Link = { label: 'Your registration', url: view.manageUrl };
  const calendar: Link = { label: 'Add to your calendar (.ics)', url: view.calendarUrl };
  const footer = `You receive this because you registered for ${title} with ${view.practiceName}.`;
  const mail = (subject: string, layout: Omit<EmailLayoutInput, 'footer'>, withCalendar = false): RegistrantMailContent => ({
    tag: REGISTRANT_MAIL_TAGS[kind],
    subject,
    layout: { ...layout, paragraphs: layout.paragraphs.filter((p): p is string => Boolean(p)), footer },
    withCalendar,
  });
  const calendarNote = 'The invitation is attached: open it to put the masterclass in your calendar, in your own time zone.';

  switch (kind) {
    case 'CONFIRMED': {
      const join = joining(view, 'Join the masterclass');
      return mail(
        `You’re in: ${view.title}`,
        {
          preheader: `Your seat is confirmed for ${when}.`,
          heading: 'Your seat is confirmed',
          paragraphs: [`Thank you for registering, ${view.name}. Your seat at ${title} with ${view.practiceName} is confirmed.`, `When: ${when}`, join.paragraph ?? '', calendarNote],
          action: join.action,
          links: [calendar, manage],
        },
        true,
      );
    }
    case 'PROMOTED': {
      const join = joining(view, 'Join the masterclass');
      return mail(
        `A seat is yours: ${view.title}`,
        {
          preheader: 'A seat opened up and it is yours.',
          heading: 'A seat opened up, and it’s yours',
          paragraphs: [
            `Good news, ${view.name}: a seat at ${title} freed up and, as next on the waitlist, it is now yours. You don’t need to do anything.`,
            `When: ${when}`,
            join.paragraph ?? '',
            calendarNote,
          ],
          action: join.action,
          links: [calendar, manage],
        },
        true,
      );
    }
    case 'WAITLISTED': {
      const position = view.waitlistPosition ?? 1;
      return mail(`You’re on the waitlist: ${view.title}`, {
        preheader: `You are number ${position} on the waitlist.`,
        heading: `You’re number ${position} on the waitlist`,
        paragraphs: [
          `Thank you for your interest, ${view.name}. ${title} is full for now, and you are number ${position} on the waitlist.`,
          `Seats often free up. When one does, it goes to the next person in line automatically, and we write to you straight away.`,
          `When: ${when}`,
        ],
        action: { label: 'See your place on the waitlist', url: view.manageUrl },
      });
    }
    case 'PAYMENT_HOLD': {
      const until = view.holdExpiresAt ? momentTime(view.holdExpiresAt, view.timeZone) : 'shortly';
      const price = view.price ? ` of ${priceText(view.price.amountCents, view.price.currency)}` : '';
      return mail(`Your seat is held for you: ${view.title}`, {
        preheader: `We are holding your seat until ${until}.`,
        heading: 'Your seat is held for you',
        paragraphs: [
          `Thank you, ${view.name}. We are holding a seat at ${title} for you until ${until}.`,
          `Your seat is confirmed once the payment${price} arrives. You will receive the payment link by email, and your registration page shows it too.`,
          `If the hold runs out unpaid, the seat goes to the next person waiting.`,
          `When: ${when}`,
        ],
        action: { label: 'Open your registration', url: view.manageUrl },
      });
    }
    case 'HOLD_EXPIRED':
      return mail(`Your held seat was released: ${view.title}`, {
        heading: 'Your held seat was released',
        paragraphs: [
          `We held a seat at ${title} for you, ${view.name}, but the payment did not arrive in time, so the seat has gone to the next person.`,
          `If you would still like to join us, you are welcome to register again: you get a seat if one is free, or a place on the waitlist.`,
        ],
        action: { label: 'Register again', url: view.masterclassUrl },
        links: [record],
      });
    case 'CANCELLED':
      return mail(
        `Your registration is cancelled: ${view.title}`,
        {
          heading: 'Your registration is cancelled',
          paragraphs: [
            `As you asked, ${view.name}, we have cancelled your registration for ${title} on ${when}. Thank you for letting us know: your seat can now go to someone on the waitlist.`,
            'The attached calendar update removes it from your calendar.',
            'Changed your mind? You can register again while registration is open.',
          ],
          action: { label: 'Register again', url: view.masterclassUrl },
          links: [record],
        },
        true,
      );
    case 'MASTERCLASS_CANCELLED':
      return mail(
        `Cancelled: ${view.title}`,
        {
          heading: `${title} is cancelled`,
          paragraphs: [
            `We’re sorry, ${view.name}: ${view.practiceName} has had to cancel ${title}, planned for ${when}.`,
            'The attached calendar update removes it from your calendar.',
            'We would love to see you at another masterclass soon.',
          ],
          action: { label: 'See upcoming masterclasses', url: view.practiceUrl },
          links: [record],
        },
        true,
      );
    case 'MASTERCLASS_UPDATED': {
      const join = joining(view, 'Join the masterclass');
      const confirmed = view.status === 'CONFIRMED';
      return mail(
        `Updated: ${view.title}`,
        {
          preheader: `Now ${when}.`,
          heading: 'Your masterclass has changed',
          paragraphs: [
            `Hello ${view.name}, ${view.practiceName} has changed the time or the join link of ${title}. Here is how it stands now.`,
            `When: ${when}`,
            confirmed ? (join.paragraph ?? '') : 'Your seat is held while you pay; the join link comes once it is confirmed.',
            'The attached invitation updates the entry in your calendar.',
          ],
          action: confirmed ? join.action : { label: 'Open your registration', url: view.manageUrl },
          links: [calendar, manage],
        },
        true,
      );
    }
    case 'REMINDER_24H':
    case 'REMINDER_1H': {
      const soon = kind === 'REMINDER_1H';
      const join = joining(view, 'Join the masterclass');
      return mail(soon ? `Starting in an hour: ${view.title}` : `Tomorrow: ${view.title}`, {
        preheader: soon ? `Starts at ${clockTime(view.startsAt, view.timeZone)}.` : `See you ${when}.`,
        heading: soon ? 'We start in an hour' : 'See you tomorrow',
        paragraphs: [
          soon
            ? `Hello ${view.name}, ${title} starts in about an hour, at ${clockTime(view.startsAt, view.timeZone)}.`
            : `Hello ${view.name}, a short reminder that ${title} is tomorrow: ${when}.`,
          soon ? '' : 'Bring one situation from your own work you would like to think through: it makes the session yours.',
          join.paragraph ?? '',
          'Can’t make it after all? Please cancel your seat, so someone on the waitlist can take it.',
        ],
        action: join.action,
        links: [manage],
      });
    }
    case 'REPLAY': {
      const replay: Link | undefined = isWebLink(view.replayUrl) ? { label: 'Watch the replay', url: view.replayUrl.trim() } : undefined;
      const where = replay ? '' : `The replay: ${view.replayUrl.trim()}`;
      return mail(
        view.attended ? `The replay: ${view.title}` : `The replay is ready: ${view.title}`,
        view.attended
          ? {
              heading: 'Thank you for joining us',
              paragraphs: [
                `Thank you for being there, ${view.name}, and for what you brought to ${title}.`,
                'Here is the replay, to come back to the parts that matter most for you. Ideas stick best when you try one this week.',
                where,
              ],
              action: replay,
              links: [record],
            }
          : {
              heading: 'We missed you: here is the replay',
              paragraphs: [
                `We missed you at ${title}, ${view.name}. Weeks get full, we know.`,
                'The replay is ready, so you can watch it whenever suits you, and pause where you want to think.',
                where,
              ],
              action: replay,
              links: [record],
            },
      );
    }
  }
}
