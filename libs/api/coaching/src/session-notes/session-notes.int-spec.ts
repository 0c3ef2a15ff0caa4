import { IdentityModule } from '@ascend/identity';
import { buildCoachingPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { CoachingModule } from '../coaching.module';

const LIST = `query($clientId: ID!) { sessionNotes(clientId: $clientId) { id clientId heldOn body authorName } }`;
const ADD = `mutation($input: AddSessionNoteInput!) { addSessionNote(input: $input) { id clientId heldOn body authorName } }`;
const UPDATE = `mutation($input: UpdateSessionNoteInput!) { updateSessionNote(input: $input) { id heldOn body } }`;
const REMOVE = `mutation($id: ID!) { removeSessionNote(id: $id) }`;

describe('session notes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule] });
  });
  afterAll(() => t.close());

  const code = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0].extensions?.code;

  it('lets the coach add, edit, list (newest session first) and remove notes', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
    const { clientId, coach } = practice.roster[0];
    const headers = coach!.headers;
    const first = await t.graphql<{ addSessionNote: { id: string } }>(ADD, { input: { clientId, heldOn: '2026-11-02', body: 'Noticed the pattern of rescuing' } }, headers);
    expect(first.data).toEqual({
      addSessionNote: { id: expect.any(String), clientId, heldOn: '2026-11-02', body: 'Noticed the pattern of rescuing', authorName: 'Coach 1' },
    });
    await t.graphql(ADD, { input: { clientId, heldOn: '2026-11-16', body: 'Declined two escalations' } }, headers);
    const id = first.data!.addSessionNote.id;
    expect((await t.graphql(UPDATE, { input: { id, body: 'Rescuing less' } }, headers)).data).toEqual({
      updateSessionNote: { id, heldOn: '2026-11-02', body: 'Rescuing less' },
    });

    const listed = await t.graphql<{ sessionNotes: { body: string }[] }>(LIST, { clientId }, practice.owner.headers);
    expect(listed.data!.sessionNotes.map((n) => n.body)).toEqual(['Declined two escalations', 'Rescuing less']);
    expect((await t.graphql(REMOVE, { id }, headers)).data).toEqual({ removeSessionNote: true });
    expect((await t.graphql<{ sessionNotes: unknown[] }>(LIST, { clientId }, headers)).data!.sessionNotes).toHaveLength(1);
  });

  it('names the field of bad input', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
    const { clientId, coach } = practice.roster[0];
    const answer = await t.graphql(ADD, { input: { clientId, heldOn: '2026-02-30', body: '   ' } }, coach!.headers);
    expect(answer.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([{ field: 'input.heldOn', message: 'must be a date written YYYY-MM-DD' }, { field: 'input.body', message: 'must not be blank' }]),
    });
  });

  it('refuses the client every operation, even on their own notes', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 1 });
    const { clientId, coach, person } = practice.roster[0];
    const added = await t.graphql<{ addSessionNote: { id: string } }>(ADD, { input: { clientId, heldOn: '2026-11-02', body: 'Private' } }, coach!.headers);
    const id = added.data!.addSessionNote.id;
    const asClient = [
      await t.graphql(LIST, { clientId }, person.headers),
      await t.graphql(ADD, { input: { clientId, heldOn: '2026-11-02', body: 'Mine' } }, person.headers),
      await t.graphql(UPDATE, { input: { id, body: 'Changed' } }, person.headers),
      await t.graphql(REMOVE, { id }, person.headers),
    ];
    expect(asClient.map(code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(asClient.every((answer) => answer.data == null)).toBe(true);
    const [note] = await t.db.query<{ body: string }>('select body from session_note where id = $1', [id]);
    expect(note.body).toBe('Private');
  });

  it("answers NOT_FOUND to a coach of other clients, and changes nothing", async () => {
    const practice = await buildCoachingPractice(t, { coaches: 2, clients: 1 });
    const { clientId, coach } = practice.roster[0];
    const other = practice.coaches[1].headers;
    const added = await t.graphql<{ addSessionNote: { id: string } }>(ADD, { input: { clientId, heldOn: '2026-11-02', body: 'Private' } }, coach!.headers);
    const id = added.data!.addSessionNote.id;
    const answers = [
      await t.graphql(LIST, { clientId }, other),
      await t.graphql(ADD, { input: { clientId, heldOn: '2026-11-02', body: 'Mine' } }, other),
      await t.graphql(UPDATE, { input: { id, body: 'Changed' } }, other),
      await t.graphql(REMOVE, { id }, other),
    ];
    expect(answers.map(code)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect(await t.db.query('select body from session_note where client_id = $1', [clientId])).toEqual([{ body: 'Private' }]);
  });
});
