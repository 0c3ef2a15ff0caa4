import { Loader, Paper, Text, Title, Typography } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useArticlePreview } from './use-articles';

/**
 * The body as readers will see it, beside the text box: rendered by the API (the public page's renderer, sanitised)
 * once typing pauses for 300 ms, so a long article is not sent on every keystroke.
 */
export function ArticlePreview({ title, markdown }: { title: string; markdown: string }) {
  const [settled] = useDebouncedValue(markdown, 300);
  const preview = useArticlePreview(settled);

  return (
    <Paper withBorder p="md" mih={320} aria-label="Preview" component="section" aria-live="polite" aria-busy={preview.isFetching}>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb="xs">
        Preview
      </Text>
      {title.trim() && (
        <Title order={2} mb="md">
          {title}
        </Title>
      )}
      {!markdown.trim() ? (
        <Text c="dimmed">Write on the left: the article appears here as readers will see it.</Text>
      ) : preview.error ? (
        <Text c="red">The preview did not load: {preview.error.message}</Text>
      ) : preview.data === undefined ? (
        <Loader size="sm" aria-label="Rendering the preview" />
      ) : (
        // Sanitised by the API (no scripts, event handlers or javascript: links), as on the public page.
        <Typography>
          <div data-testid="article-preview-html" dangerouslySetInnerHTML={{ __html: preview.data }} />
        </Typography>
      )}
    </Paper>
  );
}
