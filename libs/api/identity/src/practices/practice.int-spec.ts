import { randomUUID } from 'node:crypto';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule, NewPractice, PracticeService } from '../index';

const PRACTICE = `query Practice($slug: String!) {
  practice(slug: $slug) { id slug name tagline coachName coachBio timeZone photoUrl ctaText ctaUrl socialLinks { label url } }
}`;

describe('practice public profile', () => {
  let t: TestApp;
  // Creating a practice happens in a transaction scoped to its new id, as sign-up and the demo seed do.
  const practices = {
    create: (input: NewPractice, options?: { ifMissing?: boolean }) => {
      const id = randomUUID();
      return t.app.get(TenantDatabase).run({ practiceId: id }, () => t.app.get(PracticeService).create({ ...input, id }, options));
    },
  };

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  it('reads a practice from PostgreSQL by its slug', async () => {
    const created = await practices.create({
      slug: 'harbour-coaching',
      name: 'Harbour Coaching',
      tagline: 'Lead from the bridge, not the engine room.',
      coachName: 'Idris Vale',
      coachBio: 'First paragraph.\n\nSecond paragraph.',
      timeZone: 'America/Toronto',
    });
    const { data, errors } = await t.graphql(PRACTICE, { slug: 'harbour-coaching' });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      practice: {
        id: created.id,
        slug: 'harbour-coaching',
        name: 'Harbour Coaching',
        tagline: 'Lead from the bridge, not the engine room.',
        coachName: 'Idris Vale',
        coachBio: 'First paragraph.\n\nSecond paragraph.',
        timeZone: 'America/Toronto',
        photoUrl: '',
        ctaText: '',
        ctaUrl: '',
        socialLinks: [],
      },
    });
  });

  it('answers a suspended practice by its name alone, unavailable, and in full again once reactivated', async () => {
    const created = await practices.create({ slug: 'closed-harbour', name: 'Closed Harbour', tagline: 'Kept private', coachName: 'Idris Vale', timeZone: 'Europe/Paris' });
    const read = () => t.graphql<{ practice: Record<string, unknown> }>(`{ practice(slug: "closed-harbour") { id slug name tagline coachName timeZone socialLinks { url } available } }`);
    expect((await read()).data?.practice).toMatchObject({ id: created.id, name: 'Closed Harbour', tagline: 'Kept private', available: true });

    await t.db.query(`insert into practice_suspension (practice_id, reason, suspended_by) values ($1, 'Unpaid invoices', 'operator@example.com')`, [created.id]);
    const suspended = await read();
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data).toEqual({
      practice: { id: '', slug: 'closed-harbour', name: 'Closed Harbour', tagline: '', coachName: '', timeZone: '', socialLinks: [], available: false },
    });

    await t.db.query('delete from practice_suspension where practice_id = $1', [created.id]);
    expect((await read()).data?.practice).toMatchObject({ id: created.id, tagline: 'Kept private', available: true });
  });

  it('answers null for an address no practice has', async () => {
    const { data, errors } = await t.graphql(PRACTICE, { slug: 'nobody-here' });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ practice: null });
  });

  it('names the slug argument when it is malformed', async () => {
    const { data, errors } = await t.graphql(PRACTICE, { slug: 'Not A Slug!' });
    expect(data).toEqual({ practice: null });
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors![0].extensions?.fields).toEqual([{ field: 'slug', message: 'must be lower-case letters, digits and single hyphens' }]);
  });

  it('refuses a taken slug and leaves the first practice untouched', async () => {
    await practices.create({ slug: 'taken-slug', name: 'First', timeZone: 'Europe/Paris' });
    await expect(practices.create({ slug: 'taken-slug', name: 'Second', timeZone: 'Europe/Paris' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'slug', message: 'is already taken' }],
    });
    expect(await t.db.query('select name from practice where slug = $1', ['taken-slug'])).toEqual([{ name: 'First' }]);
  });

  it('returns the existing practice instead of failing when asked to create it only if missing, as the demo seed does', async () => {
    const id = randomUUID();
    const seed = (name: string) =>
      t.app.get(TenantDatabase).run({ practiceId: id }, () => t.app.get(PracticeService).create({ slug: 'seeded-once', name, timeZone: 'UTC', id }, { ifMissing: true }));
    const first = await seed('Seeded');
    const again = await seed('Seeded again');
    expect(again.id).toBe(first.id);
    expect(await t.db.query('select count(*)::int as n from practice where slug = $1', ['seeded-once'])).toEqual([{ n: 1 }]);
  });

  it.each([
    [{ slug: 'x', name: 'Short', timeZone: 'UTC' }, 'slug'],
    [{ slug: 'valid-slug', name: 'Bad zone', timeZone: 'Mars/Olympus' }, 'timeZone'],
  ])('rejects %j naming %s and writes nothing', async (input, field) => {
    await expect(practices.create(input)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field })] });
    expect(await t.db.query('select slug from practice where name = $1', [input.name])).toEqual([]);
  });
});
