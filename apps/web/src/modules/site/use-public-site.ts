import { graphql, graphqlRequest, type PublicArticleFieldsFragment, type PublicArticleSummaryFragment, queryKeys } from '@ascend/web/data-access';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';

graphql(`
  fragment PublicArticleSummary on PublicArticle {
    slug
    title
    description
    pubDate
    category
    tags
  }
`);

graphql(`
  fragment PublicArticleFields on PublicArticle {
    ...PublicArticleSummary
    promo
    authorName
    url
    bodyHtml
  }
`);

const SiteArticlesQuery = graphql(`
  query SiteArticles($practiceSlug: String!, $category: String, $tag: String, $limit: Int, $offset: Int) {
    publicArticles(practiceSlug: $practiceSlug, category: $category, tag: $tag, limit: $limit, offset: $offset) {
      total
      articles {
        ...PublicArticleSummary
      }
    }
  }
`);

const SiteArticleQuery = graphql(`
  query SiteArticle($practiceSlug: String!, $slug: String!) {
    publicArticle(practiceSlug: $practiceSlug, slug: $slug) {
      ...PublicArticleFields
    }
  }
`);

const SiteCategoriesQuery = graphql(`
  query SiteArticleCategories($practiceSlug: String!) {
    publicArticleCategories(practiceSlug: $practiceSlug) {
      name
      slug
      count
    }
  }
`);

const SiteVideosQuery = graphql(`
  query SiteVideos($practiceSlug: String!) {
    publicVideos(practiceSlug: $practiceSlug) {
      ...VideoFields
    }
  }
`);

export type PublicArticleSummary = PublicArticleSummaryFragment;
export type PublicArticle = PublicArticleFieldsFragment;

/** Which articles a list shows: a category or a tag (their address forms), or all. */
export interface ArticleListFilter {
  category?: string;
  tag?: string;
}

export const ARTICLES_PER_PAGE = 10;

/** The practice's published articles, newest first, a page at a time ("Older articles" fetches the next). */
export function usePublicArticles(practiceSlug: string, filter: ArticleListFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.public.siteArticles(practiceSlug, filter),
    initialPageParam: 0,
    queryFn: async ({ pageParam, signal }) =>
      (await graphqlRequest(SiteArticlesQuery, { practiceSlug, ...filter, limit: ARTICLES_PER_PAGE, offset: pageParam }, { signal })).publicArticles,
    getNextPageParam: (last, pages) => {
      const shown = pages.reduce((sum, page) => sum + page.articles.length, 0);
      return shown < last.total && last.articles.length > 0 ? shown : undefined;
    },
  });
}

/** The newest few, for the practice page. */
export function useLatestArticles(practiceSlug: string, limit = 3) {
  return useQuery({
    queryKey: queryKeys.public.siteArticles(practiceSlug, { latest: limit }),
    queryFn: async ({ signal }) => (await graphqlRequest(SiteArticlesQuery, { practiceSlug, limit, offset: 0 }, { signal })).publicArticles,
  });
}

/** One article as anyone may read it; `data` is null when it is not public (a draft, not yet due, or no such article). */
export function usePublicArticle(practiceSlug: string, articleSlug: string) {
  return useQuery({
    queryKey: queryKeys.public.siteArticle(practiceSlug, articleSlug),
    queryFn: async ({ signal }) => (await graphqlRequest(SiteArticleQuery, { practiceSlug, slug: articleSlug }, { signal })).publicArticle,
  });
}

export function usePublicCategories(practiceSlug: string) {
  return useQuery({
    queryKey: [...queryKeys.public.site(practiceSlug), 'categories'],
    queryFn: async ({ signal }) => (await graphqlRequest(SiteCategoriesQuery, { practiceSlug }, { signal })).publicArticleCategories,
  });
}

export function usePublicVideos(practiceSlug: string) {
  return useQuery({
    queryKey: queryKeys.public.siteVideos(practiceSlug),
    queryFn: async ({ signal }) => (await graphqlRequest(SiteVideosQuery, { practiceSlug }, { signal })).publicVideos,
  });
}
