import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { CLIENT_STATUSES, ClientStatus, ClientStatusEnum } from '../shared/coaching.enums';
import { MAX_TAG_LENGTH, MAX_TAGS } from './roster-rules';

export const CLIENT_SOURCES = ['ROSTER', 'INVITATION', 'IMPORT', 'APPLICATION', 'MASTERCLASS'] as const;
export type ClientSource = (typeof CLIENT_SOURCES)[number];
const ClientSourceEnum = Object.fromEntries(CLIENT_SOURCES.map((s) => [s, s])) as Record<ClientSource, ClientSource>;
registerEnumType(ClientSourceEnum, {
  name: 'ClientSource',
  description: 'How the client came onto the roster: added by hand, joined by invitation, imported from a CSV, applied on the public page, or invited from a masterclass registration.',
});

export const CLIENT_SORT_FIELDS = ['NAME', 'STARTED_ON', 'STATUS', 'CREATED_AT'] as const;
export type ClientSortField = (typeof CLIENT_SORT_FIELDS)[number];
const ClientSortFieldEnum = Object.fromEntries(CLIENT_SORT_FIELDS.map((s) => [s, s])) as Record<ClientSortField, ClientSortField>;
registerEnumType(ClientSortFieldEnum, { name: 'ClientSortField' });

export const SORT_DIRECTIONS = ['ASC', 'DESC'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
const SortDirectionEnum = Object.fromEntries(SORT_DIRECTIONS.map((s) => [s, s])) as Record<SortDirection, SortDirection>;
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

export const IMPORT_MODES = ['ALL_OR_NOTHING', 'VALID_ROWS'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const ImportModeEnum = Object.fromEntries(IMPORT_MODES.map((s) => [s, s])) as Record<ImportMode, ImportMode>;
registerEnumType(ImportModeEnum, {
  name: 'ClientImportMode',
  description: 'ALL_OR_NOTHING: any row with an error and nothing is added. VALID_ROWS: the good rows are added, the others reported.',
});

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType({ description: 'The coach a client is assigned to.' })
export class ClientCoach {
  @Field(() => ID, { description: 'The coach\'s user id.' })
  id: string;

  @Field(() => String)
  name: string;
}

@ObjectType({ description: 'A person on the practice roster: a lead, a client being coached, on a break, or alumni.' })
export class Client {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => ClientStatusEnum)
  status: ClientStatus;

  /** Loaded in one batch by the `coach` field. */
  coachUserId: string | null;

  /** The client's own account, once they have joined. */
  userId: string | null;

  @Field(() => [String])
  tags: string[];

  @Field(() => String, { nullable: true, description: 'The day coaching started, YYYY-MM-DD.' })
  startedOn: string | null;

  @Field(() => Int, { description: 'ISO day of the weekly check-in: 1 = Monday … 7 = Sunday.' })
  checkInDay: number;

  @Field(() => String, { description: "The client's IANA time zone: their weeks and reminders follow it." })
  timeZone: string;

  @Field(() => ClientSourceEnum)
  source: ClientSource;

  @Field(() => Boolean, { description: 'Whether the client has joined with an account of their own.' })
  hasAccount: boolean;

  @Field(() => String, { description: 'From an application: their role.' })
  jobTitle: string;

  @Field(() => String, { description: 'From an application: what they want to change.' })
  wantsToChange: string;

  @Field(() => String, { description: 'From an application: when they prefer to be contacted.' })
  preferredContactTime: string;

  @Field(() => String, { nullable: true, description: 'The consent they gave when applying, word for word.' })
  consentText: string | null;

  @Field(() => Date, { nullable: true })
  consentAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class ClientPageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null when the page is empty.' })
  endCursor: string | null;
}

@ObjectType({ description: 'One page of the roster.' })
export class ClientPage {
  @Field(() => [Client])
  nodes: Client[];

  @Field(() => Int, { description: 'Every client the filter matches, across all pages.' })
  totalCount: number;

  @Field(() => ClientPageInfo)
  pageInfo: ClientPageInfo;
}

@InputType()
export class ClientFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name or email.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => ClientStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CLIENT_STATUSES)
  status?: ClientStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  coachUserId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TAG_LENGTH)
  tag?: string;
}

// Every field optional: an absent sort argument is validated as an empty one.
@InputType()
export class ClientSort {
  @Field(() => ClientSortFieldEnum, { defaultValue: 'NAME' })
  @IsOptional()
  @IsIn(CLIENT_SORT_FIELDS)
  field?: ClientSortField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  @IsOptional()
  @IsIn(SORT_DIRECTIONS)
  direction?: SortDirection;
}

/** The roster fields a coach sets; every one is optional: what is left out stays as it is. */
@InputType({ isAbstract: true })
class ClientSettings {
  @Field(() => ClientStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CLIENT_STATUSES)
  status?: ClientStatus;

  @Field(() => ID, { nullable: true, description: 'The coach: an owner, admin or coach of the practice.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  coachUserId?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_TAGS, { message: `must have at most ${MAX_TAGS} tags` })
  @IsString({ each: true })
  @MaxLength(MAX_TAG_LENGTH, { each: true, message: `must each be at most ${MAX_TAG_LENGTH} characters` })
  tags?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be 1 (Monday) to 7 (Sunday)' })
  @Max(7, { message: 'must be 1 (Monday) to 7 (Sunday)' })
  checkInDay?: number;

  @Field(() => String, { nullable: true, description: 'An IANA time zone such as Europe/London.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}

@InputType()
export class UpdateClientInput extends ClientSettings {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  clientId: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: 'must be a date as YYYY-MM-DD' })
  startedOn?: string;
}

@InputType()
export class AddClientInput extends ClientSettings {
  @Field(() => String)
  @VisibleText(120)
  name: string;

  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Also send a client invitation (they join with an account of their own).' })
  @IsBoolean()
  invite: boolean;
}

@ObjectType({ description: 'What is wrong with one column of a CSV row.' })
export class ClientImportProblem {
  @Field(() => String, { description: 'The column: name, email, status, tags or coach email.' })
  column: string;

  @Field(() => String)
  message: string;
}

@ObjectType({ description: 'One CSV row as read, with what is wrong with it.' })
export class ClientImportRow {
  @Field(() => Int, { description: 'The row in the file, the header being row 1.' })
  row: number;

  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => ClientStatusEnum, { nullable: true, description: 'Null when the row names no known status.' })
  status: ClientStatus | null;

  @Field(() => [String])
  tags: string[];

  @Field(() => String)
  coachEmail: string;

  @Field(() => [ClientImportProblem])
  problems: ClientImportProblem[];
}

@ObjectType()
export class ClientImportResult {
  @Field(() => Int)
  added: number;

  @Field(() => [ClientImportRow], { description: 'Rows not added, with their problems (VALID_ROWS only).' })
  skipped: ClientImportRow[];
}
