import { Anchor, Container, Divider, Stack, Text, Title, Typography } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { UpcomingMasterclasses } from '../masterclass-pages/upcoming-masterclasses';
import { useUpcomingMasterclasses } from '../masterclass-pages/use-public-masterclasses';
import { NewsletterSignupForm } from '../newsletter-pages/newsletter-signup-form';
import { PracticeProfileCard } from '../practices/practice-profile-card';
import { usePractice } from '../practices/use-practice';
import { ArticleMeta, TagLinks } from './article-card';
import { Eyebrow, SiteLinks, SiteQueryState, useSiteTitle } from './site-parts';
import { sitePaths } from './site-paths';
import { usePublicArticle } from './use-public-site';

/**
 * /p/:slug/articles/:articleSlug: one article. The server sends its title, description, canonical address and Open
 * Graph tags in the HTML for crawlers and link previews; this page shows the same article and adds the practice's bio
 * and call to action (when the article carries the promotion flag), the newsletter signup and upcoming masterclasses.
 */
export function ArticlePage() {
  const { slug = '', articleSlug = '' } = useParams();
  const practice = usePractice(slug);
  const article = usePublicArticle(slug, articleSlug);
  // Asked beside the article rather than after it, so the section does not wait for a second round trip.
  const upcoming = useUpcomingMasterclasses(slug);
  const profile = practice.data;
  const post = article.data;
  useSiteTitle(profile === null || post === null ? null : post?.title, profile?.name);

  if (profile === null || post === null) return <NotFoundPage />;
  if (!post) return <SiteQueryState query={article} loading="Loading the article" failed="We could not load this article" />;
  if (!profile) return <SiteQueryState query={practice} loading="Loading the article" failed="We could not load this practice" />;

  return (
    <Container size="sm">
      <Stack gap="xl">
        <Stack gap="sm" component="header">
          <Eyebrow>
            <Anchor component={Link} to={sitePaths.articles(slug)} inherit c="ascend.8">
              {profile.name} · Articles
            </Anchor>
          </Eyebrow>
          <Title order={1}>{post.title}</Title>
          {post.description && (
            <Text size="lg" c="gray.7" lh={1.5}>
              {post.description}
            </Text>
          )}
          <ArticleMeta practiceSlug={slug} article={post} />
          {post.authorName && (
            <Text size="sm" c="gray.7">
              By {post.authorName}
            </Text>
          )}
        </Stack>
        {/* Rendered from the coach's markdown and sanitised by the API; nothing else is ever set as HTML here. */}
        <Typography>
          <div dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        </Typography>
        <TagLinks practiceSlug={slug} tags={post.tags} />
        {post.promo && <PracticeProfileCard profile={profile} headingId="about-the-coach" />}
        <Divider />
        <NewsletterSignupForm practiceSlug={slug} source={sitePaths.article(slug, post.slug)} />
        <UpcomingMasterclasses masterclasses={upcoming.data} />
        <SiteLinks practiceSlug={slug} practiceName={profile.name} />
      </Stack>
    </Container>
  );
}
