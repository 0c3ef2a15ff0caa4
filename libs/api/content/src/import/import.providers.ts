import type { Provider } from '@nestjs/common';
import { ArticleImportService } from './article-import.service';
import { ImportResolver } from './import.resolver';

/** Importing markdown files, in the app and from the command line. */
export const importProviders: Provider[] = [ArticleImportService, ImportResolver];
