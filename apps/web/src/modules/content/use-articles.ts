import {
  type ArticleFilter,
  type ArticleInput,
  type CoachArticleFieldsFragment,
  type CoachArticlesQuery,
  graphql,
  type ImportArticlesInput,
  queryKeys,
  type UpdateArticleInput,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

const CoachArticlesQueryDocument = graphql(`
  query CoachArticles($filter: ArticleFilter) {
    articles(filter: $filter) {
      id
      slug
      title
      pubDate
      category
      tags
      status
      publicUrl
      updatedAt
    }
  }
`);

graphql(`
  fragment CoachArticleFields on Article {
    id
    slug
    title
    description
    body
    pubDate
    category
    tags
    draft
    promo
    status
    publicUrl
    authorName
    updatedAt
  }
`);

const CoachArticleQuery = graphql(`
  query CoachArticle($id: ID!) {
    article(id: $id) {
      ...CoachArticleFields
    }
  }
`);

const ArticlePreviewQuery = graphql(`
  query ArticlePreview($markdown: String!) {
    articlePreview(markdown: $markdown)
  }
`);

const ArticleCategoriesQuery = graphql(`
  query ArticleCategories {
    articleCategories
  }
`);

const CreateArticleMutation = graphql(`
  mutation CreateArticle($input: ArticleInput!) {
    createArticle(input: $input) {
      ...CoachArticleFields
    }
  }
`);

const UpdateArticleMutation = graphql(`
  mutation UpdateArticle($input: UpdateArticleInput!) {
    updateArticle(input: $input) {
      ...CoachArticleFields
    }
  }
`);

const DeleteArticleMutation = graphql(`
  mutation DeleteArticle($id: ID!) {
    deleteArticle(id: $id)
  }
`);

const ImportArticlesMutation = graphql(`
  mutation ImportArticles($input: ImportArticlesInput!) {
    importArticles(input: $input) {
      committed
      created
      updated
      unchanged
      failed
      files {
        name
        outcome
        slug
        title
        articleId
        needsReview
        problems {
          field
          message
        }
      }
    }
  }
`);

export type ArticleSummary = CoachArticlesQuery['articles'][number];
export type CoachArticle = CoachArticleFieldsFragment;

export function useArticles(filter: ArticleFilter) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).articleList(filter),
    queryFn: async ({ signal }) => (await api.request(CoachArticlesQueryDocument, { filter }, { signal, practiceId })).articles,
  });
}

export function useArticle(id: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).article(id),
    queryFn: async ({ signal }) => (await api.request(CoachArticleQuery, { id }, { signal, practiceId })).article,
  });
}

/** The categories the practice's articles use, offered while typing one so the blog keeps a few, spelled alike. */
export function useArticleCategories() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: [...queryKeys.tenant(practiceId).articles(), 'categories'],
    queryFn: async ({ signal }) => (await api.request(ArticleCategoriesQuery, {}, { signal, practiceId })).articleCategories,
  });
}

/** The body as the public page will show it: rendered and sanitised by the API with the public page's renderer. */
export function useArticlePreview(markdown: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).articlePreview(markdown),
    queryFn: async ({ signal }) => (await api.request(ArticlePreviewQuery, { markdown }, { signal, practiceId })).articlePreview,
    enabled: markdown.trim() !== '',
    // While the next preview renders, the last one stays in place instead of flashing a loader on every pause.
    placeholderData: (previous) => previous,
  });
}

/**
 * Writing articles. A saved article goes straight into its editor's cache; the lists, the categories and the public
 * site (which may now show it, or no longer) are refreshed.
 */
export function useArticleActions() {
  const { practiceId, practiceSlug } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const keys = queryKeys.tenant(practiceId);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.articles() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.public.site(practiceSlug) }),
    ]);
  const settle = (article: CoachArticle) => {
    queryClient.setQueryData(keys.article(article.id), article);
    return refresh();
  };
  return {
    create: useMutation({
      mutationFn: async (input: ArticleInput) => (await api.request(CreateArticleMutation, { input }, { practiceId })).createArticle,
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: async (input: UpdateArticleInput) => (await api.request(UpdateArticleMutation, { input }, { practiceId })).updateArticle,
      onSuccess: settle,
    }),
    remove: useMutation({
      mutationFn: async (id: string) => (await api.request(DeleteArticleMutation, { id }, { practiceId })).deleteArticle,
      onSuccess: (_deleted, id) => {
        queryClient.removeQueries({ queryKey: keys.article(id) });
        return refresh();
      },
    }),
    importFiles: useMutation({
      mutationFn: async (input: ImportArticlesInput) => (await api.request(ImportArticlesMutation, { input }, { practiceId })).importArticles,
      onSuccess: (result) => (result.committed ? refresh() : undefined),
    }),
  };
}
