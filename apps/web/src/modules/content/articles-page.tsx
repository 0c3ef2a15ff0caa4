import { Anchor, Badge, Button, Container, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { ArticleFilter, ArticleStatus } from '@ascend/web/data-access';
import { formatDate, PageState, usePageTitle } from '@ascend/web/ui';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ArticleStatusBadge } from './article-labels';
import { ImportArticlesDialog } from './import-articles-dialog';
import { type ArticleSummary, useArticleCategories, useArticles } from './use-articles';

const statuses: { value: '' | ArticleStatus; label: string }[] = [
  { value: '', label: 'Any status' },
  { value: 'DRAFT', label: 'Drafts' },
  { value: 'SCHEDULED', label: 'Scheduled' },
  { value: 'PUBLISHED', label: 'Published' },
];

/** /app/articles: the practice's articles, newest first, filtered by what is in the address (so Back keeps them). */
export function ArticlesPage() {
  usePageTitle('Articles');
  const [params, setParams] = useSearchParams();
  const [importing, setImporting] = useState(false);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [settledSearch] = useDebouncedValue(search.trim(), 300);
  const status = (statuses.find((s) => s.value === params.get('status'))?.value ?? '') as '' | ArticleStatus;
  const category = params.get('category') ?? '';
  const [tag, setTag] = useState(params.get('tag') ?? '');
  const [settledTag] = useDebouncedValue(tag.trim(), 300);
  const filter: ArticleFilter = {
    ...(status ? { status } : {}),
    ...(category ? { category } : {}),
    ...(settledTag ? { tag: settledTag } : {}),
    ...(settledSearch ? { search: settledSearch } : {}),
  };
  const filtered = Object.keys(filter).length > 0;
  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const categories = useArticleCategories();

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Title order={1}>Articles</Title>
            <Text c="gray.7">What you publish on your site, in your feed and in the weekly newsletter.</Text>
          </Stack>
          <Group>
            <Button component={Link} to="/app/articles/new">
              New article
            </Button>
            <Button variant="default" onClick={() => setImporting(true)}>
              Import
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} role="search" aria-label="Filter articles">
          <TextInput
            label="Search"
            placeholder="Title or text"
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setParam('q', event.currentTarget.value.trim());
            }}
          />
          <NativeSelect label="Status" data={statuses} value={status} onChange={(event) => setParam('status', event.currentTarget.value)} />
          <NativeSelect
            label="Category"
            data={[{ value: '', label: 'Any category' }, ...(categories.data ?? []).map((name) => ({ value: name, label: name }))]}
            value={category}
            onChange={(event) => setParam('category', event.currentTarget.value)}
          />
          <TextInput
            label="Tag"
            placeholder="Any tag"
            value={tag}
            onChange={(event) => {
              setTag(event.currentTarget.value);
              setParam('tag', event.currentTarget.value.trim());
            }}
          />
        </SimpleGrid>
        <ArticleList filter={filter} filtered={filtered} onImport={() => setImporting(true)} />
      </Stack>
      <ImportArticlesDialog opened={importing} onClose={() => setImporting(false)} />
    </Container>
  );
}

function ArticleList({ filter, filtered, onImport }: { filter: ArticleFilter; filtered: boolean; onImport: () => void }) {
  const articles = useArticles(filter);
  if (articles.isPending) return <PageState kind="loading" label="Loading the articles" />;
  if (articles.error) {
    return <PageState kind="error" title="The articles did not load" error={articles.error} onRetry={() => void articles.refetch()} retrying={articles.isRefetching} />;
  }
  if (!articles.data.length) {
    return filtered ? (
      <Text c="gray.7">No article matches these filters.</Text>
    ) : (
      <Stack gap="xs" maw={640}>
        <Title order={2} size="h3">
          No articles yet
        </Title>
        <Text c="gray.7">
          Write about the traps your clients are in: each article is markdown with a title, a date, a category and tags. A draft
          stays private; a future date publishes it on its own. Already keep your posts as .md files?{' '}
          <Anchor component="button" type="button" onClick={onImport}>
            Import them
          </Anchor>{' '}
          in one go.
        </Text>
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Articles">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Article</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Tags</Table.Th>
            <Table.Th>Date</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {articles.data.map((article) => (
            <ArticleRow key={article.id} article={article} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ArticleRow({ article }: { article: ArticleSummary }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/app/articles/${article.id}`} fw={600}>
          {article.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <ArticleStatusBadge status={article.status} pubDate={article.pubDate} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{article.category || '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {article.tags.map((tag) => (
            <Badge key={tag} variant="outline" color="gray" tt="none" size="sm">
              {tag}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(article.pubDate)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
