import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One row of an import file and what importing it does.' })
export class SubscriberImportRow {
  @Field(() => Int, { description: 'The line of the file (the header is line 1).' })
  line: number;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'The status the address will have; empty when it is not imported.' })
  status: string;

  @Field(() => Date, { nullable: true, description: 'The consent date the export recorded.' })
  consentAt: Date | null;

  @Field(() => String, { description: 'SUBSCRIBE, KEEP_STATUS (left or bounced, or already on the list), SKIP (no recorded consent) or ERROR.' })
  outcome: string;

  @Field(() => [String], { description: 'Why a row is skipped, kept or refused.' })
  problems: string[];
}

@ObjectType({ description: 'What importing a file would do; nothing is written.' })
export class SubscriberImportPreview {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  willSubscribe: number;

  @Field(() => Int)
  willSkip: number;

  @Field(() => Int)
  errors: number;

  @Field(() => [SubscriberImportRow], { description: 'The first 50 rows and every error row (at most 200).' })
  rows: SubscriberImportRow[];
}

@ObjectType({ description: 'An import running as a job: poll it for progress.' })
export class SubscriberImport {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fileName: string;

  @Field(() => String, { description: 'QUEUED, RUNNING, DONE or FAILED.' })
  status: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  processed: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => Int)
  failed: number;

  @Field(() => [String], { description: "The failed rows' reasons by line (at most 200)." })
  errors: string[];

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
