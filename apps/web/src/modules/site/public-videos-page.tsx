import { Container, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { VideoGrid } from '../content/video-grid';
import { usePractice } from '../practices/use-practice';
import { Eyebrow, isNotFound, SiteLinks, SiteQueryState, useSiteTitle } from './site-parts';
import { usePublicVideos } from './use-public-site';

/** /p/:slug/videos: the practice's public videos, each loading its player only when pressed. */
export function PublicVideosPage() {
  const { slug = '' } = useParams();
  const practice = usePractice(slug);
  const videos = usePublicVideos(slug);
  const profile = practice.data;
  const notFound = profile === null || isNotFound(videos.error);
  useSiteTitle(notFound ? null : 'Videos', profile?.name);

  if (notFound || profile === null) return <NotFoundPage />;
  if (videos.error || videos.isPending) return <SiteQueryState query={videos} loading="Loading the videos" failed="We could not load the videos" />;
  if (!profile) return <SiteQueryState query={practice} loading="Loading the videos" failed="We could not load this practice" />;

  return (
    <Container size="md">
      <Stack gap="xl">
        <Stack gap="sm">
          <Eyebrow>{profile.name}</Eyebrow>
          <Title order={1}>Videos</Title>
        </Stack>
        {videos.data.length ? <VideoGrid videos={videos.data} /> : <Text c="gray.7">No videos yet.</Text>}
        <SiteLinks practiceSlug={slug} practiceName={profile.name} />
      </Stack>
    </Container>
  );
}
