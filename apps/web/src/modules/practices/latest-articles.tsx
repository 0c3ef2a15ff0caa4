import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ArticleCard } from '../site/article-card';
import { sitePaths } from '../site/site-paths';
import { type PublicArticleSummary, useLatestArticles } from '../site/use-public-site';

/** The practice page's newest articles and the way to the rest; nothing while they load, if they failed to, or when there are none. */
export function LatestArticles({ practiceSlug, page }: { practiceSlug: string; page: { articles: PublicArticleSummary[]; total: number } | undefined }) {
  if (!page?.articles.length) return null;

  return (
    <Paper component="section" aria-labelledby="latest-articles" withBorder p={{ base: 'lg', sm: 'xl' }} mt={40}>
      <Title order={2} id="latest-articles" size="h3" mb="lg">
        Latest articles
      </Title>
      <Stack gap="xl">
        {page.articles.map((article) => (
          <ArticleCard key={article.slug} practiceSlug={practiceSlug} article={article} headingOrder={3} />
        ))}
        <Anchor component={Link} to={sitePaths.articles(practiceSlug)} fw={600}>
          {page.total > page.articles.length ? `All ${page.total} articles →` : 'All articles →'}
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** The practice page's latest-articles section with its own data. */
export function PracticeLatestArticles({ practiceSlug }: { practiceSlug: string }) {
  const latest = useLatestArticles(practiceSlug);
  return <LatestArticles practiceSlug={practiceSlug} page={latest.data} />;
}
