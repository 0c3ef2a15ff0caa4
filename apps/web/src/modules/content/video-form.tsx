import { Alert, Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import type { VideoInput, VideoVisibility } from '@ascend/web/data-access';
import { formErrors } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import type { Video } from './use-videos';

type VideoField = 'title' | 'description' | 'url' | 'visibility';

const fieldsByApiName = {
  'input.title': 'title',
  'input.description': 'description',
  'input.url': 'url',
  'input.visibility': 'visibility',
} as const satisfies Record<string, VideoField>;

const PROVIDER_URL = /^https:\/\/([a-z0-9-]+\.)*(youtube\.com|youtu\.be|youtube-nocookie\.com|vimeo\.com)\//i;

interface VideoFormProps {
  video: Video | null;
  error: Error | null;
  saving: boolean;
  onSubmit: (input: Required<VideoInput>) => void;
  onCancel: () => void;
}

/** A video's title, description, YouTube or Vimeo address and who may watch it. */
export function VideoForm({ video, error, saving, onSubmit, onCancel }: VideoFormProps) {
  const [values, setValues] = useState({
    title: video?.title ?? '',
    description: video?.description ?? '',
    url: video?.url ?? '',
    visibility: video?.visibility ?? ('PUBLIC' as VideoVisibility),
  });
  const [local, setLocal] = useState<Partial<Record<VideoField, string>>>({});
  const api = formErrors(error, fieldsByApiName);
  const set = (field: VideoField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setLocal((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<VideoField, string>> = {};
    if (!values.title.trim()) problems.title = 'Enter a title';
    if (!PROVIDER_URL.test(values.url.trim())) problems.url = 'Paste the address of a YouTube or Vimeo video, starting with https://';
    setLocal(problems);
    if (Object.keys(problems).length) return;
    onSubmit({ title: values.title.trim(), description: values.description.trim(), url: values.url.trim(), visibility: values.visibility });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Video">
      <Stack gap="sm">
        {api.message && (
          <Alert color="red" variant="light" title="Nothing was saved">
            {api.message}
          </Alert>
        )}
        <TextInput label="Title" required maxLength={200} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={local.title ?? api.fields.title} />
        <TextInput
          label="Video address"
          required
          type="url"
          placeholder="https://www.youtube.com/watch?v=…"
          description="A YouTube or Vimeo link; it plays from the provider’s privacy-enhanced player."
          value={values.url}
          onChange={(e) => set('url', e.currentTarget.value)}
          error={local.url ?? api.fields.url}
        />
        <Textarea label="Description" autosize minRows={2} maxRows={6} maxLength={5000} value={values.description} onChange={(e) => set('description', e.currentTarget.value)} error={api.fields.description} />
        <Radio.Group label="Who can watch" value={values.visibility} onChange={(value) => set('visibility', value)} error={api.fields.visibility}>
          <Stack gap="xs" mt={6}>
            <Radio value="PUBLIC" label="Everyone: on your public site" />
            <Radio value="MEMBERS" label="Members: your signed-in clients, in their portal" />
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {video ? 'Save changes' : 'Add video'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
