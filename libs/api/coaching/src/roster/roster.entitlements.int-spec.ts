import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp, uniqueEmail } from '@ascend/platform/testing';
import { CoachingModule } from '../coaching.module';
import { addRosterRow } from './roster-scenario';

const ADD = `mutation($input: AddClientInput!) { addClient(input: $input) { id status } }`;
const UPDATE = `mutation($input: UpdateClientInput!) { updateClient(input: $input) { status } }`;
const INVITE = `mutation($id: ID!) { inviteClient(clientId: $id) { id } }`;
const IMPORT = `mutation($csv: String!, $mode: ClientImportMode!) { importClients(csv: $csv, mode: $mode) { added } }`;

// Billing configured (no Stripe call is made here): plan limits apply.
const BILLING_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_entitlements',
  STRIPE_WEBHOOK_SECRET: 'whsec_entitlements',
  STRIPE_PRICE_SOLO: 'price_solo',
  STRIPE_PRICE_PRACTICE: 'price_practice',
  STRIPE_PRICE_TEAM: 'price_team',
};

const STARTER_FULL = 'The Starter plan allows 5 active clients and this practice has 5 active clients. The Solo plan allows 30 active clients: an owner or admin can upgrade on the Billing page.';

describe('the active client limit of the plan', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule], env: BILLING_ENV });
  });
  afterAll(() => t.close());

  /** A Starter practice with `active` active clients on its roster. */
  async function practiceWith(active: number) {
    const practice = await buildPractice(t);
    for (let i = 0; i < active; i++) await addRosterRow(t, practice.practiceId, { name: `Active ${i + 1}` });
    return practice;
  }
  const activeCount = async (practiceId: string) =>
    (await t.db.query<{ count: number }>(`select count(*)::int as count from client where tenant_id = $1 and status = 'ACTIVE'`, [practiceId]))[0].count;

  it('refuses adding an active client beyond the plan, naming the limit and the plan that lifts it, and still adds leads', async () => {
    const practice = await practiceWith(5);
    const refused = await t.graphql(ADD, { input: { name: 'One Too Many', email: uniqueEmail('client') } }, practice.owner.headers);
    expect(refused.errors?.[0]).toMatchObject({ message: STARTER_FULL, extensions: { code: 'FORBIDDEN', fields: [{ field: 'plan' }] } });
    const lead = await t.graphql(ADD, { input: { name: 'Just Curious', email: uniqueEmail('lead'), status: 'LEAD' } }, practice.owner.headers);
    expect(lead.errors).toBeUndefined();
    expect(await activeCount(practice.practiceId)).toBe(5);
  });

  it('refuses making a lead active, and inviting a lead (accepting would make them active)', async () => {
    const practice = await practiceWith(5);
    const leadId = await addRosterRow(t, practice.practiceId, { name: 'Waiting Lead', status: 'LEAD' });
    const activated = await t.graphql(UPDATE, { input: { clientId: leadId, status: 'ACTIVE' } }, practice.owner.headers);
    expect(activated.errors?.[0]).toMatchObject({ message: STARTER_FULL, extensions: { code: 'FORBIDDEN' } });
    const invited = await t.graphql(INVITE, { id: leadId }, practice.owner.headers);
    expect(invited.errors?.[0]).toMatchObject({ message: STARTER_FULL, extensions: { code: 'FORBIDDEN' } });
    const withInvitation = await t.graphql(ADD, { input: { name: 'Invited Lead', email: uniqueEmail('lead'), status: 'LEAD', invite: true } }, practice.owner.headers);
    expect(withInvitation.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await activeCount(practice.practiceId)).toBe(5);
  });

  it('lets a change that is not an activation through at the limit', async () => {
    const practice = await practiceWith(4);
    const id = await addRosterRow(t, practice.practiceId, { name: 'Fifth' });
    const { errors } = await t.graphql(UPDATE, { input: { clientId: id, status: 'ACTIVE', tags: ['vip'] } }, practice.owner.headers);
    expect(errors).toBeUndefined();
  });

  it('imports all the active rows of a file or none of them', async () => {
    const practice = await practiceWith(4);
    const csv = (...statuses: string[]) => ['name,email,status,tags,coach email', ...statuses.map((status, i) => `Row ${i},${uniqueEmail('row')},${status},,`)].join('\n');
    const refused = await t.graphql(IMPORT, { csv: csv('active', 'lead', 'active'), mode: 'VALID_ROWS' }, practice.owner.headers);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('this practice has 4 active clients, so 2 more do not fit. The Solo plan allows 30 active clients'),
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await t.db.query(`select 1 from client where tenant_id = $1`, [practice.practiceId])).length).toBe(4);
    const fits = await t.graphql(IMPORT, { csv: csv('active', 'lead', 'paused'), mode: 'ALL_OR_NOTHING' }, practice.owner.headers);
    expect(fits.data).toEqual({ importClients: { added: 3 } });
    expect(await activeCount(practice.practiceId)).toBe(5);
  });
});
