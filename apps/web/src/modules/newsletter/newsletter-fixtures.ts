// Test data: subscribers and issues as the API answers them.
export const counts = { pending: 3, subscribed: 240, unsubscribed: 12, bounced: 2, complained: 1 };

export function subscriberData(id: string, email: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    email,
    name: '',
    status: 'SUBSCRIBED',
    source: 'SIGNUP_FORM',
    consentAt: '2026-10-01T09:00:00.000Z',
    consentText: 'I agree that Ridgeline Leadership Coaching may email me its newsletter.',
    consentSource: '/p/ridgeline/articles/the-workhorse-trap',
    consentIp: '203.0.113.7',
    confirmedAt: '2026-10-01T09:05:00.000Z',
    unsubscribedAt: null,
    createdAt: '2026-10-01T09:00:00.000Z',
    ...extra,
  };
}

export function issueData(extra: Record<string, unknown> = {}) {
  return {
    id: 'issue-1',
    subject: 'Three traps of the new manager',
    preheader: 'And a masterclass to get out of them',
    body: '## The workhorse trap\n\nYou fix everything yourself.',
    kind: 'MANUAL',
    weekOf: null,
    status: 'DRAFT',
    scheduledAt: null,
    startedAt: null,
    finishedAt: null,
    recipients: 0,
    sent: 0,
    failed: 0,
    pending: 0,
    bounced: 0,
    complained: 0,
    unsubscribed: 0,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...extra,
  };
}

export function importRun(extra: Record<string, unknown> = {}) {
  return {
    id: 'import-1',
    fileName: 'mailchimp.csv',
    status: 'QUEUED',
    total: 3,
    processed: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    failed: 0,
    errors: [] as string[],
    createdAt: '2026-11-22T10:00:00.000Z',
    finishedAt: null,
    ...extra,
  };
}
