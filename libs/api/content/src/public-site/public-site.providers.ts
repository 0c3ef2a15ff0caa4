import type { Provider, Type } from '@nestjs/common';
import { ArticleCategoryPage, ArticleListPage, ArticleLists, ArticlePage, ArticleTagPage } from './article-pages';
import { FeedController } from './feed.controller';
import { PublicArticles } from './public-articles';
import { PublicSiteResolver } from './public-site.resolver';
import { PublicVideos, PublicVideosResolver } from './public-videos';

/** Pages the server renders (served by apps/api's web-app with the web app's shell). */
export const publicSitePages: Type[] = [ArticleListPage, ArticleCategoryPage, ArticleTagPage, ArticlePage];

/** The practice's public site: article pages from the server, feeds and public reads. */
export const publicSiteProviders: Provider[] = [PublicArticles, PublicSiteResolver, PublicVideos, PublicVideosResolver, ArticleLists, ...publicSitePages];

/** Routes outside GraphQL: the RSS and Atom feeds. */
export const publicSiteControllers: Type[] = [FeedController];
