import { AspectRatio, Box, Button, Stack, Text } from '@mantine/core';
import type { VideoProvider } from '@ascend/web/data-access';
import { useState } from 'react';

const providerNames: Record<VideoProvider, string> = { YOUTUBE: 'YouTube', VIMEO: 'Vimeo' };

interface VideoEmbedProps {
  title: string;
  provider: VideoProvider;
  /** The provider's privacy-enhanced player address, from the API. */
  embedUrl: string;
}

/** The player's address asked to start at once: the visitor already pressed play on our placeholder. */
function autoplaying(embedUrl: string): string {
  const url = new URL(embedUrl);
  url.searchParams.set('autoplay', '1');
  return url.toString();
}

/**
 * A video that contacts its provider only when the visitor asks for it: until then a placeholder with the title and
 * a play button, so merely opening the page sets no provider cookie and sends the provider nothing.
 */
export function VideoEmbed({ title, provider, embedUrl }: VideoEmbedProps) {
  const [playing, setPlaying] = useState(false);
  const providerName = providerNames[provider];

  return (
    <AspectRatio ratio={16 / 9}>
      {playing ? (
        <iframe
          src={autoplaying(embedUrl)}
          title={title}
          referrerPolicy="strict-origin-when-cross-origin"
          allow="autoplay; encrypted-media; picture-in-picture"
          allowFullScreen
          style={{ border: 0, width: '100%', height: '100%' }}
        />
      ) : (
        <Box bg="dark.7" c="white" p="md" style={{ borderRadius: 'var(--mantine-radius-md)', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <Stack gap="xs" align="center" ta="center">
            <Text fw={600} c="white">
              {title}
            </Text>
            <Button onClick={() => setPlaying(true)} aria-label={`Play ${title}`} radius="xl" size="md">
              ▶ Play
            </Button>
            <Text size="xs" c="gray.4">
              Plays from {providerName}; loads only when you press play.
            </Text>
          </Stack>
        </Box>
      )}
    </AspectRatio>
  );
}
