import { Alert, Anchor, Badge, Button, Container, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { formatDate, PageState, usePageTitle } from '@ascend/web/ui';
import { useState } from 'react';
import { useCurrentPractice } from '../auth/auth-provider';
import { sitePaths } from '../site/site-paths';
import { type Video, useVideoActions, useVideos } from './use-videos';
import { VideoForm } from './video-form';

type Editing = { video: Video | null } | null;

/** /app/videos: the practice's videos, public ones on its site and members-only ones in the client portal. */
export function VideosPage() {
  usePageTitle('Videos');
  const { practiceSlug } = useCurrentPractice();
  const videos = useVideos();
  const { create, update, remove } = useVideoActions();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Video | null>(null);
  const saving = editing?.video ? update : create;

  const openForm = (video: Video | null) => {
    create.reset();
    update.reset();
    setEditing({ video });
  };

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={1}>Videos</Title>
            <Text c="gray.7">
              Short talks from YouTube or Vimeo. Public ones show on{' '}
              <Anchor href={sitePaths.videos(practiceSlug)} target="_blank" rel="noopener">
                your site
              </Anchor>
              ; members-only ones in your clients’ portal.
            </Text>
          </Stack>
          <Button onClick={() => openForm(null)}>Add video</Button>
        </Group>
        {videos.isPending ? (
          <PageState kind="loading" label="Loading the videos" />
        ) : videos.error ? (
          <PageState kind="error" title="The videos did not load" error={videos.error} onRetry={() => void videos.refetch()} retrying={videos.isRefetching} />
        ) : !videos.data.length ? (
          <Text c="gray.7">No videos yet. Add a YouTube or Vimeo link: visitors see a placeholder, and the player loads only when they press play.</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" aria-label="Videos">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Video</Table.Th>
                  <Table.Th>Who can watch</Table.Th>
                  <Table.Th>Added</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {videos.data.map((video) => (
                  <Table.Tr key={video.id}>
                    <Table.Td>
                      <Anchor href={video.url} target="_blank" rel="noopener noreferrer" fw={600}>
                        {video.title}
                      </Anchor>
                      {video.description && (
                        <Text size="sm" c="gray.7" lineClamp={2}>
                          {video.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={video.visibility === 'PUBLIC' ? 'green' : 'grape'} tt="none">
                        {video.visibility === 'PUBLIC' ? 'Everyone' : 'Members'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(video.publishedAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => openForm(video)} aria-label={`Edit ${video.title}`}>
                          Edit
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(video)} aria-label={`Delete ${video.title}`}>
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing?.video ? 'Edit video' : 'Add a video'} size="lg">
        {editing && (
          <VideoForm
            video={editing.video}
            error={saving.error}
            saving={saving.isPending}
            onCancel={() => setEditing(null)}
            onSubmit={(input) => {
              const done = { onSuccess: () => setEditing(null) };
              if (editing.video) update.mutate({ ...input, id: editing.video.id }, done);
              else create.mutate(input, done);
            }}
          />
        )}
      </Modal>

      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete this video?">
        <Stack gap="md">
          <Text size="sm">“{deleting?.title}” is removed from your site and the portal. The video itself stays on its provider.</Text>
          {remove.error && (
            <Alert color="red" variant="light">
              {remove.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Keep it
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })}>
              Delete video
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  );
}
