import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

// A chunk of their own: the signed-in app's code never loads for a reader, nor the blog's for a coach.
const BlogPage = lazyComponent(() => import('./blog-page').then((m) => m.BlogPage));
const ArticlePage = lazyComponent(() => import('./article-page').then((m) => m.ArticlePage));
const PublicVideosPage = lazyComponent(() => import('./public-videos-page').then((m) => m.PublicVideosPage));

/** A practice's public site: its articles (all, by category, by tag), one article, its videos. */
export const sitePublicRoutes: RouteObject[] = [
  { path: 'p/:slug/articles', element: <BlogPage /> },
  { path: 'p/:slug/articles/category/:category', element: <BlogPage /> },
  { path: 'p/:slug/articles/tag/:tag', element: <BlogPage /> },
  { path: 'p/:slug/articles/:articleSlug', element: <ArticlePage /> },
  { path: 'p/:slug/videos', element: <PublicVideosPage /> },
];
