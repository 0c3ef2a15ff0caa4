import type { PublicMasterclass } from './use-public-masterclasses';
import type { MyRegistration } from './use-registration';

/** A published complimentary masterclass of the Ridgeline practice, far enough ahead to take registrations (test data). */
export function publicMasterclass(overrides: Partial<PublicMasterclass> = {}): PublicMasterclass {
  return {
    id: 'mc-1',
    slug: 'lead-without-fixing',
    practiceSlug: 'ridgeline',
    practiceName: 'Ridgeline Leadership Coaching',
    title: 'Lead without fixing everything',
    descriptionHtml: '<p>Ninety minutes on <strong>delegation</strong> that sticks.</p>',
    startsAt: '2099-12-03T17:00:00.000Z',
    endsAt: '2099-12-03T18:30:00.000Z',
    durationMinutes: 90,
    timeZone: 'Europe/London',
    seatsLeft: 12,
    price: null,
    registrationDeadline: '2099-12-03T17:00:00.000Z',
    registrationOpen: true,
    status: 'PUBLISHED',
    hostName: 'Maren Okafor',
    ...overrides,
  };
}

export const manageToken = 'b7a1c3c0-0000-4000-8000-000000000001.3f0c2a52-7d8e-4b9f-a1c2-0d4e5f6a7b8c.signature';

/** The registrant's own view of a registration for `masterclass` (test data). */
export function myRegistration(overrides: Partial<MyRegistration> = {}): MyRegistration {
  return {
    id: 'reg-1',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    status: 'CONFIRMED',
    waitlistPosition: null,
    holdExpiresAt: null,
    joinUrl: 'https://meet.example/ridgeline-dec',
    replayUrl: null,
    calendarUrl: `http://localhost/calendar/registrations/${manageToken}.ics`,
    manageToken,
    masterclass: publicMasterclass(),
    ...overrides,
  };
}
