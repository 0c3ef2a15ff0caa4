import { Loader, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNewsletterIssuePreview } from './use-newsletter-issues';

export interface IssueText {
  subject: string;
  preheader: string;
  body: string;
}

/**
 * The whole email as a subscriber will receive it, rendered by the API once typing pauses. It sits in a sandboxed
 * frame: the mail's own styles stay inside it, and nothing in it can run.
 */
export function IssuePreviewFrame({ text }: { text: IssueText }) {
  // Compared as text, so a parent handing a new object with the same words does not restart the wait.
  const typed = JSON.stringify([text.subject, text.preheader, text.body]);
  const [settled] = useDebouncedValue(typed, 500);
  const [subject, preheader, body] = JSON.parse(settled) as [string, string, string];
  const preview = useNewsletterIssuePreview(subject, preheader, body);
  const waiting = settled !== typed || (preview.isFetching && preview.data === undefined);

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Preview
      </Text>
      <Paper withBorder p={0} mih={480} pos="relative" aria-busy={waiting || preview.isFetching}>
        {preview.error ? (
          <Text c="red" p="md">
            The preview did not load: {preview.error.message}
          </Text>
        ) : preview.data === undefined ? (
          waiting ? (
            <Loader size="sm" m="md" aria-label="Rendering the preview" />
          ) : (
            <Text c="dimmed" p="md">
              Write a subject or some text to see the email.
            </Text>
          )
        ) : (
          <iframe title="Email preview" sandbox="" srcDoc={preview.data} style={{ border: 0, width: '100%', height: 600, display: 'block' }} />
        )}
      </Paper>
    </Stack>
  );
}
