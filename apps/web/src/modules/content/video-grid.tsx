import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Video } from './use-videos';
import { VideoEmbed } from './video-embed';

/** Videos two abreast (one on a phone), each behind its click-to-load placeholder. */
export function VideoGrid({ videos }: { videos: Video[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
      {videos.map((video) => (
        <Stack key={video.id} gap="xs" component="article">
          <VideoEmbed title={video.title} provider={video.provider} embedUrl={video.embedUrl} />
          <Title order={2} size="h4">
            {video.title}
          </Title>
          {video.description && (
            <Text size="sm" c="gray.7" style={{ whiteSpace: 'pre-line' }}>
              {video.description}
            </Text>
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
