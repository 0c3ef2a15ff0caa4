import type { Provider } from '@nestjs/common';
import { ArticleStore } from '../shared/article-store';
import { ArticleFieldsResolver, ArticleResolver } from './article.resolver';
import { ArticleService } from './article.service';

/** Writing articles: markdown with frontmatter, drafts and publishing dates. */
export const articleProviders: Provider[] = [ArticleStore, ArticleService, ArticleResolver, ArticleFieldsResolver];
