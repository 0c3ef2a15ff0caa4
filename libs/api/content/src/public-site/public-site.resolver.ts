import { Args, ArgsType, Field, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { markdownToSafeHtml } from '@ascend/platform/markdown';
import { Public } from '@ascend/platform/tenancy';
import { ArticleCategory, PublicArticle, PublicArticlePage } from './public-article.models';
import { PublicArticles } from './public-articles';

@ArgsType()
class PublicArticlesArgs {
  @Field(() => String)
  @IsString()
  practiceSlug: string;

  @Field(() => String, { nullable: true, description: 'A category, by its slug (its name works too).' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  category?: string | null;

  @Field(() => String, { nullable: true, description: 'A tag, by its slug (its name works too).' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'must be at most 100 characters' })
  tag?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be between 1 and 50' })
  @Max(50, { message: 'must be between 1 and 50' })
  limit?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be 0 or more' })
  @Max(100_000, { message: 'must be at most 100000' })
  offset?: number | null;
}

@Resolver(() => PublicArticle)
export class PublicSiteResolver {
  constructor(private readonly articles: PublicArticles) {}

  @Public()
  @Query(() => PublicArticlePage, { description: "A practice's public articles, newest first; unknown practice: NOT_FOUND on practiceSlug." })
  publicArticles(@Args() { practiceSlug, category, tag, limit, offset }: PublicArticlesArgs): Promise<PublicArticlePage> {
    return this.articles.list(practiceSlug, { category, tag, limit: limit ?? 20, offset: offset ?? 0 });
  }

  @Public()
  @Query(() => PublicArticle, { nullable: true, description: 'One public article; null for a draft, a future or an unknown one.' })
  publicArticle(@Args('practiceSlug', { type: () => String }) practiceSlug: string, @Args('slug', { type: () => String }) slug: string): Promise<PublicArticle | null> {
    return this.articles.one(practiceSlug, slug);
  }

  @Public()
  @Query(() => [ArticleCategory], { description: 'The categories of the practice’s public articles, by name.' })
  publicArticleCategories(@Args('practiceSlug', { type: () => String }) practiceSlug: string): Promise<ArticleCategory[]> {
    return this.articles.categories(practiceSlug);
  }

  @ResolveField(() => String, { description: 'The article as safe HTML, rendered as on the article page.' })
  bodyHtml(@Parent() article: PublicArticle): string {
    return markdownToSafeHtml(article.body);
  }
}
