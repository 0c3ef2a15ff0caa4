import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsString, MaxLength, ValidateNested } from 'class-validator';
import { FILES_MAX, ImportOutcome } from './import-rules';

export enum ArticleImportModeEnum {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  PER_FILE = 'PER_FILE',
}
registerEnumType(ArticleImportModeEnum, {
  name: 'ArticleImportMode',
  description: 'All or nothing: one bad file and nothing is imported. Per file: the good files are imported, the bad ones reported.',
});

export enum ArticleImportOutcomeEnum {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
}
registerEnumType(ArticleImportOutcomeEnum, { name: 'ArticleImportOutcome', description: 'What a file did to the article of its slug.' });

@InputType()
export class ArticleFileInput {
  @Field(() => String)
  @IsString()
  @MaxLength(255, { message: 'must be at most 255 characters' })
  name: string;

  @Field(() => String, { description: "The file's text (at most 1 MB; a larger file is reported by name)." })
  @IsString()
  content: string;
}

@InputType()
export class ImportArticlesInput {
  @Field(() => [ArticleFileInput])
  @ArrayMinSize(1, { message: 'must hold at least one file' })
  @ArrayMaxSize(FILES_MAX, { message: `must be at most ${FILES_MAX} files per import` })
  @ValidateNested({ each: true })
  @Type(() => ArticleFileInput)
  files: ArticleFileInput[];

  @Field(() => ArticleImportModeEnum, { defaultValue: ArticleImportModeEnum.ALL_OR_NOTHING })
  @IsEnum(ArticleImportModeEnum)
  mode: ArticleImportModeEnum;

  @Field(() => Boolean, { defaultValue: false, description: 'Report what would happen, and write nothing.' })
  @IsBoolean()
  dryRun: boolean;
}

@ObjectType()
export class ArticleFileProblem {
  @Field(() => String, { description: 'The frontmatter key (title, tags, pubDate…), or file, slug, frontmatter.' })
  field: string;

  @Field(() => String)
  message: string;
}

@ObjectType()
export class ArticleFileResult {
  @Field(() => String)
  name: string;

  @Field(() => ArticleImportOutcomeEnum)
  outcome: ImportOutcome;

  @Field(() => String, { nullable: true })
  slug: string | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => ID, { nullable: true, description: 'The article written or left as it was; null when nothing was written.' })
  articleId: string | null;

  @Field(() => Boolean, { description: 'The file had no frontmatter: its title was guessed and it came in as a draft.' })
  needsReview: boolean;

  @Field(() => [ArticleFileProblem])
  problems: ArticleFileProblem[];
}

@ObjectType({ description: 'What an import did, file by file.' })
export class ArticleImport {
  @Field(() => Boolean, { description: 'Whether anything was written: false for a dry run, and for all-or-nothing with a failed file.' })
  committed: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  failed: number;

  @Field(() => [ArticleFileResult])
  files: ArticleFileResult[];
}
