import type { EntityManager } from 'typeorm';

interface DemoMasterclass {
  slug: string;
  title: string;
  description: string;
  /** Days from now (negative: past), at 17:00 UTC. */
  startsInDays: number;
  durationMinutes: number;
  timeZone: string;
  capacity: number;
  priceCents?: number;
  status: 'DRAFT' | 'PUBLISHED' | 'COMPLETED';
  replayUrl?: string;
  confirmed: number;
  waitlisted: number;
  /** Of the confirmed, how many attended and how many did not come (the rest unmarked). */
  attended?: number;
  noShows?: number;
}

export const demoMasterclasses: DemoMasterclass[] = [
  {
    slug: 'stop-being-the-bottleneck',
    title: 'Stop being the bottleneck: handing back the decisions only you make',
    description: [
      'Every team has one person whose inbox decides how fast everything moves. If that is you, this hour is for you.',
      '',
      '## What we will work through',
      '',
      '- The three kinds of decision you keep out of habit, and the one kind that is really yours',
      '- A short script for handing a decision back without handing away the standard',
      '- How to tell, in week one, whether the hand-over is holding',
      '',
      'Bring one decision you made this week that someone else could have made. We will use it.',
    ].join('\n'),
    startsInDays: 9,
    durationMinutes: 75,
    timeZone: 'Europe/London',
    capacity: 24,
    status: 'PUBLISHED',
    confirmed: 24,
    waitlisted: 3,
  },
  {
    slug: 'the-one-bold-goal-workshop',
    title: 'The one bold goal workshop',
    description: [
      'A working session, not a talk: you leave with **one** twelve-month goal written the way your future self would say it,',
      'and the first three weekly commitments that move it.',
      '',
      'Places are limited so that everyone gets time with the coach.',
    ].join('\n'),
    startsInDays: 23,
    durationMinutes: 120,
    timeZone: 'America/New_York',
    capacity: 16,
    priceCents: 4900,
    status: 'PUBLISHED',
    confirmed: 9,
    waitlisted: 0,
  },
  {
    slug: 'from-firefighter-to-strategist',
    title: 'From firefighter to strategist',
    description: [
      'Why the people who fix everything get promoted, and why the same habit stalls them one level up.',
      '',
      'We look at where your week actually goes, and practise saying a clear, kind *no*.',
    ].join('\n'),
    startsInDays: -18,
    durationMinutes: 60,
    timeZone: 'Europe/London',
    capacity: 30,
    status: 'COMPLETED',
    replayUrl: 'https://video.ridgeline.example/replays/firefighter-to-strategist',
    confirmed: 21,
    waitlisted: 0,
    attended: 15,
    noShows: 5,
  },
  {
    slug: 'leading-through-your-managers',
    title: 'Leading through your managers (draft)',
    description: 'Notes for a spring session on coaching the managers who report to you. Not announced yet.',
    startsInDays: 45,
    durationMinutes: 60,
    timeZone: 'Europe/London',
    capacity: 40,
    status: 'DRAFT',
    confirmed: 0,
    waitlisted: 0,
  },
];

const FIRST = ['Amara', 'Lukas', 'Sofia', 'Daniel', 'Mei', 'Oliver', 'Nadia', 'Kwame', 'Elena', 'Rafael', 'Hannah', 'Yusuf', 'Clara', 'Mateo', 'Ingrid', 'Samir'];
const LAST = ['Bennett', 'Kowalski', 'Haddad', 'Lindqvist', 'Moreau', 'Osei', 'Tanaka', 'Varga', 'Quinn', 'Ferreira', 'Novak', 'Ahmed'];
const QUESTIONS = [
  'How do I delegate when the team is already stretched?',
  'My CEO still comes to me for everything. Where do I start?',
  '',
  '',
  'Is this useful for someone three months into a new role?',
  '',
];
const ORIGINS: { source: string; issue: string | null; utmSource: string | null; utmCampaign: string | null }[] = [
  { source: 'NEWSLETTER', issue: 'weekly-insights-41', utmSource: 'newsletter', utmCampaign: null },
  { source: 'DIRECT', issue: null, utmSource: 'linkedin', utmCampaign: 'autumn-masterclasses' },
  { source: 'DIRECT', issue: null, utmSource: null, utmCampaign: null },
];

