import { parse } from 'csv-parse/sync';
import { buildPractice, TestApp, waitForJobs } from '@ascend/platform/testing';
import { buildSubscriber, buildSubscribers } from '../shared/subscriber-scenario';
import { startNewsletterApp, stored } from './jest/newsletter-app';

const PAGE = `query($filter: SubscriberFilter) {
  subscribers(filter: $filter) { total counts { pending subscribed unsubscribed bounced complained } subscribers { id email name status consentText } }
}`;
const PREVIEW = `query($csv: String!, $fileName: String!) { previewSubscriberImport(csv: $csv, fileName: $fileName) { total willSubscribe willSkip errors rows { line email status outcome problems consentAt } } }`;
const IMPORT = `mutation($csv: String!, $fileName: String!) { importSubscribers(csv: $csv, fileName: $fileName) { id status total processed } }`;
const PROGRESS = `query($id: ID!) { subscriberImport(id: $id) { id fileName status total processed created updated skipped failed errors finishedAt } }`;

type Page = { subscribers: { total: number; counts: Record<string, number>; subscribers: { id: string; email: string; name: string; status: string }[] } };
type Progress = { subscriberImport: { status: string; total: number; processed: number; created: number; updated: number; skipped: number; failed: number; errors: string[] } };

describe("the team's subscriber list", () => {
  let t: TestApp;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ t, stop } = await startNewsletterApp());
  });
  afterAll(() => stop());

  it('lists newest first with counts by status, filters by status and search, and pages at most 200', async () => {
    const practice = await buildPractice(t, { coaches: 1 });
    await buildSubscribers(t, practice, 230, 'SUBSCRIBED');
    await buildSubscribers(t, practice, 3, 'BOUNCED');
    const ada = await buildSubscriber(t, practice, { status: 'PENDING', name: 'Ada 100%_Lovelace', email: 'ada.lovelace@example.com' });
    const coach = practice.coaches[0].headers;

    const first = await t.graphql<Page>(PAGE, { filter: { limit: 200 } }, coach);
    expect(first.data?.subscribers).toMatchObject({ total: 234, counts: { pending: 1, subscribed: 230, unsubscribed: 0, bounced: 3, complained: 0 } });
    expect(first.data?.subscribers.subscribers).toHaveLength(200);
    expect(first.data?.subscribers.subscribers[0].email).toBe(ada.email);
    const bounced = await t.graphql<Page>(PAGE, { filter: { status: 'BOUNCED' } }, coach);
    expect(bounced.data?.subscribers.subscribers.map((s) => s.status)).toEqual(['BOUNCED', 'BOUNCED', 'BOUNCED']);
    expect(bounced.data?.subscribers.total).toBe(3);
    // Search text is matched literally: % and _ are not wildcards.
    const found = await t.graphql<Page>(PAGE, { filter: { search: '100%_LOVE' } }, coach);
    expect(found.data?.subscribers.subscribers.map((s) => s.email)).toEqual([ada.email]);
    expect((await t.graphql<Page>(PAGE, { filter: { search: '0%' } }, coach)).data?.subscribers.total).toBe(1);
    const beyond = await t.graphql<Page>(PAGE, { filter: { limit: 50, offset: 1000 } }, coach);
    expect(beyond.data?.subscribers).toMatchObject({ total: 234, subscribers: [] });
    expect((await t.graphql(PAGE, { filter: { limit: 201 } }, coach)).errors?.[0].extensions?.fields).toEqual([{ field: 'filter.limit', message: 'must be at most 200' }]);
    // Clients of the practice see nothing of the list.
    const asClient = await buildPractice(t, { clients: 1 });
    expect((await t.graphql(PAGE, {}, asClient.clients[0].headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('exports CSV with neutralised formulas, unsubscribes on request and erases on request', async () => {
    const practice = await buildPractice(t);
    const sly = await buildSubscriber(t, practice, { name: '=HYPERLINK("http://evil.example.com","x")' });
    const left = await buildSubscriber(t, practice, { status: 'UNSUBSCRIBED' });
    const owner = practice.owner.headers;
    const csv = (await t.graphql<{ subscribersCsv: string }>(`{ subscribersCsv }`, {}, owner)).data!.subscribersCsv;
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0])).toEqual(['email', 'name', 'status', 'consent_at', 'consent_source', 'created_at']);
    expect(records.find((r) => r.email === sly.email)?.name).toBe(`'=HYPERLINK("http://evil.example.com","x")`);
    const onlyLeft = (await t.graphql<{ subscribersCsv: string }>(`{ subscribersCsv(status: UNSUBSCRIBED) }`, {}, owner)).data!.subscribersCsv;
    expect((parse(onlyLeft, { columns: true }) as Record<string, string>[]).map((r) => r.email)).toEqual([left.email]);

    const unsubscribed = await t.graphql<{ unsubscribeSubscriber: { status: string } }>(`mutation($id: ID!) { unsubscribeSubscriber(id: $id) { status unsubscribedAt } }`, { id: sly.id }, owner);
    expect(unsubscribed.data?.unsubscribeSubscriber.status).toBe('UNSUBSCRIBED');
    expect(await t.graphql(`mutation($id: ID!) { deleteSubscriber(id: $id) }`, { id: sly.id }, owner)).toMatchObject({ data: { deleteSubscriber: true } });
    expect(await stored(t, practice.practiceId, sly.email)).toBeUndefined();
    const again = await t.graphql(`mutation($id: ID!) { deleteSubscriber(id: $id) }`, { id: sly.id }, owner);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [{ field: 'id' }] });
  });

  it('previews an import without writing, then imports it as a job: consent required, leavers kept, existing statuses kept', async () => {
    const practice = await buildPractice(t);
    const owner = practice.owner.headers;
    const left = await buildSubscriber(t, practice, { status: 'UNSUBSCRIBED', email: 'left-before@example.com' });
    const active = await buildSubscriber(t, practice, { status: 'SUBSCRIBED', email: 'active-now@example.com' });
    const csv = [
      'Email Address,First Name,Last Name,Status,OPTIN_TIME,CONFIRM_TIME',
      'new.reader@example.com,New,Reader,subscribed,2024-01-04 09:00:00,2024-01-05 10:00:00',
      'no.consent@example.com,No,Consent,subscribed,,',
      'left-before@example.com,Left,Before,subscribed,2024-01-01,2024-01-01',
      'active-now@example.com,Active,Now,unsubscribed,2024-01-01,2024-01-01',
      'cleaned@example.com,,,cleaned,,',
      'broken-address,,,subscribed,2024-01-01,2024-01-01',
    ].join('\r\n');
    const preview = await t.graphql<{ previewSubscriberImport: { total: number; willSubscribe: number; willSkip: number; errors: number; rows: { email: string; outcome: string; status: string }[] } }>(
      PREVIEW,
      { csv, fileName: 'mailchimp-audience.csv' },
      owner,
    );
    expect(preview.data?.previewSubscriberImport).toMatchObject({ total: 6, willSubscribe: 1, willSkip: 1, errors: 1 });
    expect(preview.data?.previewSubscriberImport.rows.map((r) => [r.email, r.outcome, r.status])).toEqual([
      ['new.reader@example.com', 'SUBSCRIBE', 'SUBSCRIBED'],
      ['no.consent@example.com', 'SKIP', ''],
      ['left-before@example.com', 'KEEP_STATUS', 'UNSUBSCRIBED'],
      ['active-now@example.com', 'KEEP_STATUS', 'UNSUBSCRIBED'],
      ['cleaned@example.com', 'KEEP_STATUS', 'BOUNCED'],
      ['broken-address', 'ERROR', ''],
    ]);
    expect(await t.db.query(`select count(*)::int as n from subscriber where tenant_id = $1`, [practice.practiceId])).toEqual([{ n: 2 }]);

    const started = await t.graphql<{ importSubscribers: { id: string; status: string; total: number } }>(IMPORT, { csv, fileName: 'mailchimp-audience.csv' }, owner);
    expect(started.data?.importSubscribers).toMatchObject({ status: 'QUEUED', total: 6 });
    await waitForJobs(t.db);
    const done = await t.graphql<Progress>(PROGRESS, { id: started.data!.importSubscribers.id }, owner);
    expect(done.data?.subscriberImport).toMatchObject({ status: 'DONE', total: 6, processed: 6, created: 2, updated: 1, skipped: 2, failed: 1, errors: ['Line 7: "broken-address" is not an email address'] });
    expect(await stored(t, practice.practiceId, 'new.reader@example.com')).toMatchObject({
      status: 'SUBSCRIBED',
      name: 'New Reader',
      consent_at: new Date('2024-01-05T10:00:00Z'),
      consent_source: 'import: mailchimp-audience.csv',
      consent_text: 'Imported from mailchimp-audience.csv: consented 2024-01-05T10:00:00.000Z',
    });
    expect((await stored(t, practice.practiceId, 'cleaned@example.com'))?.status).toBe('BOUNCED');
    expect(await stored(t, practice.practiceId, 'no.consent@example.com')).toBeUndefined();
    expect((await stored(t, practice.practiceId, left.email))?.status).toBe('UNSUBSCRIBED');
    expect((await stored(t, practice.practiceId, active.email))?.status).toBe('UNSUBSCRIBED');
  });

  it('imports in chunks of 500 with progress, and a chunk run twice (a crash, a duplicate job) counts nothing twice', async () => {
    const practice = await buildPractice(t);
    const owner = practice.owner.headers;
    const lines = Array.from({ length: 1_234 }, (_, i) => `bulk-${i}@example.com,Bulk ${i},2024-02-01`);
    const csv = `email,name,consent date\n${lines.join('\n')}\n`;
    const started = await t.graphql<{ importSubscribers: { id: string } }>(IMPORT, { csv, fileName: 'kajabi.csv' }, owner);
    const id = started.data!.importSubscribers.id;
    await waitForJobs(t.db, 30_000);
    const progress = async () => (await t.graphql<Progress>(PROGRESS, { id }, owner)).data!.subscriberImport;
    const done = await progress();
    expect(done).toMatchObject({ status: 'DONE', total: 1_234, processed: 1_234, created: 1_234, updated: 0, skipped: 0, failed: 0 });

    for (const chunk of [0, 1, 2]) {
      await t.db.query(`select graphile_worker.add_job('newsletter.subscriber-import', json_build_object('practiceId', $1::text, 'importId', $2::text, 'chunk', $3::int))`, [
        practice.practiceId,
        id,
        chunk,
      ]);
    }
    await waitForJobs(t.db);
    expect(await progress()).toEqual(done);
    expect(await t.db.query(`select count(*)::int as n from subscriber where tenant_id = $1`, [practice.practiceId])).toEqual([{ n: 1_234 }]);

    // Mid-way, as a crash after the first chunk leaves it: the second chunk's job runs the rest, once.
    await t.db.query(`update subscriber_import set status = 'RUNNING', processed = 500, created = 500, finished_at = null where id = $1`, [id]);
    await t.db.query(`select graphile_worker.add_job('newsletter.subscriber-import', json_build_object('practiceId', $1::text, 'importId', $2::text, 'chunk', 1))`, [practice.practiceId, id]);
    await t.db.query(`select graphile_worker.add_job('newsletter.subscriber-import', json_build_object('practiceId', $1::text, 'importId', $2::text, 'chunk', 1))`, [practice.practiceId, id]);
    await waitForJobs(t.db, 30_000);
    // The rows exist already: the rerun chunks find nothing to change, and the totals still add up to the file.
    expect(await progress()).toMatchObject({ status: 'DONE', processed: 1_234, created: 500, updated: 0, skipped: 734, failed: 0 });
  });

  it('refuses a file without an email column, and an unreadable one, naming csv', async () => {
    const practice = await buildPractice(t);
    const noEmail = await t.graphql(IMPORT, { csv: 'name\nAda\n', fileName: 'x.csv' }, practice.owner.headers);
    expect(noEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'csv', message: expect.stringContaining('no email column') }] });
    const preview = await t.graphql(PREVIEW, { csv: 'email,name\n"a@example.com,Ada\n', fileName: 'x.csv' }, practice.owner.headers);
    expect(preview.errors?.[0].extensions?.fields).toEqual([{ field: 'csv', message: expect.stringContaining('not a readable CSV') }]);
    expect(await t.db.query(`select count(*)::int as n from subscriber_import where tenant_id = $1`, [practice.practiceId])).toEqual([{ n: 0 }]);
  });
});
