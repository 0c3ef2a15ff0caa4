import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { markdownToSafeHtml } from '@ascend/platform/markdown';
import { Roles } from '@ascend/platform/tenancy';
import { BODY_MAX } from './article-rules';
import { Article, ArticleFilter, ArticleInput, UpdateArticleInput } from './article.models';
import { ArticleService } from './article.service';

const TEAM = ['OWNER', 'ADMIN', 'COACH'] as const;

@Resolver()
export class ArticleResolver {
  constructor(private readonly service: ArticleService) {}

  @Roles(...TEAM)
  @Query(() => [Article], { description: "The practice's articles, newest date first." })
  articles(@Args('filter', { type: () => ArticleFilter, nullable: true }) filter?: ArticleFilter): Promise<Article[]> {
    return this.service.list(filter ?? {});
  }

  @Roles(...TEAM)
  @Query(() => Article)
  article(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<Article> {
    return this.service.get(id);
  }

  @Roles(...TEAM)
  @Query(() => String, { description: 'Markdown as the public page will show it (safe HTML): the editor previews with it.' })
  articlePreview(@Args('markdown', { type: () => String }) markdown: string): string {
    return markdownToSafeHtml(markdown.slice(0, BODY_MAX));
  }

  @Roles(...TEAM)
  @Query(() => [String], { description: 'The categories in use, for the editor to suggest.' })
  articleCategories(): Promise<string[]> {
    return this.service.categories();
  }

  @Roles(...TEAM)
  @Mutation(() => Article, { description: 'A new article; without a slug, one made from the title (numbered when taken).' })
  createArticle(@Args('input') input: ArticleInput): Promise<Article> {
    return this.service.create(input);
  }

  @Roles(...TEAM)
  @Mutation(() => Article, { description: 'Changes it; without a slug, it keeps its address.' })
  updateArticle(@Args('input') input: UpdateArticleInput): Promise<Article> {
    return this.service.update(input);
  }

  @Roles(...TEAM)
  @Mutation(() => Boolean)
  deleteArticle(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<boolean> {
    return this.service.remove(id);
  }
}

/** The body as the public page shows it, made only when asked for (lists do not). */
@Resolver(() => Article)
export class ArticleFieldsResolver {
  @ResolveField(() => String, { description: 'The body as safe HTML.' })
  bodyHtml(@Parent() article: Article): string {
    return markdownToSafeHtml(article.body);
  }
}