/**
 * The demo practice's masterclasses once: an upcoming one full with a waitlist, a paid one filling up, one that took
 * place with attendance marked and its replay, and a draft. A practice that has any masterclass is left alone.
 */
export async function seedDemoMasterclasses(
  manager: EntityManager,
  practiceId: string,
  { hostEmail, becameClients }: { hostEmail: string; becameClients: { name: string; email: string }[] },
  now = new Date(),
): Promise<void> {
  const [{ seeded }]: { seeded: boolean }[] = await manager.query('select exists (select 1 from masterclass where tenant_id = $1) as seeded', [practiceId]);
  if (seeded) return;
  const [host]: { id: string }[] = await manager.query('select id from app_account_by_email($1)', [hostEmail]);
  let person = 0;
  for (const masterclass of demoMasterclasses) {
    const day = new Date(now.getTime() + masterclass.startsInDays * 86_400_000);
    const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 17, 0));
    const [{ id }]: { id: string }[] = await manager.query(
      `insert into masterclass (tenant_id, slug, title, description, starts_at, duration_minutes, time_zone, capacity, price_cents, currency,
                                registration_deadline, join_url, replay_url, host_user_id, status, published_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $5, $11, $12, $13, $14, case when $14 <> 'DRAFT' then $15::timestamptz end) returning id`,
      [
        practiceId,
        masterclass.slug,
        masterclass.title,
        masterclass.description,
        startsAt,
        masterclass.durationMinutes,
        masterclass.timeZone,
        masterclass.capacity,
        masterclass.priceCents ?? null,
        masterclass.priceCents ? 'EUR' : null,
        `https://meet.ridgeline.example/${masterclass.slug}`,
        masterclass.replayUrl ?? '',
        host?.id ?? null,
        masterclass.status,
        new Date(startsAt.getTime() - 21 * 86_400_000),
      ],
    );
    const total = masterclass.confirmed + masterclass.waitlisted;
    // The demo's clients first came to the masterclass that took place: the funnel shows them becoming clients.
    const regulars = masterclass.status === 'COMPLETED' ? becameClients : [];
    for (let i = 0; i < total; i++, person++) {
      const regular = regulars[i];
      const name = regular?.name ?? `${FIRST[person % FIRST.length]} ${LAST[(person * 7) % LAST.length]}`;
      const origin = ORIGINS[person % ORIGINS.length];
      const waitlisted = i >= masterclass.confirmed;
      const attendance = waitlisted ? null : i < (masterclass.attended ?? 0) ? 'ATTENDED' : i < (masterclass.attended ?? 0) + (masterclass.noShows ?? 0) ? 'NO_SHOW' : null;
      const registeredAt = new Date(startsAt.getTime() - (20 - (i * 19) / total) * 86_400_000);
      await manager.query(
        `insert into registration (tenant_id, masterclass_id, name, email, question, status, waitlist_number, attendance, source, newsletter_issue,
                                   utm_source, utm_campaign, consent_text, registered_at, confirmed_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, case when $6 = 'CONFIRMED' then $14::timestamptz end)`,
        [
          practiceId,
          id,
          name,
          regular?.email ?? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${person}@guests.example`,
          QUESTIONS[person % QUESTIONS.length],
          waitlisted ? 'WAITLISTED' : 'CONFIRMED',
          waitlisted ? i - masterclass.confirmed + 1 : null,
          attendance,
          origin.source,
          origin.issue,
          origin.utmSource,
          origin.utmCampaign,
          'I agree that Ridgeline Leadership Coaching may email me about this masterclass and related coaching events.',
          registeredAt,
        ],
      );
    }
  }
}
