import type { RouteObject } from 'react-router';
import { lazyComponent } from '../../app/lazy-component';

const ArticlesPage = lazyComponent(() => import('./articles-page').then((m) => m.ArticlesPage));
const NewArticlePage = lazyComponent(() => import('./article-editor-pages').then((m) => m.NewArticlePage));
const EditArticlePage = lazyComponent(() => import('./article-editor-pages').then((m) => m.EditArticlePage));
const VideosPage = lazyComponent(() => import('./videos-page').then((m) => m.VideosPage));
const SiteSettingsPage = lazyComponent(() => import('./site-settings-page').then((m) => m.SiteSettingsPage));
const PortalVideosPage = lazyComponent(() => import('./portal-videos-page').then((m) => m.PortalVideosPage));

/** The team's publishing (paths under /app, behind publishContent): articles, their editor, videos. */
export const contentRoutes: RouteObject[] = [
  { path: 'articles', element: <ArticlesPage /> },
  { path: 'articles/new', element: <NewArticlePage /> },
  { path: 'articles/:articleId', element: <EditArticlePage /> },
  { path: 'videos', element: <VideosPage /> },
];

/** The practice's public profile editor (under /app, behind editPublicSite). */
export const publicSiteSettingsRoutes: RouteObject[] = [{ path: 'site', element: <SiteSettingsPage /> }];

/** The client portal's videos, members-only ones included (under /app, behind useClientPortal). */
export const portalVideoRoutes: RouteObject[] = [{ path: 'portal/videos', element: <PortalVideosPage /> }];
