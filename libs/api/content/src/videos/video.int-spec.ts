import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { ContentModule } from '../content.module';
import { buildVideo } from '../shared/content-scenario';

const FIELDS = 'id title description provider providerVideoId url embedUrl visibility publishedAt';
const CREATE = `mutation($input: VideoInput!) { createVideo(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateVideoInput!) { updateVideo(input: $input) { ${FIELDS} } }`;

describe('videos', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, EventsModule, ContentModule] });
  });
  afterAll(() => t.close());

  it('adds a YouTube or Vimeo video from any form of its link, with its privacy-enhanced player', async () => {
    const practice = await buildPractice(t, { coaches: 1, clients: 0 });
    const youtube = await t.graphql(CREATE, { input: { title: 'Delegating in three minutes', url: 'https://youtu.be/AbCdEfGhIjK?si=share' } }, practice.coaches[0].headers);
    expect(youtube.errors).toBeUndefined();
    expect(youtube.data?.createVideo).toMatchObject({
      provider: 'YOUTUBE',
      providerVideoId: 'AbCdEfGhIjK',
      url: 'https://www.youtube.com/watch?v=AbCdEfGhIjK',
      embedUrl: 'https://www.youtube-nocookie.com/embed/AbCdEfGhIjK',
      visibility: 'PUBLIC',
      description: '',
    });
    const vimeo = await t.graphql(CREATE, { input: { title: 'For members', url: 'https://player.vimeo.com/video/90210', visibility: 'MEMBERS' } }, practice.owner.headers);
    expect(vimeo.data?.createVideo).toMatchObject({ provider: 'VIMEO', url: 'https://vimeo.com/90210', embedUrl: 'https://player.vimeo.com/video/90210?dnt=1', visibility: 'MEMBERS' });
  });

  it('refuses any other host on input.url and stores nothing', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    for (const url of ['https://evil.example/watch?v=AbCdEfGhIjK', 'javascript:alert(1)', 'https://www.youtube.com/@someone']) {
      const answer = await t.graphql(CREATE, { input: { title: 'Nope', url } }, practice.owner.headers);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.url', message: 'must be a YouTube or Vimeo link' }] });
    }
    expect(await t.db.query('select id from video where tenant_id = $1', [practice.practiceId])).toEqual([]);
  });

  it('changes and deletes a video; an unknown one is not found', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    const video = await buildVideo(t, practice);
    const input = { id: video.id, title: 'Renamed', description: 'Now members only', url: 'https://vimeo.com/31337', visibility: 'MEMBERS' };
    const updated = await t.graphql(UPDATE, { input }, practice.owner.headers);
    expect(updated.data?.updateVideo).toMatchObject({ title: 'Renamed', provider: 'VIMEO', providerVideoId: '31337', visibility: 'MEMBERS' });
    const badUrl = await t.graphql(UPDATE, { input: { ...input, url: 'https://example.com/x' } }, practice.owner.headers);
    expect(badUrl.errors?.[0].extensions?.fields).toEqual([{ field: 'input.url', message: 'must be a YouTube or Vimeo link' }]);
    expect((await t.graphql(`mutation($id: ID!) { deleteVideo(id: $id) }`, { id: video.id }, practice.owner.headers)).data).toEqual({ deleteVideo: true });
    const again = await t.graphql(`mutation($id: ID!) { deleteVideo(id: $id) }`, { id: video.id }, practice.owner.headers);
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("shows a client the practice's public and members-only videos, and only the team the video list", async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 1 });
    const other = await buildPractice(t, { coaches: 0, clients: 0 });
    const older = await buildVideo(t, practice, { visibility: 'PUBLIC', publishedInHours: -48 });
    const members = await buildVideo(t, practice, { visibility: 'MEMBERS', provider: 'VIMEO' });
    await buildVideo(t, other, { visibility: 'MEMBERS' });
    const client = practice.clients[0];
    const seen = await t.graphql<{ memberVideos: { id: string }[] }>(`{ memberVideos { id visibility } }`, {}, client.headers);
    expect(seen.data?.memberVideos).toEqual([
      { id: members.id, visibility: 'MEMBERS' },
      { id: older.id, visibility: 'PUBLIC' },
    ]);
    expect((await t.graphql(`{ videos { id } }`, {}, client.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.graphql(`mutation { createVideo(input: { title: "x", url: "https://vimeo.com/1" }) { id } }`, {}, client.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
