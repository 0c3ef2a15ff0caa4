import { Container, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useMemberVideos } from './use-videos';
import { VideoGrid } from './video-grid';

/** /app/portal/videos: what the practice shares with its clients, members-only talks included. */
export function PortalVideosPage() {
  usePageTitle('Videos');
  const videos = useMemberVideos();

  return (
    <Container size="lg">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>Videos</Title>
          <Text c="gray.7">Talks from your coach, some of them for clients only.</Text>
        </Stack>
        {videos.isPending ? (
          <PageState kind="loading" label="Loading the videos" />
        ) : videos.error ? (
          <PageState kind="error" title="The videos did not load" error={videos.error} onRetry={() => void videos.refetch()} retrying={videos.isRefetching} />
        ) : !videos.data.length ? (
          <Text c="gray.7">Your coach has not shared any videos yet.</Text>
        ) : (
          <VideoGrid videos={videos.data} />
        )}
      </Stack>
    </Container>
  );
}
