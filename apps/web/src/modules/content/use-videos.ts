import { graphql, queryKeys, type UpdateVideoInput, type VideoFieldsFragment, type VideoInput } from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

graphql(`
  fragment VideoFields on Video {
    id
    title
    description
    provider
    providerVideoId
    url
    embedUrl
    visibility
    publishedAt
  }
`);

const CoachVideosQuery = graphql(`
  query CoachVideos {
    videos {
      ...VideoFields
    }
  }
`);

const MemberVideosQuery = graphql(`
  query MemberVideos {
    memberVideos {
      ...VideoFields
    }
  }
`);

const CreateVideoMutation = graphql(`
  mutation CreateVideo($input: VideoInput!) {
    createVideo(input: $input) {
      ...VideoFields
    }
  }
`);

const UpdateVideoMutation = graphql(`
  mutation UpdateVideo($input: UpdateVideoInput!) {
    updateVideo(input: $input) {
      ...VideoFields
    }
  }
`);

const DeleteVideoMutation = graphql(`
  mutation DeleteVideo($id: ID!) {
    deleteVideo(id: $id)
  }
`);

export type Video = VideoFieldsFragment;

/** Every video of the practice, for the team. */
export function useVideos() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).videos(),
    queryFn: async ({ signal }) => (await api.request(CoachVideosQuery, {}, { signal, practiceId })).videos,
  });
}

/** What the practice's signed-in clients may watch: public videos and those for members. */
export function useMemberVideos() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).memberVideos(),
    queryFn: async ({ signal }) => (await api.request(MemberVideosQuery, {}, { signal, practiceId })).memberVideos,
  });
}

/** Adding, changing and removing videos; the team's list, the members' list and the public site follow. */
export function useVideoActions() {
  const { practiceId, practiceSlug } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const keys = queryKeys.tenant(practiceId);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.videos() }),
      queryClient.invalidateQueries({ queryKey: keys.memberVideos() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.public.site(practiceSlug) }),
    ]);
  return {
    create: useMutation({
      mutationFn: async (input: VideoInput) => (await api.request(CreateVideoMutation, { input }, { practiceId })).createVideo,
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: async (input: UpdateVideoInput) => (await api.request(UpdateVideoMutation, { input }, { practiceId })).updateVideo,
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: async (id: string) => (await api.request(DeleteVideoMutation, { id }, { practiceId })).deleteVideo,
      onSuccess: refresh,
    }),
  };
}
