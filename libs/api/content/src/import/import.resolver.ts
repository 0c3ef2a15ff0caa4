import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { ArticleImportService } from './article-import.service';
import { ArticleImport, ImportArticlesInput } from './import.models';

@Resolver()
export class ImportResolver {
  constructor(private readonly service: ArticleImportService) {}

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => ArticleImport, {
    description: 'Imports markdown files, idempotent by slug: each file is reported as created, updated, unchanged, or failed with its problems.',
  })
  importArticles(@Args('input') input: ImportArticlesInput): Promise<ArticleImport> {
    return this.service.import(input);
  }
}
