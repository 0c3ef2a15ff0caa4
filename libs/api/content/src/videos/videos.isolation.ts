import { notFoundFromB, refusedInA } from '@ascend/platform/testing';
import type { IsolationCase } from '@ascend/platform/testing';

const onVideoOfA = (query: string) =>
  notFoundFromB(query, async (t, { a }) => {
    const [row] = await t.db.query<{ id: string }>(
      `insert into video (tenant_id, title, provider, provider_video_id, visibility) values ($1, 'A members only', 'VIMEO', '123456', 'MEMBERS') returning id`,
      [a.practiceId],
    );
    return { id: row.id };
  });

const INPUT = `title: "Spy", description: "", url: "https://vimeo.com/42", visibility: PUBLIC`;

export const isolationCases: Record<string, IsolationCase> = {
  'Query.videos': refusedInA(`{ videos { id } }`),
  'Query.memberVideos': refusedInA(`{ memberVideos { id embedUrl } }`),
  'Mutation.createVideo': refusedInA(`mutation { createVideo(input: { ${INPUT} }) { id } }`),
  'Mutation.updateVideo': onVideoOfA(`mutation($id: ID!) { updateVideo(input: { id: $id, ${INPUT} }) { id } }`),
  'Mutation.deleteVideo': onVideoOfA(`mutation($id: ID!) { deleteVideo(id: $id) }`),
};
