import { IdentityModule } from '@ascend/identity';
import { buildCoachingPractice, startTestApp, TestApp, uniqueEmail } from '@ascend/platform/testing';
import { CoachingModule } from '../coaching.module';
import { addRosterRow } from './roster-scenario';

const PREVIEW = `query($csv: String!) { previewClientImport(csv: $csv) { row name email status tags coachEmail problems { column message } } }`;
const IMPORT = `mutation($csv: String!, $mode: ClientImportMode!) { importClients(csv: $csv, mode: $mode) { added skipped { row email problems { column message } } } }`;
const EXPORT = `query($filter: ClientFilter) { exportClientsCsv(filter: $filter) }`;

describe('importing and exporting the roster as CSV', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, CoachingModule] });
  });
  afterAll(() => t.close());

  const rosterOf = (practiceId: string) =>
    t.db.query<{ name: string; email: string; status: string; tags: string[]; coach_user_id: string | null; source: string }>(
      `select name, email, status, tags, coach_user_id, source from client where tenant_id = $1 and user_id is null order by email`,
      [practiceId],
    );

  /** A file with two good rows and one of each problem the importer names. */
  async function mixedFile() {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 0 });
    const taken = uniqueEmail('taken');
    await addRosterRow(t, practice.practiceId, { name: 'On Roster', email: taken });
    const [good1, good2, dup] = [uniqueEmail('ann'), uniqueEmail('bob'), uniqueEmail('dup')];
    const csv = [
      'name,email,status,tags,coach email',
      `"Lee, Ann",${good1},lead,vip|board,${practice.coaches[0].email}`,
      `Bob,${good2},,,`,
      `No Mail,,,,`,
      `Bad Mail,not-an-email,,,`,
      `Stranger,${uniqueEmail('s')},,,nobody@example.com`,
      `Sleepy,${uniqueEmail('z')},sleeping,,`,
      `Dup,${dup},,,`,
      `Dup Again,${dup},,,`,
      `Taken,${taken},,,`,
    ].join('\r\n');
    return { practice, csv, good1, good2, dup };
  }

  it('takes a file of nearly the 1 MB the importer allows in one request, all or nothing', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 0, clients: 0 });
    // 2,000 rows (the importer's cap) padded with ten long tags each to about 900 kB: well over the HTTP default of 100 kB.
    const padding = Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(40, 'x')).join('|');
    const rows = Array.from({ length: 2000 }, (_, i) => `Client ${i},bulk-${i}-${practice.slug}@example.com,active,${padding},`);
    const csv = ['name,email,status,tags,coach email', ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(850_000);
    const { status, data, errors } = await t.graphql<{ importClients: { added: number } }>(IMPORT, { csv, mode: 'ALL_OR_NOTHING' }, practice.owner.headers);
    expect({ status, errors }).toEqual({ status: 200, errors: undefined });
    expect(data?.importClients.added).toBe(2000);
  });

  it('previews every row with the problems of each, naming the column, and writes nothing', async () => {
    const { practice, csv, good1 } = await mixedFile();
    const before = await rosterOf(practice.practiceId);
    const { data } = await t.graphql<{ previewClientImport: { row: number; problems: { column: string; message: string }[] }[] }>(PREVIEW, { csv }, practice.owner.headers);
    const rows = data!.previewClientImport;
    expect(rows[0]).toEqual({ row: 2, name: 'Lee, Ann', email: good1, status: 'LEAD', tags: ['vip', 'board'], coachEmail: practice.coaches[0].email, problems: [] });
    expect(rows.map((r) => [r.row, r.problems.map((p) => `${p.column}: ${p.message}`)])).toEqual([
      [2, []],
      [3, []],
      [4, ['email: is missing']],
      [5, ['email: "not-an-email" is not an email address']],
      [6, ['coach email: no owner, admin or coach of the practice has the address "nobody@example.com"']],
      [7, ['status: "sleeping" is not a status: use LEAD, ACTIVE, PAUSED or ALUMNI']],
      [8, []],
      [9, ['email: appears again (first on row 8)']],
      [10, ['email: is already on the roster']],
    ]);
    expect(await rosterOf(practice.practiceId)).toEqual(before);
  });

  it('imports nothing at all when any row is wrong and the choice is all or nothing, naming the rows', async () => {
    const { practice, csv } = await mixedFile();
    const before = await rosterOf(practice.practiceId);
    const { data, errors } = await t.graphql(IMPORT, { csv, mode: 'ALL_OR_NOTHING' }, practice.owner.headers);
    expect(data).toBeNull();
    expect(errors?.[0].message).toBe('6 of 9 rows have problems, so none was imported: fix them or import only the valid rows');
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errors?.[0].extensions?.fields?.map((f) => f.message)).toContain('row 4, email: is missing');
    expect(await rosterOf(practice.practiceId)).toEqual(before);
  });

  it('imports the valid rows and reports the skipped ones, when so chosen', async () => {
    const { practice, csv, good1, good2, dup } = await mixedFile();
    const { data } = await t.graphql<{ importClients: { added: number; skipped: { row: number }[] } }>(IMPORT, { csv, mode: 'VALID_ROWS' }, practice.owner.headers);
    expect(data!.importClients.added).toBe(3);
    expect(data!.importClients.skipped.map((r) => r.row)).toEqual([4, 5, 6, 7, 9, 10]);
    const imported = (await rosterOf(practice.practiceId)).filter((r) => r.source === 'IMPORT');
    expect(imported).toEqual([
      { name: 'Lee, Ann', email: good1, status: 'LEAD', tags: ['vip', 'board'], coach_user_id: practice.coaches[0].userId, source: 'IMPORT' },
      { name: 'Bob', email: good2, status: 'ACTIVE', tags: [], coach_user_id: null, source: 'IMPORT' },
      { name: 'Dup', email: dup, status: 'ACTIVE', tags: [], coach_user_id: null, source: 'IMPORT' },
    ].sort((a, b) => a.email.localeCompare(b.email)));
  });

  it('imports a clean file all or nothing; the same file twice finds every row already there', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 1, clients: 0 });
    const csv = `email,name\n${uniqueEmail('a')},A\n${uniqueEmail('b')},B\n`;
    expect((await t.graphql(IMPORT, { csv, mode: 'ALL_OR_NOTHING' }, practice.owner.headers)).data).toEqual({ importClients: { added: 2, skipped: [] } });
    const again = await t.graphql(IMPORT, { csv, mode: 'ALL_OR_NOTHING' }, practice.owner.headers);
    expect(again.errors?.[0].extensions?.fields).toEqual([
      { field: 'csv', message: 'row 2, email: is already on the roster' },
      { field: 'csv', message: 'row 3, email: is already on the roster' },
    ]);
  });

  it('gives a coach the rows they import, and refuses rows for another coach', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 2, clients: 0 });
    const [me, other] = practice.coaches;
    const mine = uniqueEmail('mine');
    const csv = `name,email,coach email\nMine,${mine},\nTheirs,${uniqueEmail('theirs')},${other.email}\n`;
    const { data } = await t.graphql<{ importClients: { added: number; skipped: { row: number; problems: { column: string }[] }[] } }>(IMPORT, { csv, mode: 'VALID_ROWS' }, me.headers);
    expect(data!.importClients).toMatchObject({ added: 1, skipped: [{ row: 3, problems: [{ column: 'coach email' }] }] });
    expect((await rosterOf(practice.practiceId)).map((r) => [r.email, r.coach_user_id])).toEqual([[mine, me.userId]]);
  });

  it('refuses a file beyond the cap or with no email column, naming the argument', async () => {
    const practice = await buildCoachingPractice(t, { clients: 0 });
    const rows = Array.from({ length: 2001 }, (_, i) => `P${i},p${i}@example.com`).join('\n');
    const tooMany = await t.graphql(PREVIEW, { csv: `name,email\n${rows}` }, practice.owner.headers);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'csv', message: 'The file has 2001 rows; at most 2000 can be imported at once: split it' }] });
    const noEmail = await t.graphql(IMPORT, { csv: 'name\nAnn\n', mode: 'VALID_ROWS' }, practice.owner.headers);
    expect(noEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'csv' }] });
  });

  it('exports what the caller sees, escaped, with formulas neutralised, and reads back as the same rows', async () => {
    const practice = await buildCoachingPractice(t, { coaches: 2, clients: 0 });
    const [one, two] = practice.coaches;
    const email = uniqueEmail('formula');
    await addRosterRow(t, practice.practiceId, { name: '=HYPERLINK("http://evil","x")', email, coachUserId: one.userId, tags: ['vip', 'board'] });
    await addRosterRow(t, practice.practiceId, { name: 'Okafor, Maren', email: uniqueEmail('maren'), coachUserId: two.userId, status: 'PAUSED' });
    const mine = (await t.graphql<{ exportClientsCsv: string }>(EXPORT, {}, one.headers)).data!.exportClientsCsv;
    expect(mine).toBe(`name,email,status,tags,coach email\r\n"'=HYPERLINK(""http://evil"",""x"")",${email},ACTIVE,vip;board,${one.email}\r\n`);
    const all = (await t.graphql<{ exportClientsCsv: string }>(EXPORT, { filter: { status: 'PAUSED' } }, practice.owner.headers)).data!.exportClientsCsv;
    expect(all.split('\r\n')[1]).toMatch(/^"Okafor, Maren",maren-.*,PAUSED,,/);
    const other = await buildCoachingPractice(t, { coaches: 2, clients: 0 });
    const { data } = await t.graphql<{ previewClientImport: { name: string; problems: unknown[] }[] }>(PREVIEW, { csv: mine.replace(one.email, other.coaches[0].email) }, other.owner.headers);
    expect(data!.previewClientImport).toEqual([expect.objectContaining({ name: `'=HYPERLINK("http://evil","x")`, problems: [] })]);
  });
});
