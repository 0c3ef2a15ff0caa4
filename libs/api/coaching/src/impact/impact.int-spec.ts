import { buildCoachingPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '@ascend/identity';
import { CoachingModule } from '../coaching.module';
import { addWeeks, mondayOf, wallClock } from '../weeks/week-rules';
import { addCheckIn } from './impact-scenario';

const ENTRY_FIELDS = `id whatIDid outcome outcomeKind beneficiary significance occurredOn checkInId`;
const ADD = `mutation($input: AddImpactEntryInput!) { addImpactEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateImpactEntryInput!) { updateImpactEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const REMOVE = `mutation($id: ID!) { removeImpactEntry(id: $id) }`;
const LIST = `query($from: String, $to: String) { myImpactEntries(from: $from, to: $to) { ${ENTRY_FIELDS} } }`;
const SUGGESTIONS = `{ impactSuggestions { checkInId weekStart impactMadeLegible } }`;
const SUMMARY = `query($from: String!, $to: String!) { impactSummary(from: $from, to: $to) {
  from to title period opening entryCount markdown groups { outcomeKind heading entries { outcome significance occurredOn } } } }`;

interface Entry {
  id: string;
  outcome: string;
  occurredOn: string;
  checkInId: string | null;
}

const today = () => wallClock(new Date(), 'UTC').date;

const entryInput = (fields: Record<string, unknown> = {}) => ({
  whatIDid: 'Handed the quarterly forecast to my deputy',
  outcome: 'Freed six hours a week for the hiring plan',
  outcomeKind: 'TIME_SAVED',
  beneficiary: 'Finance team',
  significance: 3,
  occurredOn: '2026-01-15',
  ...fields,
});

describe('the impact log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule] });
  });
  afterAll(() => t.close());

  it('lets a client add, list by period, change and remove their own entries', async () => {
    const { clients } = await buildCoachingPractice(t, { clients: 1 });
    const headers = clients[0].headers;
    const added = await t.graphql<{ addImpactEntry: Entry }>(ADD, { input: entryInput({ beneficiary: '  Finance team ' }) }, headers);
    expect(added.data?.addImpactEntry).toMatchObject({ outcomeKind: 'TIME_SAVED', beneficiary: 'Finance team', significance: 3, occurredOn: '2026-01-15', checkInId: null });
    const id = added.data!.addImpactEntry.id;
    await t.graphql(ADD, { input: entryInput({ occurredOn: '2026-03-02', outcome: 'Avoided a missed filing deadline', outcomeKind: 'RISK_AVOIDED' }) }, headers);

    const all = await t.graphql<{ myImpactEntries: Entry[] }>(LIST, {}, headers);
    expect(all.data?.myImpactEntries.map((e) => e.occurredOn)).toEqual(['2026-03-02', '2026-01-15']);
    const january = await t.graphql<{ myImpactEntries: Entry[] }>(LIST, { from: '2026-01-01', to: '2026-01-31' }, headers);
    expect(january.data?.myImpactEntries.map((e) => e.id)).toEqual([id]);

    const changed = await t.graphql(UPDATE, { input: { ...entryInput({ significance: 5, outcomeKind: 'MONEY_SAVED' }), id } }, headers);
    expect(changed.data).toMatchObject({ updateImpactEntry: { id, significance: 5, outcomeKind: 'MONEY_SAVED' } });
    expect((await t.graphql(REMOVE, { id }, headers)).data).toEqual({ removeImpactEntry: true });
    expect((await t.graphql<{ myImpactEntries: Entry[] }>(LIST, {}, headers)).data?.myImpactEntries).toHaveLength(1);
  });

  it("keeps entries the client's own: another client cannot change or remove them, and coaches and owners have no access", async () => {
    const { clients, coaches, owner } = await buildCoachingPractice(t, { clients: 2 });
    const added = await t.graphql<{ addImpactEntry: Entry }>(ADD, { input: entryInput() }, clients[0].headers);
    const id = added.data!.addImpactEntry.id;

    const otherUpdate = await t.graphql(UPDATE, { input: { ...entryInput({ outcome: 'Mine now' }), id } }, clients[1].headers);
    expect(otherUpdate.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', fields: [{ field: 'input.id' }] } });
    expect((await t.graphql(REMOVE, { id }, clients[1].headers)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.graphql<{ myImpactEntries: Entry[] }>(LIST, {}, clients[1].headers)).data?.myImpactEntries).toEqual([]);

    for (const person of [coaches[0], owner]) {
      const { data, errors } = await t.graphql(LIST, {}, person.headers);
      expect(data).toBeNull();
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const [row] = await t.db.query<{ outcome: string }>('select outcome from impact_entry where id = $1', [id]);
    expect(row.outcome).toBe(entryInput().outcome);
  });

  it('refuses bad input with errors naming the field', async () => {
    const { roster } = await buildCoachingPractice(t, { clients: 1 });
    const { clientId, person } = roster[0];
    const problem = async (fields: Record<string, unknown>) => {
      const { errors } = await t.graphql(ADD, { input: entryInput(fields) }, person.headers);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return (errors?.[0].extensions?.fields as { field: string; message: string }[])[0];
    };
    expect(await problem({ significance: 6 })).toEqual({ field: 'input.significance', message: 'must be from 1 to 5' });
    expect(await problem({ whatIDid: '   ' })).toEqual({ field: 'input.whatIDid', message: 'must not be blank' });
    expect(await problem({ occurredOn: '2026-02-30' })).toEqual({ field: 'input.occurredOn', message: 'must be a date written YYYY-MM-DD' });
    expect(await problem({ occurredOn: addWeeks(today(), 1) })).toEqual({ field: 'input.occurredOn', message: 'must not be in the future' });
    expect(await problem({ checkInId: 'not-an-id' })).toEqual({ field: 'input.checkInId', message: 'must be a check-in id' });

    const list = await t.graphql(LIST, { from: '2026-02-01', to: '2026-01-01' }, person.headers);
    expect(list.errors?.[0].extensions?.fields).toEqual([{ field: 'to', message: 'must not be before the start of the period' }]);
    expect(await t.db.query('select 1 from impact_entry where client_id = $1', [clientId])).toEqual([]);
  });

  it('suggests recent check-ins with impact written down, logs one in one step, and only once', async () => {
    const { roster } = await buildCoachingPractice(t, { clients: 2 });
    const [mine, theirs] = roster;
    const thisWeek = mondayOf(today());
    const recent = await addCheckIn(t, mine.clientId, addWeeks(thisWeek, -1), 'Closed the audit finding before the regulator visit');
    await addCheckIn(t, mine.clientId, addWeeks(thisWeek, -2), '   ');
    await addCheckIn(t, mine.clientId, addWeeks(thisWeek, -30), 'Too long ago to suggest');
    const older = await addCheckIn(t, mine.clientId, addWeeks(thisWeek, -3), 'Cut onboarding from 3 weeks to 1');
    const ofAnother = await addCheckIn(t, theirs.clientId, addWeeks(thisWeek, -1), 'Not yours');

    const suggested = await t.graphql<{ impactSuggestions: { checkInId: string }[] }>(SUGGESTIONS, {}, mine.person.headers);
    expect(suggested.data?.impactSuggestions).toEqual([
      { checkInId: recent, weekStart: addWeeks(thisWeek, -1), impactMadeLegible: 'Closed the audit finding before the regulator visit' },
      { checkInId: older, weekStart: addWeeks(thisWeek, -3), impactMadeLegible: 'Cut onboarding from 3 weeks to 1' },
    ]);

    const input = entryInput({ checkInId: recent, outcomeKind: 'RISK_AVOIDED', occurredOn: addWeeks(thisWeek, -1) });
    const attempts = await Promise.all([t.graphql(ADD, { input }, mine.person.headers), t.graphql(ADD, { input }, mine.person.headers)]);
    expect(attempts.filter((a) => a.data?.addImpactEntry)).toHaveLength(1);
    expect(attempts.flatMap((a) => a.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.fields])).toEqual([
      ['CONFLICT', [{ field: 'input.checkInId', message: 'is already logged as impact' }]],
    ]);
    const after = await t.graphql<{ impactSuggestions: { checkInId: string }[] }>(SUGGESTIONS, {}, mine.person.headers);
    expect(after.data?.impactSuggestions.map((s) => s.checkInId)).toEqual([older]);

    const stolen = await t.graphql(ADD, { input: entryInput({ checkInId: ofAnother }) }, mine.person.headers);
    expect(stolen.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', fields: [{ field: 'input.checkInId' }] } });
  });

  it("summarises the client's own entries of a period for a manager, most significant group first", async () => {
    const { roster } = await buildCoachingPractice(t, { clients: 2 });
    const [mine, theirs] = roster;
    const add = (headers: Record<string, string>, fields: Record<string, unknown>) => t.graphql(ADD, { input: entryInput(fields) }, headers);
    await add(mine.person.headers, { outcomeKind: 'TIME_SAVED', significance: 2, outcome: 'Saved two hours', occurredOn: '2026-02-10' });
    await add(mine.person.headers, { outcomeKind: 'RISK_AVOIDED', significance: 5, outcome: 'Avoided a data breach', occurredOn: '2026-02-03' });
    await add(mine.person.headers, { outcomeKind: 'TIME_SAVED', significance: 4, outcome: 'Saved a week of rework', occurredOn: '2026-02-20' });
    await add(mine.person.headers, { outcomeKind: 'REVENUE', significance: 5, outcome: 'Outside the period', occurredOn: '2026-04-01' });
    await add(theirs.person.headers, { outcomeKind: 'QUALITY', significance: 5, outcome: 'Not mine', occurredOn: '2026-02-05' });

    const { data } = await t.graphql<{ impactSummary: { groups: { heading: string; entries: { outcome: string }[] }[]; markdown: string; opening: string } }>(
      SUMMARY,
      { from: '2026-02-01', to: '2026-03-31' },
      mine.person.headers,
    );
    expect(data?.impactSummary).toMatchObject({ from: '2026-02-01', to: '2026-03-31', entryCount: 3, title: 'Impact summary: Client 1', period: '1 February 2026 to 31 March 2026' });
    expect(data?.impactSummary.groups.map((g) => [g.heading, g.entries.map((e) => e.outcome)])).toEqual([
      ['Time saved', ['Saved a week of rework', 'Saved two hours']],
      ['Risks avoided', ['Avoided a data breach']],
    ]);
    expect(data?.impactSummary.opening).toMatch(/^From 1 February 2026 to 31 March 2026, Client 1 delivered 3 outcomes/);
    expect(data?.impactSummary.markdown).toContain('## Time saved (2)\n\n- **Saved a week of rework**');
    expect(data?.impactSummary.markdown).not.toContain('Not mine');
  });

  it('refuses a summary period that is backwards or longer than two years, naming the argument', async () => {
    const { clients } = await buildCoachingPractice(t, { clients: 1 });
    const fieldsOf = async (from: string, to: string) => (await t.graphql(SUMMARY, { from, to }, clients[0].headers)).errors?.[0].extensions?.fields;
    expect(await fieldsOf('2026-03-01', '2026-02-01')).toEqual([{ field: 'to', message: 'must not be before the start of the period' }]);
    expect(await fieldsOf('2023-01-01', '2026-01-01')).toEqual([{ field: 'to', message: 'must be at most 731 days after the start (about two years)' }]);
    expect(await fieldsOf('someday', '2026-01-01')).toEqual([{ field: 'from', message: 'must be a date written YYYY-MM-DD' }]);
  });
});

