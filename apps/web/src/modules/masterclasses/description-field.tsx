import { Input, Loader, Paper, Tabs, Text, Textarea, Typography } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useDescriptionPreview } from './use-masterclasses';

interface DescriptionFieldProps {
  value: string;
  onChange: (markdown: string) => void;
  error?: string;
}

/**
 * The description in Markdown, with a preview rendered by the API exactly as the public page will show it. The
 * preview asks once typing pauses, and only while its tab is open.
 */
export function DescriptionField({ value, onChange, error }: DescriptionFieldProps) {
  const [tab, setTab] = useState<string | null>('write');
  const [settled] = useDebouncedValue(value, 400);
  const preview = useDescriptionPreview(settled, tab === 'preview');

  return (
    // A div, not a label: the text box inside the tabs names itself; the error is tied to it by id.
    <Input.Wrapper
      labelElement="div"
      label="Description"
      description="Markdown: **bold**, *italic*, lists, links and ## headings."
      error={error}
      errorProps={{ id: 'masterclass-description-error' }}
    >
      <Tabs value={tab} onChange={setTab} mt={6}>
        <Tabs.List>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="xs">
          <Textarea
            aria-label="Description (Markdown)"
            aria-describedby={error ? 'masterclass-description-error' : undefined}
            autosize
            minRows={6}
            maxRows={20}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
            error={!!error}
          />
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="xs">
          <Paper withBorder p="md" mih={120} aria-live="polite" aria-busy={preview.isFetching}>
            {!value.trim() ? (
              <Text c="dimmed">Nothing to preview yet.</Text>
            ) : preview.error ? (
              <Text c="red">The preview did not load: {preview.error.message}</Text>
            ) : preview.data === undefined || settled !== value ? (
              <Loader size="sm" aria-label="Rendering the preview" />
            ) : (
              // The API renders the Markdown and sanitises the HTML (no scripts, styles or frames), as for the public page.
              <Typography>
                <div dangerouslySetInnerHTML={{ __html: preview.data }} />
              </Typography>
            )}
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Input.Wrapper>
  );
}
