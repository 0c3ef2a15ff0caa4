import { IdentityModule } from '@ascend/identity';
import { buildCoachingPractice, MailCatcher, startMailCatcher, startTestApp, TestApp, uniqueEmail, waitForJobs } from '@ascend/platform/testing';
import { CoachingModule } from '../coaching.module';

const APPLY = `mutation($input: ApplyToWorkWithInput!) { applyToWorkWith(input: $input) }`;

const application = (practiceSlug: string, email = uniqueEmail('applicant')) => ({
  practiceSlug,
  name: 'Priya Raman',
  email,
  jobTitle: 'Head of Data',
  wantsToChange: 'I fix everything myself and never get to strategy.',
  preferredContactTime: 'Weekday mornings',
  consent: true,
  website: '',
});

describe('applications from the public page', () => {
  let t: TestApp;
  let mail: MailCatcher;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ imports: [IdentityModule, CoachingModule], env: { SMTP_URL: mail.smtpUrl } });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const leadsOf = (practiceId: string) =>
    t.db.query<{ id: string; name: string; email: string; status: string; source: string; job_title: string; consent_text: string; consent_at: Date | null }>(
      `select id, name, email, status, source, job_title, consent_text, consent_at from client where tenant_id = $1 and user_id is null order by email`,
      [practiceId],
    );

  it('puts a lead on the roster with the consent given, and mails the owner a link to it', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 0, admins: 1 });
    const input = application(practice.slug, uniqueEmail('Priya'));
    expect((await t.graphql(APPLY, { input })).data).toEqual({ applyToWorkWith: true });
    const [lead] = await leadsOf(practice.practiceId);
    expect(lead).toMatchObject({ name: 'Priya Raman', email: input.email.toLowerCase(), status: 'LEAD', source: 'APPLICATION', job_title: 'Head of Data' });
    expect(lead.consent_text).toContain(`I agree that ${practice.name} may contact me`);
    expect(lead.consent_at).toBeInstanceOf(Date);

    await waitForJobs(t.db);
    const sent = await mail.waitFor((m) => m.to.includes(practice.owner.email) && m.tag === 'new-lead');
    expect(sent.subject).toBe('New application from Priya Raman');
    expect(sent.replyTo).toContain(input.email.toLowerCase());
    expect(sent.text).toContain('I fix everything myself');
    expect(sent.links).toContain(`${t.config.publicUrl}/app/clients/${lead.id}`);
    await mail.waitFor((m) => m.to.includes(practice.admins[0].email) && m.tag === 'new-lead');
    expect(mail.messages.filter((m) => m.to.includes(practice.coaches[0].email) && m.tag === 'new-lead')).toEqual([]);
  });

  it('refreshes a lead who applies again, and leaves a client already coached exactly as they are', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
    const input = application(practice.slug);
    await t.graphql(APPLY, { input });
    await t.graphql(APPLY, { input: { ...input, jobTitle: 'VP Data' } });
    expect((await leadsOf(practice.practiceId)).map((l) => l.job_title)).toEqual(['VP Data']);

    const client = practice.roster[0];
    const before = await t.db.query('select * from client where id = $1', [client.clientId]);
    expect((await t.graphql(APPLY, { input: application(practice.slug, client.person.email) })).data).toEqual({ applyToWorkWith: true });
    expect(await t.db.query('select * from client where id = $1', [client.clientId])).toEqual(before);
  });

  it('keeps one lead when the same person applies several times at once', async () => {
    const practice = await buildCoachingPractice(t, { clients: 0 });
    const input = application(practice.slug);
    const answers = await Promise.all([1, 2, 3].map(() => t.graphql(APPLY, { input })));
    expect(answers.map((a) => a.data)).toEqual([1, 2, 3].map(() => ({ applyToWorkWith: true })));
    expect(await leadsOf(practice.practiceId)).toHaveLength(1);
  });

  it('answers a filled honeypot exactly like success, and stores nothing', async () => {
    const practice = await buildCoachingPractice(t, { clients: 0 });
    const human = await t.graphql(APPLY, { input: application(practice.slug) });
    const robot = await t.graphql(APPLY, { input: { ...application(practice.slug), website: 'http://cheap-pills.example' } });
    expect(robot.status).toBe(human.status);
    expect(robot.data).toEqual(human.data);
    expect(robot.errors).toEqual(human.errors);
    expect(await leadsOf(practice.practiceId)).toHaveLength(1);
  });

  it('needs consent, and names the fields it refuses', async () => {
    const practice = await buildCoachingPractice(t, { clients: 0 });
    const noConsent = await t.graphql(APPLY, { input: { ...application(practice.slug), consent: false } });
    expect(noConsent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.consent' }] });
    const bad = await t.graphql(APPLY, { input: { ...application(practice.slug), email: 'nope', name: ' ' } });
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['input.email', 'input.name']);
    const nowhere = await t.graphql(APPLY, { input: application('no-such-practice-here') });
    expect(nowhere.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'input.practiceSlug' }] });
    expect(await leadsOf(practice.practiceId)).toEqual([]);
  });

  it('is rate limited per address', async () => {
    const limited = await startTestApp({ imports: [IdentityModule, CoachingModule], env: { AUTH_RATE_LIMIT: '3' } });
    try {
      const practice = await buildCoachingPractice(limited, { clients: 0 });
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await limited.graphql(APPLY, { input: application(practice.slug) }));
      expect(answers.slice(0, 3).map((a) => a.data)).toEqual([{ applyToWorkWith: true }, { applyToWorkWith: true }, { applyToWorkWith: true }]);
      expect(answers[3].errors?.[0]).toMatchObject({ message: 'Too many attempts from this address: try again in 15 minutes', extensions: { code: 'TOO_MANY_REQUESTS' } });
    } finally {
      await limited.close();
    }
  });
});
