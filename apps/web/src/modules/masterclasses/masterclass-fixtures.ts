// Test data: masterclasses and registrations as the API answers them.
export const team = [
  { membershipId: 'm1', userId: 'u-maren', name: 'Maren Okafor', email: 'maren@example.com', role: 'OWNER', joinedAt: '2026-01-01T00:00:00Z' },
  { membershipId: 'm2', userId: 'u-tom', name: 'Tom Reyes', email: 'tom@example.com', role: 'COACH', joinedAt: '2026-01-01T00:00:00Z' },
];

export function masterclassData(extra: Record<string, unknown> = {}) {
  return {
    id: 'mc-1',
    slug: 'leading-without-fixing',
    title: 'Leading without fixing',
    description: 'For **new managers**.',
    descriptionHtml: '<p>For <strong>new managers</strong>.</p>',
    startsAt: '2027-07-15T17:00:00.000Z',
    endsAt: '2027-07-15T18:00:00.000Z',
    durationMinutes: 60,
    timeZone: 'Europe/London',
    capacity: 40,
    price: null,
    registrationDeadline: '2027-07-15T17:00:00.000Z',
    joinUrl: 'https://meet.example.com/lwf',
    replayUrl: '',
    host: { userId: 'u-maren', name: 'Maren Okafor' },
    status: 'PUBLISHED',
    seatsTaken: 12,
    waitlisted: 0,
    publicUrl: 'https://ascend.example/p/ridgeline/masterclasses/leading-without-fixing',
    ...extra,
  };
}

export function registrationData(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name,
    email: `${name.split(' ')[0].toLowerCase()}@example.com`,
    status: 'CONFIRMED',
    waitlistPosition: null,
    holdExpiresAt: null,
    attendance: null as string | null,
    question: '',
    registeredAt: '2027-07-01T09:00:00.000Z',
    cancelledAt: null,
    clientId: null,
    invitedAsClientAt: null,
    origin: { source: 'DIRECT', newsletterIssue: null, utmSource: null, utmMedium: null, utmCampaign: null },
    ...extra,
  };
}

/** "18:00" or "6:00 PM": how this machine's locale writes the time of an instant on the clocks of a zone. */
export function clockTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
