import { Button, Container, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { NewsletterSignupForm } from '../newsletter-pages/newsletter-signup-form';
import { usePractice } from '../practices/use-practice';
import { ArticleCard } from './article-card';
import { Eyebrow, isNotFound, SiteLinks, SiteQueryState, useSiteTitle } from './site-parts';
import { sitePaths, slugOf } from './site-paths';
import { type ArticleListFilter, usePublicArticles, usePublicCategories } from './use-public-site';

/**
 * /p/:slug/articles, and its category and tag pages (/category/:category, /tag/:tag, both address forms of the name):
 * the practice's published articles, newest first, with the categories to browse and older ones a click away.
 */
export function BlogPage() {
  const { slug = '', category, tag } = useParams();
  const filter: ArticleListFilter = category ? { category } : tag ? { tag } : {};
  const practice = usePractice(slug);
  const articles = usePublicArticles(slug, filter);
  const categories = usePublicCategories(slug);
  const categoryName = category ? (categories.data?.find((c) => c.slug === category)?.name ?? category) : null;
  const tagName = tag ? (articles.data?.pages[0]?.articles.flatMap((a) => a.tags).find((t) => slugOf(t) === tag) ?? tag) : null;
  const heading = categoryName ?? (tagName ? `Tagged “${tagName}”` : 'Articles');
  const profile = practice.data;
  const notFound = profile === null || isNotFound(articles.error);
  useSiteTitle(notFound ? null : heading, profile?.name);

  if (notFound || profile === null) return <NotFoundPage />;
  if (articles.isPending) return <SiteQueryState query={articles} loading="Loading the articles" failed="We could not load the articles" />;
  if (!profile) return <SiteQueryState query={practice} loading="Loading the articles" failed="We could not load this practice" />;
  if (articles.error) return <SiteQueryState query={articles} loading="Loading the articles" failed="We could not load the articles" />;

  const list = articles.data.pages.flatMap((page) => page.articles);
  const filtered = Boolean(category || tag);
  return (
    <Container size="sm">
      <Stack gap="xl">
        <Stack gap="sm">
          <Eyebrow>{profile.name}</Eyebrow>
          <Title order={1}>{heading}</Title>
          {!filtered && profile.tagline && (
            <Text size="lg" c="gray.7">
              {profile.tagline}
            </Text>
          )}
          {(categories.data?.length ?? 0) > 0 && (
            <Group gap="xs" component="nav" aria-label="Categories">
              <Button component={Link} to={sitePaths.articles(slug)} size="compact-sm" radius="xl" variant={filtered ? 'default' : 'filled'}>
                All
              </Button>
              {categories.data?.map((c) => (
                <Button
                  key={c.slug}
                  component={Link}
                  to={`${sitePaths.articles(slug)}/category/${c.slug}`}
                  size="compact-sm"
                  radius="xl"
                  variant={c.slug === category ? 'filled' : 'default'}
                  aria-current={c.slug === category ? 'page' : undefined}
                >
                  {c.name} ({c.count})
                </Button>
              ))}
            </Group>
          )}
        </Stack>

        {list.length === 0 ? (
          <Text c="gray.7">{filtered ? 'No published articles here yet.' : `${profile.name} has not published any articles yet.`}</Text>
        ) : (
          <Stack gap={36}>
            {list.map((article) => (
              <ArticleCard key={article.slug} practiceSlug={slug} article={article} />
            ))}
          </Stack>
        )}
        {articles.hasNextPage && (
          <Button variant="default" onClick={() => void articles.fetchNextPage()} loading={articles.isFetchingNextPage} style={{ alignSelf: 'flex-start' }}>
            Older articles
          </Button>
        )}
        <Divider />
        <NewsletterSignupForm practiceSlug={slug} source={sitePaths.articles(slug)} />
        <SiteLinks practiceSlug={slug} practiceName={profile.name} />
      </Stack>
    </Container>
  );
}
