import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { BODY_MAX, DESCRIPTION_MAX, SLUG_FORMAT, SLUG_MAX, TITLE_MAX } from './article-rules';
import type { ArticleStatus as Status } from './article-rules';

export enum ArticleStatusEnum {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ArticleStatusEnum, {
  name: 'ArticleStatus',
  description: 'A draft is never public; a scheduled article (its date still ahead) publishes on its own when the date comes.',
});

@ObjectType({ description: "An article as the practice's team sees it: markdown with the frontmatter fields coaches keep." })
export class Article {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Its address on the public site: /p/<practice>/articles/<slug>.' })
  slug: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => String, { description: 'Markdown, as written.' })
  body: string;

  @Field(() => Date, { description: 'When it is (or was) published; a future date publishes it on its own.' })
  pubDate: Date;

  @Field(() => String)
  category: string;

  @Field(() => [String])
  tags: string[];

  @Field(() => Boolean)
  draft: boolean;

  @Field(() => Boolean, { description: "Whether the practice's call-to-action block is shown with it." })
  promo: boolean;

  @Field(() => ArticleStatusEnum)
  status: Status;

  @Field(() => String)
  publicUrl: string;

  @Field(() => String)
  authorName: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

@InputType()
export class ArticleInput {
  @Field(() => String)
  @VisibleText(TITLE_MAX)
  title: string;

  @Field(() => String, { nullable: true, description: 'Defaults to one made from the title (numbered when taken).' })
  @IsOptional()
  @Matches(SLUG_FORMAT, { message: 'must be lower-case letters, digits and single hyphens' })
  @MaxLength(SLUG_MAX, { message: `must be at most ${SLUG_MAX} characters` })
  slug?: string | null;

  @Field(() => String, { defaultValue: '' })
  @trimmed
  @IsString()
  @MaxLength(DESCRIPTION_MAX, { message: `must be at most ${DESCRIPTION_MAX} characters` })
  description: string;

  @Field(() => String, { defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(BODY_MAX, { message: `must be at most ${BODY_MAX} characters` })
  body: string;

  @Field(() => Date, { nullable: true, description: 'Defaults to now when created, and to the date it has when changed.' })
  @IsOptional()
  @IsDate({ message: 'must be a date and time' })
  pubDate?: Date | null;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  category: string;

  @Field(() => [String], { defaultValue: [] })
  @IsString({ each: true })
  // Normalising (trim, dedupe) happens in the rules; this only keeps an absurd list from being walked at all.
  @ArrayMaxSize(200, { message: 'must be at most 20 tags' })
  tags: string[];

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  draft: boolean;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  promo: boolean;
}

@InputType()
export class UpdateArticleInput extends ArticleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  id: string;
}

@InputType()
export class ArticleFilter {
  @Field(() => ArticleStatusEnum, { nullable: true })
  @IsOptional()
  status?: ArticleStatusEnum | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  category?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in the title or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}
