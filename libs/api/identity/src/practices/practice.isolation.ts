import { GraphQLObjectType } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { IsolationCase } from '@ascend/platform/testing';

const PROFILE = `query($slug: String!) { practice(slug: $slug) { id slug name tagline coachName coachBio timeZone photoUrl ctaText ctaUrl socialLinks { label url } } }`;
const UPDATE = `mutation($input: PracticeProfileInput!) { updatePracticeProfile(input: $input) { id name } }`;
const INPUT = {
  name: 'Renamed by B',
  tagline: '',
  coachName: '',
  coachBio: '',
  photoUrl: '',
  ctaText: 'Book with B',
  ctaUrl: 'https://b.example.com/book',
  socialLinks: [{ label: 'B', url: 'https://b.example.com' }],
  timeZone: 'Asia/Tokyo',
};

export const isolationCases: Record<string, IsolationCase> = {
  // A's profile is public by design: B's credentials (and A's practice header) must add nothing to what anyone
  // sees, and the profile type must hold nothing beyond the public page's fields.
  'Query.practice': async (t, { a, b }) => {
    const [{ slug }] = await t.db.query<{ slug: string }>('select slug from practice where id = $1', [a.practiceId]);
    const anonymous = await t.graphql(PROFILE, { slug });
    const asB = await t.graphql(PROFILE, { slug }, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(anonymous.data).toMatchObject({ practice: { id: a.practiceId, slug } });
    expect(asB.data).toEqual(anonymous.data);
    const profile = t.app.get(GraphQLSchemaHost).schema.getType('PracticeProfile') as GraphQLObjectType;
    expect(Object.keys(profile.getFields()).sort()).toEqual(['available', 'coachBio', 'coachName', 'ctaText', 'ctaUrl', 'id', 'name', 'photoUrl', 'slug', 'socialLinks', 'tagline', 'timeZone']);
  },
  // B naming A's practice is refused; B editing its own profile changes B's alone (the harness checks A is untouched).
  'Mutation.updatePracticeProfile': async (t, { a, b }) => {
    const crossed = await t.graphql(UPDATE, { input: INPUT }, { ...b.headers, 'x-practice-id': a.practiceId });
    expect(crossed.data).toBeNull();
    expect(crossed.errors?.[0]).toMatchObject({ message: 'You are not a member of this practice', extensions: { code: 'FORBIDDEN' } });
    const own = await t.graphql<{ updatePracticeProfile: { id: string; name: string } }>(UPDATE, { input: INPUT }, b.headers);
    expect(own.data?.updatePracticeProfile).toEqual({ id: b.practiceId, name: 'Renamed by B' });
  },
};
