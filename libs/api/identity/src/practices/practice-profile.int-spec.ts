import { buildPractice, PracticeScenario, startTestApp, TestApp } from '@ascend/platform/testing';
import { IdentityModule } from '../index';

const UPDATE = `mutation($input: PracticeProfileInput!) {
  updatePracticeProfile(input: $input) { id slug name tagline coachName coachBio timeZone photoUrl ctaText ctaUrl socialLinks { label url } }
}`;
const PRACTICE = `query($slug: String!) { practice(slug: $slug) { name tagline coachBio photoUrl ctaText ctaUrl socialLinks { label url } timeZone } }`;

const PROFILE = {
  name: 'Harbour Coaching',
  tagline: 'Lead from the bridge, not the engine room.',
  coachName: 'Idris Vale',
  coachBio: 'Twenty years running engineering teams.\n\nNow I help new directors stop fixing and start leading.',
  photoUrl: 'https://images.example.com/idris.jpg',
  ctaText: 'Book a discovery call',
  ctaUrl: 'https://harbour.example.com/call',
  socialLinks: [
    { label: 'LinkedIn', url: 'https://www.linkedin.com/in/idris-vale' },
    { label: 'Podcast', url: 'https://podcast.example.com/bridge' },
  ],
  timeZone: 'America/Toronto',
};

type Profile = typeof PROFILE & { id: string; slug: string };

describe('editing the practice profile', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule] });
  });
  afterAll(() => t.close());

  const update = (practice: PracticeScenario, input: Record<string, unknown>, headers = practice.owner.headers) =>
    t.graphql<{ updatePracticeProfile: Profile }>(UPDATE, { input }, headers);
  const stored = async (practiceId: string) =>
    (await t.db.query(`select name, tagline, coach_bio, photo_url, cta_text, cta_url, social_links, time_zone from practice where id = $1`, [practiceId]))[0];

  it('lets the owner change every field, keeps the address, and shows the change on the public profile', async () => {
    const practice = await buildPractice(t);
    const answer = await update(practice, { ...PROFILE, name: '  Harbour Coaching  ' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.updatePracticeProfile).toEqual({ id: practice.practiceId, slug: practice.slug, ...PROFILE });
    const read = await t.graphql(PRACTICE, { slug: practice.slug });
    expect(read.data).toEqual({
      practice: {
        name: PROFILE.name,
        tagline: PROFILE.tagline,
        coachBio: PROFILE.coachBio,
        photoUrl: PROFILE.photoUrl,
        ctaText: PROFILE.ctaText,
        ctaUrl: PROFILE.ctaUrl,
        socialLinks: PROFILE.socialLinks,
        timeZone: PROFILE.timeZone,
      },
    });
  });

  it('lets an admin edit it, and records who changed which fields in the audit trail', async () => {
    const practice = await buildPractice(t, { admins: 1 });
    await update(practice, PROFILE);
    const admin = practice.admins[0];
    const answer = await update(practice, { ...PROFILE, tagline: 'Fewer fires, more direction.', socialLinks: [] }, admin.headers);
    expect(answer.errors).toBeUndefined();
    const events = await t.db.query<{ action: string; actor_email: string; detail: unknown }>(
      `select action, actor_email, detail from audit_event where tenant_id = $1 and action = 'PRACTICE_PROFILE_UPDATED' order by created_at`,
      [practice.practiceId],
    );
    expect(events).toEqual([
      { action: 'PRACTICE_PROFILE_UPDATED', actor_email: practice.owner.email, detail: { changed: EDITABLE_ALL } },
      { action: 'PRACTICE_PROFILE_UPDATED', actor_email: admin.email, detail: { changed: ['tagline', 'socialLinks'] } },
    ]);
  });

  it('records nothing when nothing changed', async () => {
    const practice = await buildPractice(t);
    await update(practice, PROFILE);
    await update(practice, PROFILE);
    const [{ n }] = await t.db.query<{ n: number }>(`select count(*)::int as n from audit_event where tenant_id = $1 and action = 'PRACTICE_PROFILE_UPDATED'`, [
      practice.practiceId,
    ]);
    expect(n).toBe(1);
  });

  it.each(['coach', 'client'] as const)('refuses a %s', async (role) => {
    const practice = await buildPractice(t, { coaches: 1, clients: 1 });
    const person = role === 'coach' ? practice.coaches[0] : practice.clients[0];
    const answer = await update(practice, PROFILE, person.headers);
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stored(practice.practiceId)).name).toBe(practice.name);
  });

  it.each([
    ['input.name', 'must not be blank', { name: '   ' }],
    ['input.name', 'must be at most 120 characters', { name: 'n'.repeat(121) }],
    ['input.tagline', 'must be at most 160 characters', { tagline: 't'.repeat(161) }],
    ['input.coachName', 'must be at most 120 characters', { coachName: 'c'.repeat(121) }],
    ['input.coachBio', 'must be at most 5000 characters', { coachBio: 'b'.repeat(5001) }],
    ['input.photoUrl', 'must be empty or an https address of at most 2000 characters', { photoUrl: 'http://images.example.com/me.jpg' }],
    ['input.ctaUrl', 'must be empty or an https address of at most 2000 characters', { ctaUrl: 'javascript:alert(1)' }],
    ['input.ctaText', 'must be at most 200 characters', { ctaText: 'x'.repeat(201) }],
    ['input.ctaUrl', 'is required with a call-to-action text', { ctaUrl: '' }],
    ['input.ctaText', 'is required with a call-to-action link', { ctaText: '' }],
    ['input.timeZone', 'must be an IANA time zone such as Europe/London', { timeZone: 'Mars/Olympus' }],
    ['input.socialLinks.2.url', 'must be an https address of at most 2000 characters', { socialLinks: [...PROFILE.socialLinks, { label: 'Site', url: 'ftp://files.example.com' }] }],
    ['input.socialLinks.0.label', 'must be at most 40 characters', { socialLinks: [{ label: 'l'.repeat(41), url: 'https://example.com' }] }],
    ['input.socialLinks', 'must have at most 10 links', { socialLinks: Array.from({ length: 11 }, (_, i) => ({ label: `Link ${i}`, url: `https://example.com/${i}` })) }],
  ])('refuses a bad %s (%s) and changes nothing', async (field, message, change) => {
    const practice = await buildPractice(t);
    const before = await stored(practice.practiceId);
    const answer = await update(practice, { ...PROFILE, ...change });
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].extensions?.fields).toEqual([{ field, message }]);
    expect(await stored(practice.practiceId)).toEqual(before);
  });

  it('accepts an http address on this machine (development) and empty optional fields', async () => {
    const practice = await buildPractice(t);
    const input = { ...PROFILE, tagline: '', coachName: '', coachBio: '', photoUrl: 'http://localhost:5173/me.jpg', ctaText: '', ctaUrl: '', socialLinks: [] };
    const answer = await update(practice, input);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.updatePracticeProfile).toMatchObject(input);
  });
});

const EDITABLE_ALL = ['name', 'tagline', 'coachName', 'coachBio', 'photoUrl', 'ctaText', 'ctaUrl', 'socialLinks', 'timeZone'];
