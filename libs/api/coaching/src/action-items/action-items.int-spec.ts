import { IdentityModule } from '@ascend/identity';
import { buildCoachingPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { CoachingModule } from '../coaching.module';

const FIELDS = 'id clientId title owner dueOn status createdByName completedAt';
const LIST = `query($clientId: ID!) { actionItems(clientId: $clientId) { ${FIELDS} } }`;
const MINE = `{ myActionItems { ${FIELDS} } }`;
const ADD = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { ${FIELDS} } }`;

interface Item {
  id: string;
  title: string;
  owner: string;
  dueOn: string | null;
  status: string;
  createdByName: string | null;
  completedAt: string | null;
}

describe('action items', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule] });
  });
  afterAll(() => t.close());

  const error = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0].extensions;
  const add = async (headers: Record<string, string>, input: Record<string, unknown>) =>
    (await t.graphql<{ addActionItem: Item }>(ADD, { input }, headers)).data!.addActionItem;

  it('lets the coach add items for both owners, shown to the coach and to the client, open and soonest first', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
    const { clientId, coach, person } = practice.roster[0];
    const late = await add(coach!.headers, { clientId, title: 'Hand the budget review to Priya', owner: 'CLIENT', dueOn: '2026-12-20' });
    expect(late).toMatchObject({ clientId, owner: 'CLIENT', dueOn: '2026-12-20', status: 'OPEN', createdByName: 'Coach 1', completedAt: null });
    await add(coach!.headers, { clientId, title: 'Send the delegation article', owner: 'COACH', dueOn: '2026-12-01' });
    await add(coach!.headers, { clientId, title: 'Someday: a strategy offsite', owner: 'CLIENT' });

    const order = ['Send the delegation article', 'Hand the budget review to Priya', 'Someday: a strategy offsite'];
    const coachSide = await t.graphql<{ actionItems: Item[] }>(LIST, { clientId }, coach!.headers);
    expect(coachSide.data!.actionItems.map((i) => i.title)).toEqual(order);
    const clientSide = await t.graphql<{ myActionItems: Item[] }>(MINE, {}, person.headers);
    expect(clientSide.data!.myActionItems.map((i) => i.title)).toEqual(order);

    const done = await t.graphql<{ updateActionItem: Item }>(UPDATE, { input: { id: late.id, status: 'DONE' } }, person.headers);
    expect(done.data!.updateActionItem).toMatchObject({ status: 'DONE', completedAt: expect.any(String) });
    const reopened = await t.graphql<{ updateActionItem: Item }>(UPDATE, { input: { id: late.id, status: 'OPEN', title: 'Hand over the budget review', dueOn: null } }, coach!.headers);
    expect(reopened.data!.updateActionItem).toMatchObject({ title: 'Hand over the budget review', dueOn: null, status: 'OPEN', completedAt: null });
  });

  it('lets a client add their own items and tick them, but not the coach\'s items nor the wording', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
    const { clientId, coach, person } = practice.roster[0];
    const own = await add(person.headers, { title: 'Block two hours for strategy', owner: 'CLIENT' });
    expect(own).toMatchObject({ clientId, owner: 'CLIENT', createdByName: 'Client 1' });
    expect(await add(person.headers, { clientId, title: 'Name my own record', owner: 'CLIENT' })).toMatchObject({ clientId });
    const coachItem = await add(coach!.headers, { clientId, title: 'Introduce the sponsor', owner: 'COACH' });

    const asCoachOwner = await t.graphql(ADD, { input: { clientId, title: 'For my coach', owner: 'COACH' } }, person.headers);
    expect(error(asCoachOwner)).toMatchObject({ code: 'FORBIDDEN', fields: [{ field: 'input.owner' }] });
    const tickCoach = await t.graphql(UPDATE, { input: { id: coachItem.id, status: 'DONE' } }, person.headers);
    expect(error(tickCoach)).toMatchObject({ code: 'FORBIDDEN', fields: [{ field: 'input.id' }] });
    const reword = await t.graphql(UPDATE, { input: { id: own.id, title: 'Reworded' } }, person.headers);
    expect(error(reword)).toMatchObject({ code: 'FORBIDDEN', fields: [{ field: 'input.title' }] });
    expect((await t.graphql(UPDATE, { input: { id: own.id, status: 'DROPPED' } }, person.headers)).data).toMatchObject({
      updateActionItem: { status: 'DROPPED', title: 'Block two hours for strategy' },
    });
    expect(error(await t.graphql(LIST, { clientId }, person.headers))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("answers NOT_FOUND for another client's or another coach's client's items, and changes nothing", async () => {
    const practice = await buildCoachingPractice(t, { coaches: 2, clients: 2 });
    const [first, second] = practice.roster;
    const item = await add(first.coach!.headers, { clientId: first.clientId, title: 'Say no to one meeting', owner: 'CLIENT' });
    const attempts = [
      await t.graphql(UPDATE, { input: { id: item.id, status: 'DONE' } }, second.person.headers),
      await t.graphql(ADD, { input: { clientId: first.clientId, title: 'Planted', owner: 'CLIENT' } }, second.person.headers),
      await t.graphql(UPDATE, { input: { id: item.id, status: 'DONE' } }, second.coach!.headers),
      await t.graphql(ADD, { input: { clientId: first.clientId, title: 'Planted', owner: 'COACH' } }, second.coach!.headers),
      await t.graphql(LIST, { clientId: first.clientId }, second.coach!.headers),
    ];
    expect(attempts.map((a) => error(a)?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(await t.db.query('select title, status from action_item where client_id = $1', [first.clientId])).toEqual([{ title: 'Say no to one meeting', status: 'OPEN' }]);
    expect((await t.graphql<{ myActionItems: Item[] }>(MINE, {}, second.person.headers)).data!.myActionItems).toEqual([]);
  });

  it('names the field of bad input', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
    const { clientId, coach } = practice.roster[0];
    const answer = await t.graphql(ADD, { input: { clientId, title: ' ', owner: 'CLIENT', dueOn: 'next friday' } }, coach!.headers);
    expect(error(answer)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([{ field: 'input.title', message: 'must not be blank' }, { field: 'input.dueOn', message: 'must be a date written YYYY-MM-DD' }]),
    });
    const unnamed = await t.graphql(ADD, { input: { title: 'For whom?', owner: 'COACH' } }, coach!.headers);
    expect(error(unnamed)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.clientId', message: 'must name the client' }] });
  });
});
