import { buildPractice } from '@ascend/platform/testing';
import { BillingTestApp, givePlan, startBillingTestApp } from '../shared/billing-scenario';
import { buildOffering } from './sales-scenario';

const FIELDS = `id slug title description priceCents currency billing months coachUserId coachName active`;
const CREATE = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { ${FIELDS} } }`;
const PUBLIC_LIST = `query($p: String!) { publicOfferings(practiceSlug: $p) { slug title descriptionHtml priceCents currency billing months coachName } }`;
const PUBLIC_ONE = `query($p: String!, $o: String!) { publicOffering(practiceSlug: $p, offeringSlug: $o) { slug title } }`;

const accelerator = { title: '12-Month Leadership Accelerator', priceCents: 480000, billing: 'ONE_TIME', months: 12 };

/** Coaching packages: set up by the team within the plan's rules, shown to anyone while active. */
describe('coaching packages', () => {
  let billing: BillingTestApp;

  beforeAll(async () => {
    billing = await startBillingTestApp();
  });
  afterAll(() => billing.close());

  const fieldsOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => ({
    code: answer.errors?.[0].extensions?.code,
    fields: (answer.errors?.[0].extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field),
  });

  it('creates a package with a slug from its title, unique in the practice, and the coach it assigns', async () => {
    const { t } = billing;
    const practice = await buildPractice(t, { coaches: 1, admins: 1, clients: 0 });
    await givePlan(t, practice.practiceId, 'SOLO');
    const coach = practice.coaches[0];
    const first = await t.graphql<{ createOffering: Record<string, unknown> }>(CREATE, { input: { ...accelerator, currency: 'EUR', coachUserId: coach.userId } }, practice.owner.headers);
    expect(first.data?.createOffering).toMatchObject({
      slug: '12-month-leadership-accelerator',
      title: '12-Month Leadership Accelerator',
      description: '',
      currency: 'eur',
      coachUserId: coach.userId,
      coachName: coach.name,
      active: true,
    });
    const second = await t.graphql<{ createOffering: { slug: string } }>(CREATE, { input: accelerator }, practice.admins[0].headers);
    expect(second.data?.createOffering.slug).toBe('12-month-leadership-accelerator-2');
    const taken = await t.graphql(CREATE, { input: { ...accelerator, slug: '12-month-leadership-accelerator' } }, practice.owner.headers);
    expect(fieldsOf(taken)).toEqual({ code: 'CONFLICT', fields: ['input.slug'] });
    const listed = await t.graphql<{ offerings: { slug: string }[] }>(`{ offerings { slug } }`, {}, coach.headers);
    expect(listed.data?.offerings.map((o) => o.slug).sort()).toEqual(['12-month-leadership-accelerator', '12-month-leadership-accelerator-2']);
  });

  it('refuses bad fields by name, a coach who is not on the team, and a plan without paid offerings', async () => {
    const { t } = billing;
    const practice = await buildPractice(t, { clients: 1 });
    const starter = await t.graphql(CREATE, { input: accelerator }, practice.owner.headers);
    expect(starter.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('Solo plan') });
    await givePlan(t, practice.practiceId, 'SOLO');
    const bad = await t.graphql(CREATE, { input: { ...accelerator, title: ' ', priceCents: 10, currency: 'dollars', months: 40 } }, practice.owner.headers);
    expect(fieldsOf(bad)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.title', 'input.priceCents', 'input.currency', 'input.months'] });
    const client = await t.graphql(CREATE, { input: { ...accelerator, coachUserId: practice.clients[0].userId } }, practice.owner.headers);
    expect(fieldsOf(client)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.coachUserId'] });
    expect(await t.db.query(`select 1 from offering where tenant_id = $1`, [practice.practiceId])).toEqual([]);
    const byCoach = await t.graphql(CREATE, { input: accelerator }, (await buildPractice(t, { coaches: 1 })).coaches[0].headers);
    expect(byCoach.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('updates price, months, coach and whether it is on sale; the public pages follow', async () => {
    const { t } = billing;
    const practice = await buildPractice(t, { coaches: 1, clients: 0 });
    await givePlan(t, practice.practiceId, 'SOLO');
    const offering = await buildOffering(t, practice.practiceId, { description: 'Grow **fast**<script>alert(1)</script>' });
    const changed = await t.graphql<{ updateOffering: Record<string, unknown> }>(
      UPDATE,
      { input: { id: offering.id, priceCents: 99000, months: 6, coachUserId: practice.coaches[0].userId } },
      practice.owner.headers,
    );
    expect(changed.data?.updateOffering).toMatchObject({ priceCents: 99000, months: 6, coachName: practice.coaches[0].name, title: offering.title, active: true });
    const shown = await t.graphql<{ publicOfferings: Record<string, unknown>[] }>(PUBLIC_LIST, { p: practice.slug });
    expect(shown.data?.publicOfferings).toEqual([
      {
        slug: offering.slug,
        title: offering.title,
        descriptionHtml: '<p>Grow <strong>fast</strong></p>\n',
        priceCents: 99000,
        currency: 'usd',
        billing: 'ONE_TIME',
        months: 6,
        coachName: practice.coaches[0].name,
      },
    ]);

    await t.graphql(UPDATE, { input: { id: offering.id, active: false, coachUserId: null } }, practice.owner.headers);
    expect((await t.graphql(PUBLIC_LIST, { p: practice.slug })).data).toEqual({ publicOfferings: [] });
    expect((await t.graphql(PUBLIC_ONE, { p: practice.slug, o: offering.slug })).data).toEqual({ publicOffering: null });
    const [row] = await t.db.query(`select active, coach_user_id from offering where id = $1`, [offering.id]);
    expect(row).toEqual({ active: false, coach_user_id: null });

    await t.graphql(UPDATE, { input: { id: offering.id, active: true } }, practice.owner.headers);
    expect((await t.graphql(PUBLIC_ONE, { p: practice.slug, o: offering.slug })).data).toEqual({ publicOffering: { slug: offering.slug, title: offering.title } });
    const bad = await t.graphql(UPDATE, { input: { id: offering.id, priceCents: 0, title: '' } }, practice.owner.headers);
    expect(fieldsOf(bad)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.title', 'input.priceCents'] });
  });

  it('shows nothing of a suspended practice', async () => {
    const { t } = billing;
    const practice = await buildPractice(t, { clients: 0 });
    const offering = await buildOffering(t, practice.practiceId);
    expect((await t.graphql<{ publicOfferings: unknown[] }>(PUBLIC_LIST, { p: practice.slug })).data?.publicOfferings).toHaveLength(1);
    await t.db.query(`insert into practice_suspension (practice_id, reason, suspended_by) values ($1, 'Unpaid invoices', 'ops@example.com')`, [practice.practiceId]);
    expect((await t.graphql(PUBLIC_LIST, { p: practice.slug })).data).toEqual({ publicOfferings: [] });
    expect((await t.graphql(PUBLIC_ONE, { p: practice.slug, o: offering.slug })).data).toEqual({ publicOffering: null });
  });
});
