import type { EntityManager } from 'typeorm';

type Status = 'PENDING' | 'SUBSCRIBED' | 'UNSUBSCRIBED' | 'BOUNCED' | 'COMPLAINED';

const FIRST_NAMES = ['Ada', 'Bram', 'Cleo', 'Dev', 'Elin', 'Femi', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kaia', 'Luca', 'Mira', 'Nils', 'Oona'];
const LAST_NAMES = ['Archer', 'Brandt', 'Costa', 'Dahl', 'Eze', 'Fischer', 'Gill', 'Haas', 'Ito', 'Jensen'];

/** How many demo subscribers of each status: most are subscribed, a few in every other state. */
const MIX: [Status, number][] = [
  ['SUBSCRIBED', 16],
  ['PENDING', 3],
  ['UNSUBSCRIBED', 3],
  ['BOUNCED', 2],
  ['COMPLAINED', 1],
];

const SOURCES = ['SIGNUP_FORM', 'IMPORT', 'MASTERCLASS'] as const;
const CONSENT = 'Yes, send me the weekly insights newsletter. I can leave at any time with one click.';

const SENT_SUBJECT = 'The decision you keep postponing';
const SENT_BODY = [
  'Most leaders I coach can name the decision they have been circling for weeks. Few have named what it costs them to keep circling.',
  '## Try this before Friday',
  '- Write the decision in one sentence.',
  '- Write who is waiting on it, by name.',
  '- Book thirty minutes with yourself to make it, and tell one person the time.',
  'A decision made at seventy percent certainty and owned beats a perfect one made a month late. Reply and tell me which one you picked.',
].join('\n\n');

/**
 * The demo practice's newsletter: subscribers in every status with their consent on record, the weekly settings, one
 * issue sent to everyone subscribed at the time (its ledger all SENT, with a bounce, a complaint and an unsubscribe
 * traced back to it), and this week's insights draft. Idempotent: a restart finds it all and adds nothing.
 */
export async function seedDemoNewsletter(manager: EntityManager, practiceId: string, publicUrl = 'http://localhost:3000'): Promise<void> {
  await manager.query(
    `insert into newsletter_settings (tenant_id, weekly_enabled, weekly_weekday) values ($1, true, 4) on conflict (tenant_id) do nothing`,
    [practiceId],
  );
  const people = MIX.flatMap(([status, count]) => Array.from({ length: count }, () => status)).map((status, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length];
    const last = LAST_NAMES[(i * 3) % LAST_NAMES.length];
    return { email: `${first}.${last}.${i + 1}@readers.example`.toLowerCase(), name: `${first} ${last}`, status, source: SOURCES[i % SOURCES.length], daysAgo: 90 - i * 3 };
  });
  await manager.query(
    `insert into subscriber (tenant_id, email, name, status, source, consent_at, consent_text, consent_source, consent_ip,
                             confirmation_sent_at, confirmed_at, unsubscribed_at, bounced_at, complained_at, created_at)
     select $1, p.email, p.name, p.status, p.source,
            case when p.status <> 'PENDING' then now() - p.days * interval '1 day' end,
            case when p.status <> 'PENDING' then $2 end,
            case p.source when 'IMPORT' then 'import: kajabi-export.csv' when 'MASTERCLASS' then '/p/ridgeline/masterclasses' else '/p/ridgeline/articles' end,
            case when p.source = 'SIGNUP_FORM' and p.status <> 'PENDING' then '203.0.113.' || (10 + p.days) end,
            now() - p.days * interval '1 day',
            case when p.status <> 'PENDING' and p.source <> 'IMPORT' then now() - p.days * interval '1 day' + interval '20 minutes' end,
            case when p.status = 'UNSUBSCRIBED' then now() - interval '6 days' end,
            case when p.status = 'BOUNCED' then now() - interval '6 days' end,
            case when p.status = 'COMPLAINED' then now() - interval '6 days' end,
            now() - p.days * interval '1 day'
       from unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::int[]) as p(email, name, status, source, days)
     on conflict (tenant_id, email) do nothing`,
    [practiceId, CONSENT, people.map((p) => p.email), people.map((p) => p.name), people.map((p) => p.status), people.map((p) => p.source), people.map((p) => p.daysAgo)],
  );

  const [sent]: { id: string }[] = await manager.query(`select id from newsletter_issue where tenant_id = $1 and subject = $2 and status = 'SENT'`, [practiceId, SENT_SUBJECT]);
  if (!sent) await seedSentIssue(manager, practiceId);
  await seedWeeklyDraft(manager, practiceId, publicUrl);
}

/** Sent a week ago to everyone then subscribed: those who left, bounced or complained since are traced to it. */
async function seedSentIssue(manager: EntityManager, practiceId: string) {
  const [{ id }]: { id: string }[] = await manager.query(
    `insert into newsletter_issue (tenant_id, subject, preheader, body, status, started_at, finished_at, created_at, updated_at)
     values ($1, $2, 'Thirty minutes, one sentence, one person told', $3, 'SENT', now() - interval '7 days', now() - interval '7 days' + interval '2 minutes',
             now() - interval '8 days', now() - interval '7 days')
     returning id`,
    [practiceId, SENT_SUBJECT, SENT_BODY],
  );
  await manager.query(
    `with ledger as (
       insert into delivery (tenant_id, issue_id, subscriber_id, status, sent_at, bounced_at, complained_at, unsubscribed_at)
       select $1, $2, s.id, 'SENT', now() - interval '7 days' + interval '1 minute', s.bounced_at, s.complained_at, s.unsubscribed_at
         from subscriber s
        where s.tenant_id = $1 and s.status in ('SUBSCRIBED', 'UNSUBSCRIBED', 'BOUNCED', 'COMPLAINED')
       on conflict do nothing returning 1
     )
     update newsletter_issue set recipients = (select count(*) from ledger), sent_count = (select count(*) from ledger) where tenant_id = $1 and id = $2`,
    [practiceId, id],
  );
}

/** This week's insights draft, as the weekly job would have made it, for the coach to finish. */
async function seedWeeklyDraft(manager: EntityManager, practiceId: string, publicUrl: string) {
  const [{ week_of, slug }]: { week_of: string; slug: string }[] = await manager.query(
    `select to_char(date_trunc('week', now() at time zone p.time_zone), 'YYYY-MM-DD') as week_of, p.slug from practice p where p.id = $1`,
    [practiceId],
  );
  const body = [
    '_A note from you: replace this line with what is on your mind this week, in two or three sentences._',
    '## New this week',
    '**Delegating is a decision, not a task list**  \nWhy handing work back starts with naming the calls only you should make.',
    '## Coming up',
    '**Stop being the bottleneck: handing back the decisions only you make**  \nA complimentary hour on getting out of your own inbox. ' +
      `[Save your seat](${publicUrl}/p/${slug}/masterclasses/stop-being-the-bottleneck?ref=newsletter&issue=${week_of})`,
  ].join('\n\n');
  await manager.query(
    `insert into newsletter_issue (tenant_id, subject, preheader, body, kind, week_of)
     values ($1, 'This week at Ridgeline: delegating is a decision', 'One new article and a masterclass coming up', $2, 'WEEKLY', $3)
     on conflict (tenant_id, week_of) where kind = 'WEEKLY' do nothing`,
    [practiceId, body, week_of],
  );
}
