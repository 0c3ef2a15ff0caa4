import { Alert, Anchor, Button, Container, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ArticleForm } from './article-form';
import { newArticleValues, valuesOf } from './article-form-values';
import { ArticleStatusBadge } from './article-labels';
import { type CoachArticle, useArticle, useArticleActions } from './use-articles';

function BackToArticles() {
  return (
    <Anchor component={Link} to="/app/articles" size="sm">
      ← Articles
    </Anchor>
  );
}

/** /app/articles/new: a new article, a draft until the switch says otherwise. */
export function NewArticlePage() {
  usePageTitle('New article');
  const navigate = useNavigate();
  const { create } = useArticleActions();
  const initial = useMemo(() => newArticleValues(), []);

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Stack gap="xs">
          <BackToArticles />
          <Title order={1}>New article</Title>
        </Stack>
        <ArticleForm
          initial={initial}
          slugFollowsTitle
          error={create.error}
          saving={create.isPending}
          submitLabel="Save article"
          onSubmit={(input) => create.mutate(input, { onSuccess: (saved) => void navigate(`/app/articles/${saved.id}`, { replace: true }) })}
        />
      </Stack>
    </Container>
  );
}

/** /app/articles/:articleId: one article in the editor; `?review=1` when it came from a file without frontmatter. */
export function EditArticlePage() {
  const { articleId = '' } = useParams();
  const [params] = useSearchParams();
  const article = useArticle(articleId);
  usePageTitle(article.data ? `Edit ${article.data.title}` : 'Edit article');

  if (article.isPending) return <PageState kind="loading" label="Loading the article" />;
  if (article.error) {
    return <PageState kind="error" title="The article did not load" error={article.error} onRetry={() => void article.refetch()} retrying={article.isRefetching} />;
  }
  return <ArticleEditor key={article.data.id} article={article.data} needsReview={params.get('review') === '1'} />;
}

function ArticleEditor({ article, needsReview }: { article: CoachArticle; needsReview: boolean }) {
  const navigate = useNavigate();
  const { update, remove } = useArticleActions();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  // Opened once with the article as loaded: saving answers with the same values, so the form keeps what is typed.
  const [initial] = useState(() => valuesOf(article));

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Stack gap="xs">
          <BackToArticles />
          <Group gap="sm" align="center">
            <Title order={1}>{article.title}</Title>
            <ArticleStatusBadge status={article.status} pubDate={article.pubDate} />
          </Group>
          {article.status === 'PUBLISHED' && (
            <Anchor href={article.publicUrl} target="_blank" rel="noopener" size="sm">
              View on your site ↗
            </Anchor>
          )}
        </Stack>
        {needsReview && (
          <Alert color="yellow" variant="light" title="Imported without frontmatter">
            The title came from the file’s first heading or line, and it was saved as a draft. Check the title, description, date
            and category, then switch off Draft to publish it.
          </Alert>
        )}
        <ArticleForm
          initial={initial}
          slugFollowsTitle={false}
          error={update.error}
          saving={update.isPending}
          submitLabel="Save changes"
          onSubmit={(input) => update.mutate({ ...input, id: article.id }, { onSuccess: (saved) => setSavedAt(saved.updatedAt) })}
          actions={
            <>
              <Button variant="default" color="red" onClick={() => setConfirmingDelete(true)}>
                Delete
              </Button>
              {savedAt && !update.isPending && !update.error && (
                <Text size="sm" c="green.8" role="status">
                  Saved
                </Text>
              )}
            </>
          }
        />
      </Stack>
      <Modal opened={confirmingDelete} onClose={() => setConfirmingDelete(false)} title="Delete this article?">
        <Stack gap="md">
          <Text size="sm">
            “{article.title}” is removed from the app{article.status === 'PUBLISHED' ? ' and from your public site and feed' : ''}. This cannot be undone.
          </Text>
          {remove.error && (
            <Alert color="red" variant="light">
              {remove.error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingDelete(false)}>
              Keep it
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(article.id, { onSuccess: () => void navigate('/app/articles') })}>
              Delete article
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  );
}
