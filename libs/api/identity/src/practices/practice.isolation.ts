import { GraphQLObjectType } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { IsolationCase } from '@ascend/platform/testing';

const PROFILE = `query($slug: String!) { practice(slug: $slug) { id slug name tagline coachName coachBio timeZone } }`;

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
    expect(Object.keys(profile.getFields()).sort()).toEqual(['coachBio', 'coachName', 'id', 'name', 'slug', 'tagline', 'timeZone']);
  },
};
