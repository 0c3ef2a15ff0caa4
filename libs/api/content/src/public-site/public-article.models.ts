import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An article as anyone may read it on the practice’s public site: never a draft, never before its date.' })
export class PublicArticle {
  @Field(() => String)
  slug: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => Date)
  pubDate: Date;

  @Field(() => String)
  category: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => Boolean, { description: 'Whether the page shows the coach’s bio and call to action.' })
  promo: boolean;

  @Field(() => String)
  authorName: string;

  @Field(() => String, { description: 'The article page’s address.' })
  url: string;

  /** The markdown, rendered by the bodyHtml field resolver only for the answers that ask for it. */
  body: string;
}

@ObjectType()
export class PublicArticlePage {
  @Field(() => [PublicArticle])
  articles: PublicArticle[];

  @Field(() => Int, { description: 'How many articles match, across all pages.' })
  total: number;
}

@ObjectType({ description: 'A category in use on the public site; its page is /p/<practice>/articles/category/<slug>.' })
export class ArticleCategory {
  @Field(() => String)
  name: string;

  @Field(() => String)
  slug: string;

  @Field(() => Int, { description: 'Public articles in it.' })
  count: number;
}
