import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '@ascend/web/ui';
import { Link } from 'react-router';
import { sitePaths } from './site-paths';
import type { PublicArticleSummary } from './use-public-site';

/** The date, and the category linking to its page. */
export function ArticleMeta({ practiceSlug, article }: { practiceSlug: string; article: Pick<PublicArticleSummary, 'pubDate' | 'category'> }) {
  return (
    <Text size="sm" c="gray.7">
      <time dateTime={article.pubDate}>{formatDate(article.pubDate)}</time>
      {article.category && (
        <>
          {' · '}
          {/* Underlined: inside a line of text, colour alone does not tell a link apart. */}
          <Anchor component={Link} to={sitePaths.category(practiceSlug, article.category)} inherit underline="always">
            {article.category}
          </Anchor>
        </>
      )}
    </Text>
  );
}

export function TagLinks({ practiceSlug, tags }: { practiceSlug: string; tags: string[] }) {
  if (!tags.length) return null;
  return (
    <Group gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Badge component={Link} to={sitePaths.tag(practiceSlug, tag)} variant="light" color="gray" tt="none" style={{ cursor: 'pointer' }}>
            #{tag}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

/** An article in a list: title linking to it, date and category, description, tags. */
export function ArticleCard({ practiceSlug, article, headingOrder = 2 }: { practiceSlug: string; article: PublicArticleSummary; headingOrder?: 2 | 3 }) {
  return (
    <Stack component="article" gap={6}>
      <Title order={headingOrder} size="h3">
        <Anchor component={Link} to={sitePaths.article(practiceSlug, article.slug)} inherit c="ascend.8">
          {article.title}
        </Anchor>
      </Title>
      <ArticleMeta practiceSlug={practiceSlug} article={article} />
      {article.description && <Text lh={1.6}>{article.description}</Text>}
      <TagLinks practiceSlug={practiceSlug} tags={article.tags} />
    </Stack>
  );
}
