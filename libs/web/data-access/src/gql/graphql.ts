/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

export type AcceptInvitationInput = {
  /** Your name, for a new account. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new password, or the password of your existing account. */
  password: Scalars['String']['input'];
  practiceId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
};

/** The signed-in person. */
export type Account = {
  __typename?: 'Account';
  email: Scalars['String']['output'];
  emailVerified: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Platform operators see the operator console. */
  isOperator: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** The new address waiting for its confirmation link to be followed, or null. */
  pendingEmail: Maybe<Scalars['String']['output']>;
};

/** Step 5: when the client reports back each week. */
export type Accountability = {
  __typename?: 'Accountability';
  /** ISO weekday: 1 Monday … 7 Sunday. */
  checkInDay: Scalars['Int']['output'];
  /** When the client set it up; null until then. */
  setAt: Maybe<Scalars['DateTime']['output']>;
  timeZone: Scalars['String']['output'];
};

/** Something to do between sessions, shown in both portals. */
export type ActionItem = {
  __typename?: 'ActionItem';
  clientId: Scalars['ID']['output'];
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Who added it; null once their account is gone. */
  createdByName: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  dueOn: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  owner: ActionItemOwner;
  status: ActionItemStatus;
  title: Scalars['String']['output'];
};

/** Whose to do it is: the client or the coach. */
export type ActionItemOwner =
  | 'CLIENT'
  | 'COACH';

export type ActionItemStatus =
  | 'DONE'
  | 'DROPPED'
  | 'OPEN';

/** A client adds only items they own themselves (owner CLIENT), on their own record. */
export type AddActionItemInput = {
  /** Required for coaches; a client leaves it out (or gives their own). */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  owner: ActionItemOwner;
  title: Scalars['String']['input'];
};

export type AddAwarenessNoteInput = {
  body: Scalars['String']['input'];
  kind: AwarenessNoteKind;
};

export type AddClientInput = {
  checkInDay?: InputMaybe<Scalars['Int']['input']>;
  /** The coach: an owner, admin or coach of the practice. */
  coachUserId?: InputMaybe<Scalars['ID']['input']>;
  email: Scalars['String']['input'];
  /** Also send a client invitation (they join with an account of their own). */
  invite?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  status?: InputMaybe<ClientStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** An IANA time zone such as Europe/London. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

export type AddImpactEntryInput = {
  beneficiary?: InputMaybe<Scalars['String']['input']>;
  /** Log it from this check-in of yours. */
  checkInId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD, not in the future. */
  occurredOn: Scalars['String']['input'];
  outcome: Scalars['String']['input'];
  outcomeKind: ImpactOutcomeKind;
  significance: Scalars['Int']['input'];
  whatIDid: Scalars['String']['input'];
};

export type AddSessionNoteInput = {
  body: Scalars['String']['input'];
  clientId: Scalars['ID']['input'];
  /** YYYY-MM-DD */
  heldOn: Scalars['String']['input'];
};

/** An application to work with a practice's coach, from its public page. */
export type ApplyToWorkWithInput = {
  /** That they agree to be contacted about coaching, as the form says. */
  consent: Scalars['Boolean']['input'];
  email: Scalars['String']['input'];
  /** Their role. */
  jobTitle?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  practiceSlug: Scalars['String']['input'];
  preferredContactTime?: Scalars['String']['input'];
  wantsToChange?: Scalars['String']['input'];
  /** Leave empty: a field people never see, which only robots fill. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** An article as the practice's team sees it: markdown with the frontmatter fields coaches keep. */
export type Article = {
  __typename?: 'Article';
  authorName: Scalars['String']['output'];
  /** Markdown, as written. */
  body: Scalars['String']['output'];
  /** The body as safe HTML. */
  bodyHtml: Scalars['String']['output'];
  category: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  draft: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Whether the practice's call-to-action block is shown with it. */
  promo: Scalars['Boolean']['output'];
  /** When it is (or was) published; a future date publishes it on its own. */
  pubDate: Scalars['DateTime']['output'];
  publicUrl: Scalars['String']['output'];
  /** Its address on the public site: /p/<practice>/articles/<slug>. */
  slug: Scalars['String']['output'];
  status: ArticleStatus;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A category in use on the public site; its page is /p/<practice>/articles/category/<slug>. */
export type ArticleCategory = {
  __typename?: 'ArticleCategory';
  /** Public articles in it. */
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type ArticleFileInput = {
  /** The file's text (at most 1 MB; a larger file is reported by name). */
  content: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type ArticleFileProblem = {
  __typename?: 'ArticleFileProblem';
  /** The frontmatter key (title, tags, pubDate…), or file, slug, frontmatter. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ArticleFileResult = {
  __typename?: 'ArticleFileResult';
  /** The article written or left as it was; null when nothing was written. */
  articleId: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  /** The file had no frontmatter: its title was guessed and it came in as a draft. */
  needsReview: Scalars['Boolean']['output'];
  outcome: ArticleImportOutcome;
  problems: Array<ArticleFileProblem>;
  slug: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
};

export type ArticleFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
  /** Words in the title or description. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ArticleStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** What an import did, file by file. */
export type ArticleImport = {
  __typename?: 'ArticleImport';
  /** Whether anything was written: false for a dry run, and for all-or-nothing with a failed file. */
  committed: Scalars['Boolean']['output'];
  created: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  files: Array<ArticleFileResult>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** All or nothing: one bad file and nothing is imported. Per file: the good files are imported, the bad ones reported. */
export type ArticleImportMode =
  | 'ALL_OR_NOTHING'
  | 'PER_FILE';

/** What a file did to the article of its slug. */
export type ArticleImportOutcome =
  | 'CREATED'
  | 'FAILED'
  | 'UNCHANGED'
  | 'UPDATED';

export type ArticleInput = {
  /** Markdown. */
  body?: Scalars['String']['input'];
  category?: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  draft?: Scalars['Boolean']['input'];
  promo?: Scalars['Boolean']['input'];
  /** Defaults to now when created, and to the date it has when changed. */
  pubDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to one made from the title (numbered when taken). */
  slug?: InputMaybe<Scalars['String']['input']>;
  tags?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** A draft is never public; a scheduled article (its date still ahead) publishes on its own when the date comes. */
export type ArticleStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SCHEDULED';

export type Attendance =
  | 'ATTENDED'
  | 'NO_SHOW';

/** One registrant's attendance; null clears it. */
export type AttendanceMark = {
  attendance?: InputMaybe<Attendance>;
  registrationId: Scalars['ID']['input'];
};

/** One entry of the audit log: who did what, to whom, when and from where. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** One of auditActions, e.g. ROLE_CHANGED, MEMBER_LEFT, ACCOUNT_DELETED. */
  action: Scalars['String']['output'];
  /** True when the actor's account was deleted: show 'a deleted person'. */
  actorDeleted: Scalars['Boolean']['output'];
  /** Null when the actor was deleted (see actorDeleted) or it was the system. */
  actorEmail: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** For ROLE_CHANGED: the role before and after. For MEMBER_INVITED / INVITATION_ACCEPTED / MEMBER_REMOVED / MEMBER_LEFT: toRole (resp. fromRole) is the role concerned. */
  fromRole: Maybe<Role>;
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  /** True when the target's account was deleted: show 'a deleted person'. */
  targetDeleted: Scalars['Boolean']['output'];
  targetEmail: Maybe<Scalars['String']['output']>;
  toRole: Maybe<Role>;
};

export type AuditEventFilter = {
  /** One action name; null for all. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Part of an address (case-insensitive), matched against the actor and the target. */
  person?: InputMaybe<Scalars['String']['input']>;
};

export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  events: Array<AuditEvent>;
  /** Pass as `after` for the next (older) page; null when there is none. */
  nextCursor: Maybe<Scalars['String']['output']>;
};

/** Step 1: a pattern noticed, without judgment. */
export type AwarenessNote = {
  __typename?: 'AwarenessNote';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: AwarenessNoteKind;
  updatedAt: Scalars['DateTime']['output'];
};

/** PATTERN: where I default to being the workhorse; HABITUAL_YES: what I say yes to out of habit. */
export type AwarenessNoteKind =
  | 'HABITUAL_YES'
  | 'PATTERN';

/** A Stripe event Ascend could not place (unknown customer) or process. */
export type BillingAlert = {
  __typename?: 'BillingAlert';
  error: Maybe<Scalars['String']['output']>;
  eventId: Scalars['String']['output'];
  outcome: Scalars['String']['output'];
  receivedAt: Scalars['DateTime']['output'];
  type: Scalars['String']['output'];
};

export type BillingInvoice = {
  __typename?: 'BillingInvoice';
  amountDueCents: Scalars['Int']['output'];
  amountPaidCents: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  hostedInvoiceUrl: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  invoicePdfUrl: Maybe<Scalars['String']['output']>;
  number: Maybe<Scalars['String']['output']>;
  periodEnd: Maybe<Scalars['DateTime']['output']>;
  periodStart: Maybe<Scalars['DateTime']['output']>;
  /** Stripe's invoice status: draft, open, paid, uncollectible, void. */
  status: Scalars['String']['output'];
};

export type BuyPackageInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  /** Ignored when signed in (the account's name and address are used). */
  name?: InputMaybe<Scalars['String']['input']>;
  offeringSlug: Scalars['String']['input'];
  practiceSlug: Scalars['String']['input'];
};

/** The signed-in person's private calendar feed: whether they have one, and since when. Its address is shown only once, when made. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  active: Scalars['Boolean']['output'];
  /** When the current address was made; null without a feed. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
};

/** The address of a new private calendar feed. Shown this once: only a hash of it is kept. */
export type CalendarFeedLink = {
  __typename?: 'CalendarFeedLink';
  /** https address of the .ics, for apps that take a URL. */
  url: Scalars['String']['output'];
  /** The same as webcal://, which calendar apps open as a subscription. */
  webcalUrl: Scalars['String']['output'];
};

export type ChangeEmailInput = {
  currentPassword: Scalars['String']['input'];
  newEmail: Scalars['String']['input'];
};

export type ChangeMemberRoleInput = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};

export type ChangeNameInput = {
  name: Scalars['String']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 10 characters, not a common password, not the current one. */
  newPassword: Scalars['String']['input'];
};

/** One client's report on one week (named by its Monday in the client's zone). */
export type CheckIn = {
  __typename?: 'CheckIn';
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  clientId: Scalars['ID']['output'];
  coachReply: Maybe<Scalars['String']['output']>;
  /** What I declined or delegated. */
  declinedOrDelegated: Scalars['String']['output'];
  /** Where I defaulted to doing instead of leading. */
  defaultedToDoing: Scalars['String']['output'];
  /** Whether the client may still change it: until its week closes. */
  editable: Scalars['Boolean']['output'];
  /** Energy, 1-5. */
  energy: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** An outcome in business terms: what would have happened without it, time or money saved, risk avoided. */
  impactMadeLegible: Scalars['String']['output'];
  /** Submitted after the check-in day had ended. */
  late: Scalars['Boolean']['output'];
  nextCommitments: Scalars['String']['output'];
  /** Progress toward the goal, 0-10. */
  progress: Scalars['Int']['output'];
  repliedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who replied. */
  repliedByName: Maybe<Scalars['String']['output']>;
  strategicWork: Scalars['String']['output'];
  submittedAt: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The Monday that starts the week, YYYY-MM-DD. */
  weekStart: Scalars['String']['output'];
  wins: Scalars['String']['output'];
};

/** Check-ins, newest week first; pass endCursor as `after` for the next page. */
export type CheckInPage = {
  __typename?: 'CheckInPage';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<CheckIn>;
};

/** The current week on the client's clock. */
export type CheckInWeek = {
  __typename?: 'CheckInWeek';
  checkIn: Maybe<CheckIn>;
  /** The check-in day in this week, YYYY-MM-DD. */
  checkInDate: Scalars['String']['output'];
  /** Last week's Monday while it has no check-in and one can still be made, late. */
  missedWeekStart: Maybe<Scalars['String']['output']>;
  status: CheckInWeekStatus;
  /** Its Monday, YYYY-MM-DD. */
  weekStart: Scalars['String']['output'];
};

/** DONE: checked in; UPCOMING: before the check-in day; DUE: on it; LATE: after it, still open until the week ends. */
export type CheckInWeekStatus =
  | 'DONE'
  | 'DUE'
  | 'LATE'
  | 'UPCOMING';

/** A person on the practice roster: a lead, a client being coached, on a break, or alumni. */
export type Client = {
  __typename?: 'Client';
  /** ISO day of the weekly check-in: 1 = Monday … 7 = Sunday. */
  checkInDay: Scalars['Int']['output'];
  coach: Maybe<ClientCoach>;
  consentAt: Maybe<Scalars['DateTime']['output']>;
  /** The consent they gave when applying, word for word. */
  consentText: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** Whether the client has joined with an account of their own. */
  hasAccount: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Whether a client invitation to their address waits to be accepted. */
  invitationPending: Scalars['Boolean']['output'];
  /** From an application: their role. */
  jobTitle: Scalars['String']['output'];
  /** Their masterclass registrations, latest first. */
  masterclassRegistrations: Array<Registration>;
  name: Scalars['String']['output'];
  /** From an application: when they prefer to be contacted. */
  preferredContactTime: Scalars['String']['output'];
  source: ClientSource;
  /** The day coaching started, YYYY-MM-DD. */
  startedOn: Maybe<Scalars['String']['output']>;
  status: ClientStatus;
  tags: Array<Scalars['String']['output']>;
  /** The client's IANA time zone: their weeks and reminders follow it. */
  timeZone: Scalars['String']['output'];
  /** From an application: what they want to change. */
  wantsToChange: Scalars['String']['output'];
};

/** The coach a client is assigned to. */
export type ClientCoach = {
  __typename?: 'ClientCoach';
  /** The coach's user id. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** The client detail page's header and progress over time (check-ins, notes and action items have their own queries). */
export type ClientDetail = {
  __typename?: 'ClientDetail';
  clientId: Scalars['ID']['output'];
  email: Scalars['String']['output'];
  flags: Array<ClientFlag>;
  goal: Maybe<GoalAtAGlance>;
  methodStep: MethodStep;
  name: Scalars['String']['output'];
  /** Every check-in week, oldest first: the progress and energy series. */
  progressSeries: Array<WeekProgress>;
  status: ClientStatus;
  stepsDone: Scalars['Int']['output'];
  streakWeeks: Scalars['Int']['output'];
  timeZone: Scalars['String']['output'];
};

/** What erasing a client left behind: only a reference, which names no one, kept in the audit trail. */
export type ClientErasure = {
  __typename?: 'ClientErasure';
  /** A random reference, recorded in the CLIENT_ERASED audit entry. */
  reference: Scalars['String']['output'];
};

export type ClientFilter = {
  coachUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of a name or email. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ClientStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** MISSED_TWO_WEEKS: two or more closed weeks without a check-in; PROGRESS_FALLING: progress fell three check-ins in a row; UNACKNOWLEDGED: a check-in waits more than three days for the coach; NEW_CHECK_IN: a check-in not acknowledged yet; GOAL_DUE_SOON: the goal target date is within 30 days (or past). */
export type ClientFlag =
  | 'GOAL_DUE_SOON'
  | 'MISSED_TWO_WEEKS'
  | 'NEW_CHECK_IN'
  | 'PROGRESS_FALLING'
  | 'UNACKNOWLEDGED';

/** ALL_OR_NOTHING: any row with an error and nothing is added. VALID_ROWS: the good rows are added, the others reported. */
export type ClientImportMode =
  | 'ALL_OR_NOTHING'
  | 'VALID_ROWS';

/** What is wrong with one column of a CSV row. */
export type ClientImportProblem = {
  __typename?: 'ClientImportProblem';
  /** The column: name, email, status, tags or coach email. */
  column: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type ClientImportResult = {
  __typename?: 'ClientImportResult';
  added: Scalars['Int']['output'];
  /** Rows not added, with their problems (VALID_ROWS only). */
  skipped: Array<ClientImportRow>;
};

/** One CSV row as read, with what is wrong with it. */
export type ClientImportRow = {
  __typename?: 'ClientImportRow';
  coachEmail: Scalars['String']['output'];
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  problems: Array<ClientImportProblem>;
  /** The row in the file, the header being row 1. */
  row: Scalars['Int']['output'];
  /** Null when the row names no known status. */
  status: Maybe<ClientStatus>;
  tags: Array<Scalars['String']['output']>;
};

/** A client's records of all five steps. */
export type ClientMethod = {
  __typename?: 'ClientMethod';
  accountability: Accountability;
  /** Oldest first. */
  awarenessNotes: Array<AwarenessNote>;
  clientId: Scalars['ID']['output'];
  decision: Maybe<Decision>;
  futureSelf: Maybe<FutureSelfStatement>;
  /** The active goal. */
  goal: Maybe<Goal>;
  /** Goals achieved or abandoned, newest first. */
  pastGoals: Array<Goal>;
  progress: MethodProgress;
};

/** One page of the roster. */
export type ClientPage = {
  __typename?: 'ClientPage';
  nodes: Array<Client>;
  pageInfo: ClientPageInfo;
  /** Every client the filter matches, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ClientPageInfo = {
  __typename?: 'ClientPageInfo';
  /** Pass as `after` for the next page; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ClientSort = {
  direction?: SortDirection;
  field?: ClientSortField;
};

export type ClientSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'STARTED_ON'
  | 'STATUS';

/** How the client came onto the roster: added by hand, joined by invitation, imported from a CSV, applied on the public page, or invited from a masterclass registration. */
export type ClientSource =
  | 'APPLICATION'
  | 'IMPORT'
  | 'INVITATION'
  | 'MASTERCLASS'
  | 'ROSTER';

/** LEAD: applied or imported, not yet coached; ACTIVE: being coached; PAUSED: on a break; ALUMNI: finished. */
export type ClientStatus =
  | 'ACTIVE'
  | 'ALUMNI'
  | 'LEAD'
  | 'PAUSED';

export type CoachReply = {
  __typename?: 'CoachReply';
  checkInId: Scalars['ID']['output'];
  coachName: Maybe<Scalars['String']['output']>;
  repliedAt: Scalars['DateTime']['output'];
  reply: Scalars['String']['output'];
  weekStart: Scalars['String']['output'];
};

export type ConfirmSignUpInput = {
  /** Another practice address, when the one chosen at sign-up was taken before it was confirmed. */
  practiceSlug?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

export type CreateOfferingInput = {
  billing: OfferingBilling;
  coachUserId?: InputMaybe<Scalars['ID']['input']>;
  currency?: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  months: Scalars['Int']['input'];
  priceCents: Scalars['Int']['input'];
  /** Defaults to one made from the title; unique in the practice. */
  slug?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** One client on the coach dashboard. */
export type DashboardClient = {
  __typename?: 'DashboardClient';
  clientId: Scalars['ID']['output'];
  flags: Array<ClientFlag>;
  goal: Maybe<GoalAtAGlance>;
  lastCheckIn: Maybe<LastCheckIn>;
  /** The first step of the method not done yet (ACCOUNTABILITY once all are done). */
  methodStep: MethodStep;
  name: Scalars['String']['output'];
  /** The last 12 weeks, oldest first, ending with the current week. */
  recentWeeks: Array<WeekProgress>;
  status: ClientStatus;
  /** Steps of the five done. */
  stepsDone: Scalars['Int']['output'];
  /** Consecutive weeks with a check-in, still running. */
  streakWeeks: Scalars['Int']['output'];
  /** Higher is more urgent; computed from the flags. */
  urgency: Scalars['Int']['output'];
};

/** URGENCY: most urgent first; NAME: alphabetical; PROGRESS: lowest latest progress first; LAST_CHECK_IN: longest since a check-in first. Ties go by name; clients with nothing to compare come first. */
export type DashboardSort =
  | 'LAST_CHECK_IN'
  | 'NAME'
  | 'PROGRESS'
  | 'URGENCY';

/** Step 2: the decision to change, and the day it was made. */
export type Decision = {
  __typename?: 'Decision';
  commitment: Scalars['String']['output'];
  /** YYYY-MM-DD */
  decidedOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type DeleteAccountInput = {
  password: Scalars['String']['input'];
};

/** A demo sign-in, offered in development only. */
export type DemoAccountModel = {
  __typename?: 'DemoAccountModel';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  password: Scalars['String']['output'];
  role: Role;
};

/** What a mailed link is for. */
export type EmailLinkPurpose =
  | 'CHANGE_EMAIL'
  | 'RESET_PASSWORD'
  | 'VERIFY_EMAIL';

/** From registration to client, for one masterclass or a period. */
export type FunnelFigures = {
  __typename?: 'FunnelFigures';
  /** Attended over the confirmed seats of masterclasses that have taken place, 0 to 1; null before any has. */
  attendanceRate: Maybe<Scalars['Float']['output']>;
  attended: Scalars['Int']['output'];
  /** Registrants who are clients now and joined the roster after registering (or were invited from it). */
  becameClients: Scalars['Int']['output'];
  /** Confirmed seats. */
  confirmed: Scalars['Int']['output'];
  /** Registrations not cancelled: seats, holds and waitlist. */
  registered: Scalars['Int']['output'];
  /** Still on the waitlist (for a past masterclass: never got a seat). */
  waitlisted: Scalars['Int']['output'];
};

/** The funnel over the masterclasses that start in a period. */
export type FunnelReport = {
  __typename?: 'FunnelReport';
  from: Scalars['DateTime']['output'];
  /** Soonest first. */
  masterclasses: Array<MasterclassFunnel>;
  /** Most registrations first. */
  sources: Array<FunnelSource>;
  to: Scalars['DateTime']['output'];
  totals: FunnelFigures;
};

/** Registrations from one source: a newsletter issue, a campaign, a direct link. */
export type FunnelSource = {
  __typename?: 'FunnelSource';
  attended: Scalars['Int']['output'];
  becameClients: Scalars['Int']['output'];
  newsletterIssue: Maybe<Scalars['String']['output']>;
  registered: Scalars['Int']['output'];
  source: RegistrationSource;
  utmCampaign: Maybe<Scalars['String']['output']>;
  utmSource: Maybe<Scalars['String']['output']>;
};

/** Step 4: the leader I am becoming, in my own words. */
export type FutureSelfStatement = {
  __typename?: 'FutureSelfStatement';
  id: Scalars['ID']['output'];
  statement: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Step 3: ONE bold outcome for the next 12 months. */
export type Goal = {
  __typename?: 'Goal';
  closedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  milestones: Array<Milestone>;
  statement: Scalars['String']['output'];
  status: GoalStatus;
  successMeasure: Scalars['String']['output'];
  /** YYYY-MM-DD */
  targetDate: Scalars['String']['output'];
  whyItMatters: Scalars['String']['output'];
};

/** A client's one bold goal as the coach sees it at a glance. */
export type GoalAtAGlance = {
  __typename?: 'GoalAtAGlance';
  statement: Scalars['String']['output'];
  /** ISO date (YYYY-MM-DD). */
  targetDate: Scalars['String']['output'];
};

export type GoalStatus =
  | 'ABANDONED'
  | 'ACHIEVED'
  | 'ACTIVE';

/** One outcome the client made happen, in business terms. The client's own: coaches do not see it. */
export type ImpactEntry = {
  __typename?: 'ImpactEntry';
  /** Who benefited (a team, a customer, the business); may be empty. */
  beneficiary: Scalars['String']['output'];
  /** The check-in this entry was logged from, if any. */
  checkInId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The date it happened (YYYY-MM-DD). */
  occurredOn: Scalars['String']['output'];
  /** The result in business terms: what would have happened otherwise, time or money saved, risk avoided. */
  outcome: Scalars['String']['output'];
  outcomeKind: ImpactOutcomeKind;
  /** 1 (minor) to 5 (exceptional). */
  significance: Scalars['Int']['output'];
  whatIDid: Scalars['String']['output'];
};

/** The kind of business result an impact entry describes; the summary groups entries by it. */
export type ImpactOutcomeKind =
  | 'CAPABILITY'
  | 'MONEY_SAVED'
  | 'OTHER'
  | 'QUALITY'
  | 'REVENUE'
  | 'RISK_AVOIDED'
  | 'TIME_SAVED';

/** A recent check-in whose 'impact made legible' is not logged as an impact entry yet. */
export type ImpactSuggestion = {
  __typename?: 'ImpactSuggestion';
  checkInId: Scalars['ID']['output'];
  impactMadeLegible: Scalars['String']['output'];
  /** The check-in's week, named by its Monday (YYYY-MM-DD). */
  weekStart: Scalars['String']['output'];
};

/** A one-page summary of the impact of a period, written for a manager outside the field. */
export type ImpactSummary = {
  __typename?: 'ImpactSummary';
  entryCount: Scalars['Int']['output'];
  from: Scalars['String']['output'];
  /** Grouped by outcome kind, the most significant group first. */
  groups: Array<ImpactSummaryGroup>;
  /** The same page as Markdown, for download. */
  markdown: Scalars['String']['output'];
  /** A short opening line with the period and the counts. */
  opening: Scalars['String']['output'];
  /** The period in words, such as "1 January 2026 to 31 March 2026". */
  period: Scalars['String']['output'];
  title: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type ImpactSummaryGroup = {
  __typename?: 'ImpactSummaryGroup';
  /** Most significant first, then the most recent. */
  entries: Array<ImpactEntry>;
  /** A plain-language heading, such as "Time saved". */
  heading: Scalars['String']['output'];
  outcomeKind: ImpactOutcomeKind;
};

export type ImportArticlesInput = {
  /** Report what would happen, and write nothing. */
  dryRun?: Scalars['Boolean']['input'];
  files: Array<ArticleFileInput>;
  mode?: ArticleImportMode;
};

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedByName: Maybe<Scalars['String']['output']>;
  role: Role;
  sentCount: Scalars['Int']['output'];
  status: InvitationStatus;
};

/** What the person following an invitation link may see before accepting. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** True when the email already has an account: accepting asks for its password. */
  accountExists: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  practiceName: Scalars['String']['output'];
  role: Role;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  role: Role;
};

export type LastCheckIn = {
  __typename?: 'LastCheckIn';
  acknowledged: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  late: Scalars['Boolean']['output'];
  submittedAt: Scalars['DateTime']['output'];
  /** The week's Monday (ISO date). */
  weekStart: Scalars['String']['output'];
};

export type MakeDecisionInput = {
  commitment: Scalars['String']['input'];
  /** YYYY-MM-DD, today or earlier. */
  decidedOn: Scalars['String']['input'];
};

export type MarkAttendanceInput = {
  marks: Array<AttendanceMark>;
  masterclassId: Scalars['ID']['input'];
};

/** A masterclass as the practice's team sees it. */
export type Masterclass = {
  __typename?: 'Masterclass';
  capacity: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Markdown, as written. */
  description: Scalars['String']['output'];
  /** The description as safe HTML. */
  descriptionHtml: Scalars['String']['output'];
  durationMinutes: Scalars['Int']['output'];
  endsAt: Scalars['DateTime']['output'];
  host: Maybe<MasterclassHost>;
  id: Scalars['ID']['output'];
  /** Revealed only to confirmed registrants. */
  joinUrl: Scalars['String']['output'];
  /** Null for a complimentary masterclass. */
  price: Maybe<Price>;
  /** The public page of the masterclass. */
  publicUrl: Scalars['String']['output'];
  registrationDeadline: Scalars['DateTime']['output'];
  replayUrl: Scalars['String']['output'];
  /** Confirmed seats and seats held for payment. */
  seatsTaken: Scalars['Int']['output'];
  /** Its address on the public page: /p/<practice>/masterclasses/<slug>. */
  slug: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: MasterclassStatus;
  /** The IANA zone the masterclass is presented in. */
  timeZone: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  waitlisted: Scalars['Int']['output'];
};

export type MasterclassFunnel = {
  __typename?: 'MasterclassFunnel';
  figures: FunnelFigures;
  masterclassId: Scalars['ID']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** The member of the team who presents the masterclass. */
export type MasterclassHost = {
  __typename?: 'MasterclassHost';
  name: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type MasterclassInput = {
  capacity: Scalars['Int']['input'];
  /** Markdown. */
  description?: Scalars['String']['input'];
  durationMinutes: Scalars['Int']['input'];
  /** Defaults to the person creating it. */
  hostUserId?: InputMaybe<Scalars['ID']['input']>;
  joinUrl?: Scalars['String']['input'];
  price?: InputMaybe<PriceInput>;
  /** Defaults to the start. */
  registrationDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  replayUrl?: Scalars['String']['input'];
  /** Defaults to one made from the title. */
  slug?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  /** The IANA zone it is presented in, e.g. Europe/London. */
  timeZone: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** Upcoming (not yet ended), past, or all. */
export type MasterclassPeriod =
  | 'ALL'
  | 'PAST'
  | 'UPCOMING';

/** Drafts are seen by the team only; published ones take registrations; cancelled and completed ones are kept. */
export type MasterclassStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

/** Where a client is in the five steps. */
export type MethodProgress = {
  __typename?: 'MethodProgress';
  complete: Scalars['Boolean']['output'];
  /** The first step not done yet (ACCOUNTABILITY once all are). */
  currentStep: MethodStep;
  stepsDone: Scalars['Int']['output'];
};

/** The five steps: AWARENESS of patterns, a real DECISION, ONE bold 12-month GOAL, the FUTURE_SELF statement, weekly ACCOUNTABILITY. */
export type MethodStep =
  | 'ACCOUNTABILITY'
  | 'AWARENESS'
  | 'DECISION'
  | 'FUTURE_SELF'
  | 'GOAL';

export type Milestone = {
  __typename?: 'Milestone';
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type MilestoneInput = {
  /** YYYY-MM-DD, on the way to the target date. */
  dueOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type MrrPoint = {
  __typename?: 'MrrPoint';
  /** First day of the month (UTC), YYYY-MM-DD. */
  month: Scalars['String']['output'];
  mrrCents: Scalars['Int']['output'];
  payingPractices: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Joins the practice with a new account or an existing one, and signs in. */
  acceptInvitation: Session;
  /** Marks a check-in as read by its client’s coach. */
  acknowledgeCheckIn: CheckIn;
  /** A coach adds items for either owner; a client adds their own (owner CLIENT). */
  addActionItem: ActionItem;
  /** Step 1: a pattern you noticed, or something you say yes to out of habit. */
  addAwarenessNote: AwarenessNote;
  /** Adds a person to the roster; with invite, sends them a client invitation (owners and admins). */
  addClient: Client;
  /** Logs an outcome, on its own or from one of your check-ins (each check-in once). */
  addImpactEntry: ImpactEntry;
  addSessionNote: SessionNote;
  /** Applies to work with a practice's coach from its public page: the practice gets a lead and a mail. Always true once the input is valid. */
  applyToWorkWith: Scalars['Boolean']['output'];
  /** Stripe Checkout for a coaching package; a signed-in buyer buys as their account. */
  buyPackage: StripeLink;
  /** SignedIn. Forgets a pending change; its link stops working. */
  cancelEmailChange: Account;
  /** Cancels it; every registrant is told and their calendars drop it. */
  cancelMasterclass: Masterclass;
  /** Cancels through the signed link in every mail; the seat goes to the head of the waitlist. */
  cancelRegistration: MyRegistration;
  /** A practice keeps at least one owner. */
  changeMemberRole: TeamMember;
  /** SignedIn. Field errors: input.name. */
  changeMyName: Account;
  /** SignedIn. Ends every other session of the account; this one goes on. Errors: input.currentPassword (is not your current password), input.newPassword (rules). */
  changeMyPassword: Scalars['Boolean']['output'];
  /** Moves the subscription to another plan (Starter: ends it at the period end); refused above the new limits. */
  changePlan: PracticeBilling;
  /** Ends the active goal as ACHIEVED or ABANDONED, making room for the next. */
  closeGoal: Goal;
  /** Marks a masterclass that has taken place as completed (registrants get the replay, if its link is set). */
  completeMasterclass: Masterclass;
  /** Public. The link from the mail. Errors: token (NOT_FOUND 'is invalid, used or expired'; CONFLICT 'the address has an account now'). */
  confirmEmailChange: Account;
  /** Confirms a subscription: the confirm page's button. */
  confirmNewsletterSubscription: NewsletterConfirmation;
  /** The link from the sign-up mail: creates the account, its practice and the OWNER membership, and signs in. */
  confirmSignUp: Session;
  /** Stripe's onboarding for the practice's own account (made on first use). */
  connectStripeAccount: StripeLink;
  /** A new article; without a slug, one made from the title (numbered when taken). */
  createArticle: Article;
  /** A new private calendar feed address, shown once; an earlier address stops working. */
  createCalendarFeed: CalendarFeedLink;
  /** A new draft; nobody outside the team sees it until it is published. */
  createMasterclass: Masterclass;
  /** A new draft. */
  createNewsletterIssue: NewsletterIssue;
  /** A new coaching package; needs a plan with paid offerings. */
  createOffering: Offering;
  /** Adds a YouTube or Vimeo video by its link. */
  createVideo: Video;
  deleteArticle: Scalars['Boolean']['output'];
  /** Deletes a draft. */
  deleteMasterclass: Scalars['Boolean']['output'];
  /** SignedIn. Errors: input.password; CONFLICT field 'practices' while last owner of a practice (message names them). Clears the refresh cookie. */
  deleteMyAccount: Scalars['Boolean']['output'];
  /** Deletes a draft or a scheduled issue. */
  deleteNewsletterIssue: Scalars['Boolean']['output'];
  /** Erases a subscriber on their request, with their delivery records. */
  deleteSubscriber: Scalars['Boolean']['output'];
  deleteVideo: Scalars['Boolean']['output'];
  /** Deletes the client's profile and every coaching record, their client membership and invitations here, and their address from this practice's audit trail. Their account and other practices are untouched. Cannot be undone. */
  eraseClient: ClientErasure;
  /** Everything the practice keeps about one client, as a JSON document; each export is recorded in the audit trail. */
  exportClientData: Scalars['String']['output'];
  /** Imports markdown files, idempotent by slug: each file is reported as created, updated, unchanged, or failed with its problems. */
  importArticles: ArticleImport;
  /** Reads the CSV again and adds its clients: all or nothing, or only the valid rows. */
  importClients: ClientImportResult;
  /** Imports a CSV export (at most 10 MB) as a job; poll subscriberImport for progress. */
  importSubscribers: SubscriberImport;
  /** Invites a lead (or any client without an account) to join as a client (owners and admins). */
  inviteClient: Client;
  /** Invites a person by email; only an owner may invite an owner. */
  inviteMember: Invitation;
  /** Puts a registrant on the roster and sends them a client invitation; their registrations go with them. */
  inviteRegistrantAsClient: RegistrantInvitation;
  /** Leaves a practice. Errors: practiceId NOT_FOUND (not a member); CONFLICT 'is a practice you are the last owner of', with a message naming who could be made owner. */
  leavePractice: Scalars['Boolean']['output'];
  /** Step 2: your decision to change (made again, it replaces the one before). */
  makeDecision: Decision;
  /** Marks attendance of confirmed registrants once the masterclass has started; all or nothing. */
  markAttendance: Array<Registration>;
  /** Stripe's Customer Portal: card, invoices and cancellation. */
  openBillingPortal: StripeLink;
  /** Stripe Checkout for a seat held for payment (token: the registration's signed link token). */
  payForRegistration: StripeLink;
  /** Opens a draft for registration on the public page. */
  publishMasterclass: Masterclass;
  /** Ends a suspension: the practice works again as before. */
  reactivatePractice: OperatorPractice;
  /** Trades the refresh cookie for a new access token and a new cookie. */
  refreshSession: Session;
  /** Refunds a paid purchase in full; a refunded seat is cancelled. */
  refundPurchase: Purchase;
  /** Registers a guest from the public page: a seat if one is free (held for payment when paid), else the waitlist. */
  registerForMasterclass: RegistrationReceipt;
  /** Registers the signed-in client, with the name and address of their account. */
  registerMeForMasterclass: MyRegistration;
  removeAwarenessNote: Scalars['Boolean']['output'];
  removeImpactEntry: Scalars['Boolean']['output'];
  /** A practice keeps at least one owner. */
  removeMember: Scalars['Boolean']['output'];
  removeSessionNote: Scalars['Boolean']['output'];
  /** Replies to a check-in (acknowledging it); the client is mailed and sees the reply. */
  replyToCheckIn: CheckIn;
  /** SignedIn. Mails a confirmation link to the new address (48 h); the change happens when it is followed. Same answer whether or not the address has an account (its owner is told someone tried). Errors: input.currentPassword, input.newEmail (format, or is already your address). */
  requestEmailChange: Account;
  /** Mails a reset link if the address has an account. Always true for a well-formed address: it never tells whether it has an account. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends a pending invitation again with a new link valid for another week. */
  resendInvitation: Invitation;
  /** Sends a new confirmation mail (earlier links stop working). */
  resendVerificationEmail: Scalars['Boolean']['output'];
  /** Sets a new password with the token from the reset mail and ends every session. */
  resetPassword: Scalars['Boolean']['output'];
  /** Undoes an unsubscribe from the same link; the consent is recorded again. */
  resubscribeToNewsletter: NewsletterConfirmation;
  /** Stops your calendar feed address from working. False when you had none. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  revokeInvitation: Invitation;
  /** Sends it at a future time. */
  scheduleNewsletterIssue: NewsletterIssue;
  /** Starts sending to every subscriber subscribed now. */
  sendNewsletterIssueNow: NewsletterIssue;
  /** Sends the issue to your own address, its subject prefixed "[Test] ". */
  sendNewsletterTest: Scalars['Boolean']['output'];
  /** Step 4: the leader you are becoming (written again, it replaces the one before). */
  setFutureSelf: FutureSelfStatement;
  /** Step 3: ONE bold goal at most 12 months out; a second while one is active is a CONFLICT. */
  setGoal: Goal;
  /** Step 5: the day of the week you check in, in your time zone. */
  setUpAccountability: Accountability;
  signIn: Session;
  /** Ends this session everywhere it was refreshed. */
  signOut: Scalars['Boolean']['output'];
  /** Starts a sign-up: mails the address a link that opens the practice. Always true, whether or not the address has an account (its owner is told by mail). */
  signUp: Scalars['Boolean']['output'];
  /** Stripe Checkout for the practice's first subscription (a trial if it never had one). */
  startPlanCheckout: StripeLink;
  /** A new practice with the signed-in person as its owner. Errors: input.practiceSlug (rule, taken), input.practiceName, input.timeZone. */
  startPractice: PracticeMembership;
  /** Submits or edits your check-in for this week (or, late, for last week while it has none). */
  submitCheckIn: CheckIn;
  /** Signs an address up (double opt-in): a confirmation mail follows. The answer never tells whether the address was known. */
  subscribeToNewsletter: SubscribeReceipt;
  /** Suspends a practice: its members are refused and its public pages say it is unavailable; nothing is deleted. */
  suspendPractice: OperatorPractice;
  /** Back to a draft. */
  unscheduleNewsletterIssue: NewsletterIssue;
  /** Unsubscribes at once through the link in every issue; no sign-in. */
  unsubscribeFromNewsletter: NewsletterConfirmation;
  /** Unsubscribes someone who asked by other means (a reply, a call). */
  unsubscribeSubscriber: Subscriber;
  /** Coaches change anything of their clients' items; a client only the status of their own. */
  updateActionItem: ActionItem;
  /** Changes it; without a slug, it keeps its address. */
  updateArticle: Article;
  updateAwarenessNote: AwarenessNote;
  /** Changes what is given. A COACH changes their own clients only and cannot hand them to another coach. */
  updateClient: Client;
  /** Rewords the active goal. */
  updateGoal: Goal;
  updateImpactEntry: ImpactEntry;
  /** Changes it; registrants hear of a new time or join link, and a larger room promotes the waitlist. */
  updateMasterclass: Masterclass;
  /** Changes a draft or a scheduled issue. */
  updateNewsletterIssue: NewsletterIssue;
  updateNewsletterSettings: NewsletterSettings;
  /** Changes a package; what buyers paid before stays as it was. */
  updateOffering: Offering;
  /** Replaces the public profile of the request's practice (its address stays). */
  updatePracticeProfile: PracticeProfile;
  updateSessionNote: SessionNote;
  updateVideo: Video;
  /** Confirms the email address with the token from the confirmation mail. */
  verifyEmail: Account;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAcknowledgeCheckInArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddActionItemArgs = {
  input: AddActionItemInput;
};


export type MutationAddAwarenessNoteArgs = {
  input: AddAwarenessNoteInput;
};


export type MutationAddClientArgs = {
  input: AddClientInput;
};


export type MutationAddImpactEntryArgs = {
  input: AddImpactEntryInput;
};


export type MutationAddSessionNoteArgs = {
  input: AddSessionNoteInput;
};


export type MutationApplyToWorkWithArgs = {
  input: ApplyToWorkWithInput;
};


export type MutationBuyPackageArgs = {
  input: BuyPackageInput;
};


export type MutationCancelMasterclassArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelRegistrationArgs = {
  token: Scalars['String']['input'];
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangeMyNameArgs = {
  input: ChangeNameInput;
};


export type MutationChangeMyPasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChangePlanArgs = {
  plan: PlanId;
};


export type MutationCloseGoalArgs = {
  id: Scalars['ID']['input'];
  status: GoalStatus;
};


export type MutationCompleteMasterclassArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmEmailChangeArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmNewsletterSubscriptionArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmSignUpArgs = {
  input: ConfirmSignUpInput;
};


export type MutationCreateArticleArgs = {
  input: ArticleInput;
};


export type MutationCreateMasterclassArgs = {
  input: MasterclassInput;
};


export type MutationCreateNewsletterIssueArgs = {
  input: NewsletterIssueInput;
};


export type MutationCreateOfferingArgs = {
  input: CreateOfferingInput;
};


export type MutationCreateVideoArgs = {
  input: VideoInput;
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMasterclassArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMyAccountArgs = {
  input: DeleteAccountInput;
};


export type MutationDeleteNewsletterIssueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSubscriberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteVideoArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEraseClientArgs = {
  clientId: Scalars['ID']['input'];
  confirmEmail: Scalars['String']['input'];
};


export type MutationExportClientDataArgs = {
  clientId: Scalars['ID']['input'];
};


export type MutationImportArticlesArgs = {
  input: ImportArticlesInput;
};


export type MutationImportClientsArgs = {
  csv: Scalars['String']['input'];
  mode: ClientImportMode;
};


export type MutationImportSubscribersArgs = {
  csv: Scalars['String']['input'];
  fileName?: Scalars['String']['input'];
};


export type MutationInviteClientArgs = {
  clientId: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationInviteRegistrantAsClientArgs = {
  registrationId: Scalars['ID']['input'];
};


export type MutationLeavePracticeArgs = {
  practiceId: Scalars['ID']['input'];
};


export type MutationMakeDecisionArgs = {
  input: MakeDecisionInput;
};


export type MutationMarkAttendanceArgs = {
  input: MarkAttendanceInput;
};


export type MutationPayForRegistrationArgs = {
  token: Scalars['String']['input'];
};


export type MutationPublishMasterclassArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReactivatePracticeArgs = {
  practiceId: Scalars['ID']['input'];
};


export type MutationRefundPurchaseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterForMasterclassArgs = {
  input: RegisterForMasterclassInput;
};


export type MutationRegisterMeForMasterclassArgs = {
  masterclassId: Scalars['ID']['input'];
};


export type MutationRemoveAwarenessNoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveImpactEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationRemoveSessionNoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplyToCheckInArgs = {
  id: Scalars['ID']['input'];
  reply: Scalars['String']['input'];
};


export type MutationRequestEmailChangeArgs = {
  input: ChangeEmailInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationResubscribeToNewsletterArgs = {
  token: Scalars['String']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationScheduleNewsletterIssueArgs = {
  at: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSendNewsletterIssueNowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendNewsletterTestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetFutureSelfArgs = {
  input: SetFutureSelfInput;
};


export type MutationSetGoalArgs = {
  input: SetGoalInput;
};


export type MutationSetUpAccountabilityArgs = {
  input: SetUpAccountabilityInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartPlanCheckoutArgs = {
  plan: PlanId;
};


export type MutationStartPracticeArgs = {
  input: StartPracticeInput;
};


export type MutationSubmitCheckInArgs = {
  input: SubmitCheckInInput;
};


export type MutationSubscribeToNewsletterArgs = {
  input: SubscribeInput;
};


export type MutationSuspendPracticeArgs = {
  practiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUnscheduleNewsletterIssueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnsubscribeFromNewsletterArgs = {
  token: Scalars['String']['input'];
};


export type MutationUnsubscribeSubscriberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};


export type MutationUpdateArticleArgs = {
  input: UpdateArticleInput;
};


export type MutationUpdateAwarenessNoteArgs = {
  input: UpdateAwarenessNoteInput;
};


export type MutationUpdateClientArgs = {
  input: UpdateClientInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdateImpactEntryArgs = {
  input: UpdateImpactEntryInput;
};


export type MutationUpdateMasterclassArgs = {
  input: UpdateMasterclassInput;
};


export type MutationUpdateNewsletterIssueArgs = {
  input: UpdateNewsletterIssueInput;
};


export type MutationUpdateNewsletterSettingsArgs = {
  input: NewsletterSettingsInput;
};


export type MutationUpdateOfferingArgs = {
  input: UpdateOfferingInput;
};


export type MutationUpdatePracticeProfileArgs = {
  input: PracticeProfileInput;
};


export type MutationUpdateSessionNoteArgs = {
  input: UpdateSessionNoteInput;
};


export type MutationUpdateVideoArgs = {
  input: UpdateVideoInput;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};

/** The client portal home in one query. */
export type MyCoaching = {
  __typename?: 'MyCoaching';
  /** Whether weekly accountability (step 5) is set up. */
  accountabilitySetUp: Scalars['Boolean']['output'];
  /** ISO weekday: 1 Monday … 7 Sunday. */
  checkInDay: Scalars['Int']['output'];
  clientId: Scalars['ID']['output'];
  coachName: Maybe<Scalars['String']['output']>;
  goal: Maybe<Goal>;
  /** The coach's latest reply to a check-in. */
  latestReply: Maybe<CoachReply>;
  longestStreakWeeks: Scalars['Int']['output'];
  methodProgress: MethodProgress;
  name: Scalars['String']['output'];
  /** Consecutive weeks with a check-in, up to this week (or last week while this one is open). */
  streakWeeks: Scalars['Int']['output'];
  thisWeek: CheckInWeek;
  timeZone: Scalars['String']['output'];
};

/** A registration as its registrant sees it, through their link or in the portal. */
export type MyRegistration = {
  __typename?: 'MyRegistration';
  /** The .ics of this registration (subscribe or download). */
  calendarUrl: Scalars['String']['output'];
  email: Scalars['String']['output'];
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Only for a confirmed seat. */
  joinUrl: Maybe<Scalars['String']['output']>;
  /** The signed token of the manage page; keep it private. */
  manageToken: Scalars['String']['output'];
  masterclass: PublicMasterclass;
  name: Scalars['String']['output'];
  /** Once the host has added it. */
  replayUrl: Maybe<Scalars['String']['output']>;
  status: RegistrationStatus;
  waitlistPosition: Maybe<Scalars['Int']['output']>;
};

/** What a subscriber sees on the pages their links open. */
export type NewsletterConfirmation = {
  __typename?: 'NewsletterConfirmation';
  email: Scalars['String']['output'];
  practiceName: Scalars['String']['output'];
  practiceSlug: Scalars['String']['output'];
  status: SubscriberStatus;
};

/** An issue of the newsletter, with its sending figures. */
export type NewsletterIssue = {
  __typename?: 'NewsletterIssue';
  /** Markdown, as written. */
  body: Scalars['String']['output'];
  /** The body as safe HTML. */
  bodyHtml: Scalars['String']['output'];
  /** Recipients whose address bounced after this issue. */
  bounced: Scalars['Int']['output'];
  /** Recipients who marked this issue as spam. */
  complained: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  failed: Scalars['Int']['output'];
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: NewsletterIssueKind;
  /** Recipients not yet sent to. */
  pending: Scalars['Int']['output'];
  /** The preview line mail clients show after the subject. */
  preheader: Scalars['String']['output'];
  /** Subscribers it is being sent to, fixed when sending starts. */
  recipients: Scalars['Int']['output'];
  scheduledAt: Maybe<Scalars['DateTime']['output']>;
  sent: Scalars['Int']['output'];
  startedAt: Maybe<Scalars['DateTime']['output']>;
  status: NewsletterIssueStatus;
  subject: Scalars['String']['output'];
  /** Recipients who left from this issue. */
  unsubscribed: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The Monday (YYYY-MM-DD) of the week a weekly insights issue covers. */
  weekOf: Maybe<Scalars['String']['output']>;
};

export type NewsletterIssueInput = {
  /** Markdown. */
  body?: Scalars['String']['input'];
  preheader?: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};

/** Written by the team, or drafted by the app as the weekly insights issue. */
export type NewsletterIssueKind =
  | 'MANUAL'
  | 'WEEKLY';

/** Drafts and scheduled issues can change; once sending starts its recipients are fixed. */
export type NewsletterIssueStatus =
  | 'DRAFT'
  | 'SCHEDULED'
  | 'SENDING'
  | 'SENT';

/** When the app drafts the weekly insights issue. */
export type NewsletterSettings = {
  __typename?: 'NewsletterSettings';
  weeklyEnabled: Scalars['Boolean']['output'];
  /** ISO weekday, 1 = Monday .. 7 = Sunday, in the practice time zone. */
  weeklyWeekday: Scalars['Int']['output'];
};

export type NewsletterSettingsInput = {
  weeklyEnabled: Scalars['Boolean']['input'];
  weeklyWeekday: Scalars['Int']['input'];
};

/** A coaching package the practice sells, e.g. a 12-month leadership accelerator. */
export type Offering = {
  __typename?: 'Offering';
  active: Scalars['Boolean']['output'];
  billing: OfferingBilling;
  coachName: Maybe<Scalars['String']['output']>;
  /** The coach a buyer is assigned to (null: the practice assigns one later). */
  coachUserId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  /** Markdown. */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** How long the package runs; for MONTHLY billing, the number of monthly payments. */
  months: Scalars['Int']['output'];
  priceCents: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type OfferingBilling =
  | 'MONTHLY'
  | 'ONE_TIME';

export type OperatorAuditEvent = {
  __typename?: 'OperatorAuditEvent';
  action: Scalars['String']['output'];
  actorEmail: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** JSON text. */
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  practiceId: Maybe<Scalars['ID']['output']>;
  practiceName: Maybe<Scalars['String']['output']>;
};

/** A practice as platform operators see it: plan, subscription, revenue, usage and suspension. */
export type OperatorPractice = {
  __typename?: 'OperatorPractice';
  activeClients: Scalars['Int']['output'];
  coaches: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  emailsThisMonth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  mrrCents: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  plan: PlanId;
  slug: Scalars['String']['output'];
  status: SubscriptionStatus;
  subscribers: Scalars['Int']['output'];
  suspended: Scalars['Boolean']['output'];
  suspendedReason: Maybe<Scalars['String']['output']>;
  trialEndsAt: Maybe<Scalars['DateTime']['output']>;
};

export type OperatorTotals = {
  __typename?: 'OperatorTotals';
  activePractices: Scalars['Int']['output'];
  /** churned / paying at the period's start (0..1). */
  churnRate: Scalars['Float']['output'];
  /** Subscriptions ended within the period. */
  churnedPractices: Scalars['Int']['output'];
  mrrCents: Scalars['Int']['output'];
  /** The last 12 months, oldest first. */
  mrrHistory: Array<MrrPoint>;
  payingPractices: Scalars['Int']['output'];
  periodDays: Scalars['Int']['output'];
  suspendedPractices: Scalars['Int']['output'];
  trialingPractices: Scalars['Int']['output'];
};

/** A person's account as the people they work with see it. */
export type Person = {
  __typename?: 'Person';
  email: Scalars['String']['output'];
  emailVerified: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Plan = {
  __typename?: 'Plan';
  /** ISO 4217, lower case (usd). */
  currency: Scalars['String']['output'];
  id: PlanId;
  limits: PlanLimits;
  monthlyPriceCents: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

export type PlanId =
  | 'PRACTICE'
  | 'SOLO'
  | 'STARTER'
  | 'TEAM';

export type PlanLimits = {
  __typename?: 'PlanLimits';
  activeClients: Scalars['Int']['output'];
  coaches: Scalars['Int']['output'];
  emailsPerMonth: Scalars['Int']['output'];
  paidOfferings: Scalars['Boolean']['output'];
  subscribers: Scalars['Int']['output'];
};

/** The practice's plan, subscription, usage and invoices (owners and admins). */
export type PracticeBilling = {
  __typename?: 'PracticeBilling';
  cancelsAt: Maybe<Scalars['DateTime']['output']>;
  /** False when the server has no Stripe keys: the page says which variables enable billing. */
  configured: Scalars['Boolean']['output'];
  /** While a payment is overdue: when the practice turns read-only. */
  graceEndsAt: Maybe<Scalars['DateTime']['output']>;
  /** Newest first, at most 24. */
  invoices: Array<BillingInvoice>;
  /** Whether plan limits are enforced (only when billing is configured). */
  limitsEnforced: Scalars['Boolean']['output'];
  missingVariables: Array<Scalars['String']['output']>;
  /** The plan whose limits apply now (Starter unless a subscription is live). */
  plan: Plan;
  readOnly: Scalars['Boolean']['output'];
  /** The next renewal, unless the subscription is set to end then (see cancelsAt). */
  renewsAt: Maybe<Scalars['DateTime']['output']>;
  status: SubscriptionStatus;
  /** The plan of the Stripe subscription, if there is one (it may be cancelled). */
  subscribedPlan: Maybe<PlanId>;
  trialEndsAt: Maybe<Scalars['DateTime']['output']>;
  usage: Array<UsageFigure>;
};

/** A practice the signed-in person belongs to, and their role there. */
export type PracticeMembership = {
  __typename?: 'PracticeMembership';
  practiceId: Scalars['ID']['output'];
  practiceName: Scalars['String']['output'];
  practiceSlug: Scalars['String']['output'];
  role: Role;
};

/** What anyone may read about a practice: its public page. */
export type PracticeProfile = {
  __typename?: 'PracticeProfile';
  /** False while the practice is suspended: its public page says it is unavailable. */
  available: Scalars['Boolean']['output'];
  /** The coach's biography, plain text with blank lines between paragraphs. */
  coachBio: Scalars['String']['output'];
  coachName: Scalars['String']['output'];
  /** The call-to-action button text, e.g. "Book a discovery call"; empty for none. */
  ctaText: Scalars['String']['output'];
  /** Where the call to action leads; empty for none. */
  ctaUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The coach's photo (an https address), or empty. */
  photoUrl: Scalars['String']['output'];
  /** The address of the practice in Ascend, e.g. /p/<slug>. */
  slug: Scalars['String']['output'];
  socialLinks: Array<SocialLink>;
  tagline: Scalars['String']['output'];
  /** IANA time zone the practice runs its calendar in, e.g. Europe/London. */
  timeZone: Scalars['String']['output'];
};

/** The practice's public profile, as a whole: what its public site and articles show. */
export type PracticeProfileInput = {
  /** Plain text; a blank line starts a new paragraph. */
  coachBio: Scalars['String']['input'];
  coachName: Scalars['String']['input'];
  ctaText: Scalars['String']['input'];
  ctaUrl: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** An https address of the photo, or empty. */
  photoUrl: Scalars['String']['input'];
  socialLinks: Array<SocialLinkInput>;
  tagline: Scalars['String']['input'];
  /** IANA time zone, e.g. Europe/London. */
  timeZone: Scalars['String']['input'];
};

/** What every member sees in banners: trial ending, payment overdue, read-only, suspended. */
export type PracticeStanding = {
  __typename?: 'PracticeStanding';
  graceEndsAt: Maybe<Scalars['DateTime']['output']>;
  plan: PlanId;
  readOnly: Scalars['Boolean']['output'];
  status: SubscriptionStatus;
  suspended: Scalars['Boolean']['output'];
  suspendedReason: Maybe<Scalars['String']['output']>;
  trialEndsAt: Maybe<Scalars['DateTime']['output']>;
};

/** A price in the smallest unit of its currency (cents, pence). */
export type Price = {
  __typename?: 'Price';
  amountCents: Scalars['Int']['output'];
  /** ISO 4217, e.g. EUR. */
  currency: Scalars['String']['output'];
};

/** A price; leave it out for a complimentary masterclass. */
export type PriceInput = {
  amountCents: Scalars['Int']['input'];
  currency: Scalars['String']['input'];
};

/** An article as anyone may read it on the practice’s public site: never a draft, never before its date. */
export type PublicArticle = {
  __typename?: 'PublicArticle';
  authorName: Scalars['String']['output'];
  /** The article as safe HTML, rendered as on the article page. */
  bodyHtml: Scalars['String']['output'];
  category: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** Whether the page shows the coach’s bio and call to action. */
  promo: Scalars['Boolean']['output'];
  pubDate: Scalars['DateTime']['output'];
  slug: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** The article page’s address. */
  url: Scalars['String']['output'];
};

export type PublicArticlePage = {
  __typename?: 'PublicArticlePage';
  articles: Array<PublicArticle>;
  /** How many articles match, across all pages. */
  total: Scalars['Int']['output'];
};

/** A masterclass as anyone may see it: no join link. */
export type PublicMasterclass = {
  __typename?: 'PublicMasterclass';
  capacity: Scalars['Int']['output'];
  /** The description as safe HTML. */
  descriptionHtml: Scalars['String']['output'];
  durationMinutes: Scalars['Int']['output'];
  endsAt: Scalars['DateTime']['output'];
  hostName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  practiceName: Scalars['String']['output'];
  practiceSlug: Scalars['String']['output'];
  price: Maybe<Price>;
  registrationDeadline: Scalars['DateTime']['output'];
  /** Whether it takes registrations now (a full one still takes them, onto the waitlist). */
  registrationOpen: Scalars['Boolean']['output'];
  seatsLeft: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  /** PUBLISHED, CANCELLED or COMPLETED. */
  status: Scalars['String']['output'];
  /** The description as plain text, for previews. */
  summary: Scalars['String']['output'];
  timeZone: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** What anyone sees of a package on the practice's public pages. */
export type PublicOffering = {
  __typename?: 'PublicOffering';
  billing: OfferingBilling;
  coachName: Maybe<Scalars['String']['output']>;
  currency: Scalars['String']['output'];
  /** Sanitized HTML of the markdown description. */
  descriptionHtml: Scalars['String']['output'];
  months: Scalars['Int']['output'];
  priceCents: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type Purchase = {
  __typename?: 'Purchase';
  amountCents: Scalars['Int']['output'];
  buyerEmail: Scalars['String']['output'];
  buyerName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  /** What was bought: the package title, or "Seat: <masterclass title>". */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: PurchaseKind;
  paidAt: Maybe<Scalars['DateTime']['output']>;
  refundedCents: Scalars['Int']['output'];
  status: PurchaseStatus;
};

export type PurchaseKind =
  | 'MASTERCLASS_SEAT'
  | 'PACKAGE';

export type PurchaseList = {
  __typename?: 'PurchaseList';
  purchases: Array<Purchase>;
  totals: Array<SalesTotal>;
};

export type PurchaseStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'PAID'
  | 'PARTIALLY_REFUNDED'
  | 'PENDING'
  | 'REFUNDED';

export type Query = {
  __typename?: 'Query';
  /** A client's action items (coach side): open first, soonest due first. */
  actionItems: Array<ActionItem>;
  article: Article;
  /** The categories in use, for the editor to suggest. */
  articleCategories: Array<Scalars['String']['output']>;
  /** Markdown as the public page will show it (safe HTML): the editor previews with it. */
  articlePreview: Scalars['String']['output'];
  /** The practice's articles, newest date first. */
  articles: Array<Article>;
  /** The action names the audit log records, which its filter accepts. */
  auditActions: Array<Scalars['String']['output']>;
  /** Sign-ins, failed sign-ins, invitations, role changes, departures and removals, newest first, a page at a time. */
  auditEvents: AuditEventPage;
  /** Stripe events Ascend could not place or process, newest first. */
  billingAlerts: Array<BillingAlert>;
  /** Whether you have a private calendar feed of your masterclasses. */
  calendarFeed: CalendarFeed;
  /** One client: their coach, an owner or admin, or the client themself. */
  client: Client;
  /** A client's check-ins, newest week first. */
  clientCheckIns: CheckInPage;
  /** The client detail page's header and progress and energy over time. */
  clientDetail: ClientDetail;
  /** A client's five steps: owners and admins see every client, a coach their own. */
  clientMethod: ClientMethod;
  /** The roster the caller may see (a COACH: their own clients), a page at a time (at most 100). */
  clients: ClientPage;
  /** Every client the caller coaches (a coach: their own; owners and admins: all), one row each, in a fixed number of statements. */
  coachDashboard: Array<DashboardClient>;
  /** The demo sign-ins when this server runs with demo data in development; empty otherwise. */
  demoAccounts: Array<DemoAccountModel>;
  /** Public. Whether a mailed link still works, checked without spending it (the page says so before anything is typed). */
  emailLinkValid: Scalars['Boolean']['output'];
  /** The roster the caller may see, filtered, as CSV with the import's columns. */
  exportClientsCsv: Scalars['String']['output'];
  /** Your recent check-ins with impact written down that is not logged yet. */
  impactSuggestions: Array<ImpactSuggestion>;
  /** A one-page summary of your impact in a period of at most two years, for a manager outside your field. */
  impactSummary: ImpactSummary;
  /** What an invitation link offers, or null when it is invalid, used, revoked or expired. */
  invitationPreview: Maybe<InvitationPreview>;
  /** Invitations of the practice, newest first. */
  invitations: Array<Invitation>;
  masterclass: Masterclass;
  /** Markdown as the public page will show it (safe HTML): the editor previews with it. */
  masterclassDescriptionPreview: Scalars['String']['output'];
  /** Registered, waitlisted, attended and became clients, for masterclasses starting in [from, to). */
  masterclassFunnel: FunnelReport;
  /** A masterclass’s registrations in arrival order, a page at a time (at most 500). */
  masterclassRegistrations: RegistrationPage;
  /** Every registration of the masterclass as CSV (UTC times, formulas neutralised). */
  masterclassRegistrationsCsv: Scalars['String']['output'];
  /** The practice's masterclasses: upcoming soonest first, past and all latest first. */
  masterclasses: Array<Masterclass>;
  /** What the practice's signed-in members may watch: its public and members-only videos. */
  memberVideos: Array<Video>;
  /** The signed-in client's action items, theirs and their coach's. */
  myActionItems: Array<ActionItem>;
  /** Your check-ins with your coach’s replies, newest week first. */
  myCheckIns: CheckInPage;
  /** The client portal home: method progress, goal, this week, streak and the latest reply. */
  myCoaching: MyCoaching;
  /** Your impact entries, newest first, optionally within a period (YYYY-MM-DD, both ends included). */
  myImpactEntries: Array<ImpactEntry>;
  /** The signed-in person's own registrations in this practice, latest first. */
  myMasterclassRegistrations: Array<MyRegistration>;
  /** Your records of all five steps. */
  myMethod: ClientMethod;
  /** What the confirm page shows before its button is pressed; reading it confirms nothing. */
  newsletterConfirmation: NewsletterConfirmation;
  /** One issue; poll it while it is sending for live progress. */
  newsletterIssue: NewsletterIssue;
  /** The whole email HTML as a subscriber sees it, with a sample unsubscribe link. */
  newsletterIssuePreview: Scalars['String']['output'];
  /** The practice's newsletter issues, newest first. */
  newsletterIssues: Array<NewsletterIssue>;
  /** Whether and on which day the weekly insights issue is drafted. */
  newsletterSettings: NewsletterSettings;
  /** The consent wording the signup form shows beside its checkbox; a signup records exactly these words. */
  newsletterSignupWording: Scalars['String']['output'];
  /** The practice's coaching packages, active ones first. */
  offerings: Array<Offering>;
  /** Operators' acts (suspensions, reactivations), newest first. */
  operatorAudit: Array<OperatorAuditEvent>;
  /** Every practice, oldest first, with its plan, subscription, revenue and usage. */
  operatorPractices: Array<OperatorPractice>;
  /** Revenue and practices now, churn over the last `days`, and the last 12 months of MRR. */
  operatorTotals: OperatorTotals;
  /** Ascend's plans, Starter (free) first. */
  plans: Array<Plan>;
  /** A practice's public page, or null when no practice has that address. */
  practice: Maybe<PracticeProfile>;
  practiceBilling: PracticeBilling;
  practiceStanding: PracticeStanding;
  /** Reads a CSV (name, email, status, tags, coach email) and says what is wrong with each row; writes nothing. */
  previewClientImport: Array<ClientImportRow>;
  /** What importing a CSV export would do; nothing is written. */
  previewSubscriberImport: SubscriberImportPreview;
  /** One public article; null for a draft, a future or an unknown one. */
  publicArticle: Maybe<PublicArticle>;
  /** The categories of the practice’s public articles, by name. */
  publicArticleCategories: Array<ArticleCategory>;
  /** A practice's public articles, newest first; unknown practice: NOT_FOUND on practiceSlug. */
  publicArticles: PublicArticlePage;
  /** One masterclass of a practice as anyone may see it; null when there is none (drafts included). */
  publicMasterclass: Maybe<PublicMasterclass>;
  /** A practice's published masterclasses that have not ended, soonest first. */
  publicMasterclasses: Array<PublicMasterclass>;
  /** One package on sale; null when there is none or it is not on sale. */
  publicOffering: Maybe<PublicOffering>;
  /** A practice's packages on sale, cheapest first. */
  publicOfferings: Array<PublicOffering>;
  /** A practice's public videos, newest first; unknown practice: NOT_FOUND on practiceSlug. */
  publicVideos: Array<Video>;
  /** Purchases, newest first, with totals per currency. */
  purchases: PurchaseList;
  /** The registration a signed link from its mails names. */
  registrationByLink: MyRegistration;
  /** The practice's own Stripe account for its sales, and whether it can sell. */
  salesAccount: SalesAccount;
  /** A client's session notes, newest session first. */
  sessionNotes: Array<SessionNote>;
  subscriberImport: SubscriberImport;
  /** Subscribers, newest first, a page at a time (at most 200), with the counts by status. */
  subscribers: SubscriberPage;
  /** The list as CSV (email, name, status, consent_at, consent_source, created_at; UTC times, formulas neutralised). */
  subscribersCsv: Scalars['String']['output'];
  /** Everyone in the practice, owners first. */
  team: Array<TeamMember>;
  /** Every video of the practice, newest first. */
  videos: Array<Video>;
  /** The signed-in person and the practices they belong to. */
  viewer: Viewer;
};


export type QueryActionItemsArgs = {
  clientId: Scalars['ID']['input'];
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlePreviewArgs = {
  markdown: Scalars['String']['input'];
};


export type QueryArticlesArgs = {
  filter?: InputMaybe<ArticleFilter>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBillingAlertsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientCheckInsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clientId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryClientDetailArgs = {
  clientId: Scalars['ID']['input'];
};


export type QueryClientMethodArgs = {
  clientId: Scalars['ID']['input'];
};


export type QueryClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ClientSort>;
};


export type QueryCoachDashboardArgs = {
  sort?: DashboardSort;
  statuses?: Array<ClientStatus>;
};


export type QueryEmailLinkValidArgs = {
  purpose: EmailLinkPurpose;
  token: Scalars['String']['input'];
};


export type QueryExportClientsCsvArgs = {
  filter?: InputMaybe<ClientFilter>;
};


export type QueryImpactSummaryArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryInvitationPreviewArgs = {
  practiceId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
};


export type QueryMasterclassArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMasterclassDescriptionPreviewArgs = {
  markdown: Scalars['String']['input'];
};


export type QueryMasterclassFunnelArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryMasterclassRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegistrationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  masterclassId: Scalars['ID']['input'];
};


export type QueryMasterclassRegistrationsCsvArgs = {
  masterclassId: Scalars['ID']['input'];
};


export type QueryMasterclassesArgs = {
  when?: MasterclassPeriod;
};


export type QueryMyCheckInsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMyImpactEntriesArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNewsletterConfirmationArgs = {
  token: Scalars['String']['input'];
};


export type QueryNewsletterIssueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNewsletterIssuePreviewArgs = {
  body: Scalars['String']['input'];
  preheader?: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};


export type QueryNewsletterSignupWordingArgs = {
  practiceSlug: Scalars['String']['input'];
};


export type QueryOperatorAuditArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOperatorTotalsArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPracticeArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPreviewClientImportArgs = {
  csv: Scalars['String']['input'];
};


export type QueryPreviewSubscriberImportArgs = {
  csv: Scalars['String']['input'];
  fileName?: Scalars['String']['input'];
};


export type QueryPublicArticleArgs = {
  practiceSlug: Scalars['String']['input'];
  slug: Scalars['String']['input'];
};


export type QueryPublicArticleCategoriesArgs = {
  practiceSlug: Scalars['String']['input'];
};


export type QueryPublicArticlesArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  practiceSlug: Scalars['String']['input'];
  tag?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPublicMasterclassArgs = {
  practiceSlug: Scalars['String']['input'];
  slug: Scalars['String']['input'];
};


export type QueryPublicMasterclassesArgs = {
  practiceSlug: Scalars['String']['input'];
};


export type QueryPublicOfferingArgs = {
  offeringSlug: Scalars['String']['input'];
  practiceSlug: Scalars['String']['input'];
};


export type QueryPublicOfferingsArgs = {
  practiceSlug: Scalars['String']['input'];
};


export type QueryPublicVideosArgs = {
  practiceSlug: Scalars['String']['input'];
};


export type QueryPurchasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryRegistrationByLinkArgs = {
  token: Scalars['String']['input'];
};


export type QuerySessionNotesArgs = {
  clientId: Scalars['ID']['input'];
};


export type QuerySubscriberImportArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubscribersArgs = {
  filter?: InputMaybe<SubscriberFilter>;
};


export type QuerySubscribersCsvArgs = {
  status?: InputMaybe<SubscriberStatus>;
};

/** A registration from the public page: no account needed. */
export type RegisterForMasterclassInput = {
  /** That they agree to be contacted about this masterclass, as the form says. */
  consent: Scalars['Boolean']['input'];
  email: Scalars['String']['input'];
  masterclassSlug: Scalars['String']['input'];
  name: Scalars['String']['input'];
  origin?: InputMaybe<RegistrationOriginInput>;
  practiceSlug: Scalars['String']['input'];
  /** A question for the host. */
  question?: Scalars['String']['input'];
  /** Leave empty: a field people never see, which only robots fill. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A registrant invited to become a client. */
export type RegistrantInvitation = {
  __typename?: 'RegistrantInvitation';
  /** Their client profile on the roster. */
  clientId: Scalars['ID']['output'];
  email: Scalars['String']['output'];
};

/** A registration as the practice's team sees it. */
export type Registration = {
  __typename?: 'Registration';
  attendance: Maybe<Attendance>;
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** Their client profile, once they are on the roster. */
  clientId: Maybe<Scalars['ID']['output']>;
  email: Scalars['String']['output'];
  /** When a seat held for payment is released. */
  holdExpiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** When the team invited them to become a client. */
  invitedAsClientAt: Maybe<Scalars['DateTime']['output']>;
  masterclassId: Scalars['ID']['output'];
  masterclassTitle: Scalars['String']['output'];
  name: Scalars['String']['output'];
  origin: RegistrationOrigin;
  /** Their question for the host, if any. */
  question: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  status: RegistrationStatus;
  /** Their place on the waitlist, 1 being next; null unless waitlisted. */
  waitlistPosition: Maybe<Scalars['Int']['output']>;
};

/** Which registrations of a masterclass to list. */
export type RegistrationFilter = {
  /** Part of a name or address. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<RegistrationStatus>>;
};

/** Where a registration came from, as its link told. */
export type RegistrationOrigin = {
  __typename?: 'RegistrationOrigin';
  newsletterIssue: Maybe<Scalars['String']['output']>;
  source: RegistrationSource;
  utmCampaign: Maybe<Scalars['String']['output']>;
  utmMedium: Maybe<Scalars['String']['output']>;
  utmSource: Maybe<Scalars['String']['output']>;
};

/** Where the registrant came from, read from the link they followed. */
export type RegistrationOriginInput = {
  /** The newsletter issue whose link they followed. */
  newsletterIssue?: InputMaybe<Scalars['String']['input']>;
  utmCampaign?: InputMaybe<Scalars['String']['input']>;
  utmMedium?: InputMaybe<Scalars['String']['input']>;
  utmSource?: InputMaybe<Scalars['String']['input']>;
};

/** A page of registrations, in arrival order. */
export type RegistrationPage = {
  __typename?: 'RegistrationPage';
  /** Pass as `after` for the next page; null on the last. */
  nextCursor: Maybe<Scalars['String']['output']>;
  registrations: Array<Registration>;
  /** How many match, across all pages. */
  total: Scalars['Int']['output'];
};

/** The answer to a registration from the public page. */
export type RegistrationReceipt = {
  __typename?: 'RegistrationReceipt';
  /** The address was registered already: nothing changed, and its details were emailed again. */
  alreadyRegistered: Scalars['Boolean']['output'];
  /** The new registration; null when the address was registered already. */
  registration: Maybe<MyRegistration>;
};

/** Where a registration came from: a direct link, a newsletter issue, the client portal, or added by the team. */
export type RegistrationSource =
  | 'COACH'
  | 'DIRECT'
  | 'NEWSLETTER'
  | 'PORTAL';

/** A seat (confirmed, or held while its registrant pays), a place on the waitlist, or cancelled. */
export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'PENDING_PAYMENT'
  | 'WAITLISTED';

export type ResetPasswordInput = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** What a person may do in one practice. */
export type Role =
  | 'ADMIN'
  | 'CLIENT'
  | 'COACH'
  | 'OWNER';

export type SalesAccount = {
  __typename?: 'SalesAccount';
  /** False when the server has no Stripe keys. */
  billingConfigured: Scalars['Boolean']['output'];
  /** Stripe lets the account take payments (onboarding finished). */
  chargesEnabled: Scalars['Boolean']['output'];
  /** A Stripe account is connected (onboarding may be unfinished). */
  connected: Scalars['Boolean']['output'];
  /** Whether the practice's plan includes paid offerings. */
  paidOfferingsAllowed: Scalars['Boolean']['output'];
};

/** Totals per currency over the listed period. */
export type SalesTotal = {
  __typename?: 'SalesTotal';
  currency: Scalars['String']['output'];
  netCents: Scalars['Int']['output'];
  paidCents: Scalars['Int']['output'];
  purchases: Scalars['Int']['output'];
  refundedCents: Scalars['Int']['output'];
};

/** A signed-in session: a short-lived access token; the refresh token travels in an HttpOnly cookie. */
export type Session = {
  __typename?: 'Session';
  /** Send as "Authorization: Bearer <token>". */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  viewer: Viewer;
};

/** A coach's private note of a session: never shown to the client. */
export type SessionNote = {
  __typename?: 'SessionNote';
  /** Who wrote it; null once their account is gone. */
  authorName: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  clientId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The day of the session (YYYY-MM-DD). */
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type SetFutureSelfInput = {
  statement: Scalars['String']['input'];
};

export type SetGoalInput = {
  milestones?: Array<MilestoneInput>;
  statement: Scalars['String']['input'];
  successMeasure?: Scalars['String']['input'];
  /** YYYY-MM-DD: not in the past, at most 12 months after the goal was set. */
  targetDate: Scalars['String']['input'];
  whyItMatters?: Scalars['String']['input'];
};

export type SetUpAccountabilityInput = {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  checkInDay: Scalars['Int']['input'];
  timeZone: Scalars['String']['input'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** At least 10 characters, not a common password. */
  password: Scalars['String']['input'];
  practiceName: Scalars['String']['input'];
  /** The practice address: 3-63 lower-case letters, digits and single hyphens. */
  practiceSlug: Scalars['String']['input'];
  /** IANA time zone, e.g. Europe/London. */
  timeZone: Scalars['String']['input'];
};

/** A link to the practice elsewhere (LinkedIn, YouTube, a podcast). */
export type SocialLink = {
  __typename?: 'SocialLink';
  label: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type SocialLinkInput = {
  /** What the visitor reads, e.g. LinkedIn. */
  label: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A practice of their own for a signed-in person, with the same rules as at sign-up. */
export type StartPracticeInput = {
  practiceName: Scalars['String']['input'];
  /** The practice address: 3-63 lower-case letters, digits and single hyphens. */
  practiceSlug: Scalars['String']['input'];
  /** IANA time zone, e.g. Europe/London. */
  timeZone: Scalars['String']['input'];
};

/** A Stripe-hosted page to send the person to (Checkout, the Customer Portal, Connect onboarding). */
export type StripeLink = {
  __typename?: 'StripeLink';
  url: Scalars['String']['output'];
};

export type SubmitCheckInInput = {
  declinedOrDelegated?: Scalars['String']['input'];
  defaultedToDoing?: Scalars['String']['input'];
  /** Energy, 1-5. */
  energy: Scalars['Int']['input'];
  impactMadeLegible?: Scalars['String']['input'];
  nextCommitments?: Scalars['String']['input'];
  /** Progress toward your goal, 0-10. */
  progress: Scalars['Int']['input'];
  strategicWork?: Scalars['String']['input'];
  /** The week's Monday (YYYY-MM-DD); default: the current week in your time zone. */
  weekStart?: InputMaybe<Scalars['String']['input']>;
  wins?: Scalars['String']['input'];
};

/** The signup form: no account needed; a confirmation mail follows (double opt-in). */
export type SubscribeInput = {
  /** That they agree to the wording the form shows (newsletterSignupWording). */
  consent: Scalars['Boolean']['input'];
  email: Scalars['String']['input'];
  name?: Scalars['String']['input'];
  practiceSlug: Scalars['String']['input'];
  /** The path of the page the form was on. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Leave empty: a field people never see, which only robots fill. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The same answer to every signup, whether or not the address was known. */
export type SubscribeReceipt = {
  __typename?: 'SubscribeReceipt';
  message: Scalars['String']['output'];
};

/** A newsletter subscriber with the record of their consent, as the practice's team sees them. */
export type Subscriber = {
  __typename?: 'Subscriber';
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  consentAt: Maybe<Scalars['DateTime']['output']>;
  consentIp: Maybe<Scalars['String']['output']>;
  /** The page or file the consent came through. */
  consentSource: Maybe<Scalars['String']['output']>;
  /** The exact wording they agreed to. */
  consentText: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** How they came: SIGNUP_FORM, IMPORT, MASTERCLASS or TEAM. */
  source: Scalars['String']['output'];
  status: SubscriberStatus;
  unsubscribedAt: Maybe<Scalars['DateTime']['output']>;
};

/** How many subscribers the practice has in each status. */
export type SubscriberCounts = {
  __typename?: 'SubscriberCounts';
  bounced: Scalars['Int']['output'];
  complained: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  subscribed: Scalars['Int']['output'];
  unsubscribed: Scalars['Int']['output'];
};

export type SubscriberFilter = {
  /** At most 200. */
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  /** Part of the address or the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SubscriberStatus>;
};

/** An import running as a job: poll it for progress. */
export type SubscriberImport = {
  __typename?: 'SubscriberImport';
  created: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The failed rows' reasons by line (at most 200). */
  errors: Array<Scalars['String']['output']>;
  failed: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  processed: Scalars['Int']['output'];
  skipped: Scalars['Int']['output'];
  /** QUEUED, RUNNING, DONE or FAILED. */
  status: Scalars['String']['output'];
  total: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** What importing a file would do; nothing is written. */
export type SubscriberImportPreview = {
  __typename?: 'SubscriberImportPreview';
  errors: Scalars['Int']['output'];
  /** The first 50 rows and every error row (at most 200). */
  rows: Array<SubscriberImportRow>;
  total: Scalars['Int']['output'];
  willSkip: Scalars['Int']['output'];
  willSubscribe: Scalars['Int']['output'];
};

/** One row of an import file and what importing it does. */
export type SubscriberImportRow = {
  __typename?: 'SubscriberImportRow';
  /** The consent date the export recorded. */
  consentAt: Maybe<Scalars['DateTime']['output']>;
  email: Scalars['String']['output'];
  /** The line of the file (the header is line 1). */
  line: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** SUBSCRIBE, KEEP_STATUS (left or bounced, or already on the list), SKIP (no recorded consent) or ERROR. */
  outcome: Scalars['String']['output'];
  /** Why a row is skipped, kept or refused. */
  problems: Array<Scalars['String']['output']>;
  /** The status the address will have; empty when it is not imported. */
  status: Scalars['String']['output'];
};

/** A page of subscribers, newest first. */
export type SubscriberPage = {
  __typename?: 'SubscriberPage';
  /** The whole list by status, whatever the filter. */
  counts: SubscriberCounts;
  subscribers: Array<Subscriber>;
  /** How many match the filter, across all pages. */
  total: Scalars['Int']['output'];
};

/** Waiting for their confirmation, subscribed, left, or never mailed again after a hard bounce or a complaint. */
export type SubscriberStatus =
  | 'BOUNCED'
  | 'COMPLAINED'
  | 'PENDING'
  | 'SUBSCRIBED'
  | 'UNSUBSCRIBED';

export type SubscriptionStatus =
  | 'ACTIVE'
  | 'CANCELED'
  | 'INCOMPLETE'
  | 'INCOMPLETE_EXPIRED'
  | 'NONE'
  | 'PAST_DUE'
  | 'PAUSED'
  | 'TRIALING'
  | 'UNPAID';

/** A person in the practice and their role. */
export type TeamMember = {
  __typename?: 'TeamMember';
  account: Person;
  /** The member's email (their account's). */
  email: Scalars['String']['output'];
  joinedAt: Scalars['DateTime']['output'];
  membershipId: Scalars['ID']['output'];
  /** The member's name (their account's). */
  name: Scalars['String']['output'];
  role: Role;
  userId: Scalars['ID']['output'];
};

/** Only the fields given change; a client may change only the status of their own items. dueOn: null clears it. */
export type UpdateActionItemInput = {
  dueOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status?: InputMaybe<ActionItemStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateArticleInput = {
  /** Markdown. */
  body?: Scalars['String']['input'];
  category?: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  draft?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  promo?: Scalars['Boolean']['input'];
  /** Defaults to now when created, and to the date it has when changed. */
  pubDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to one made from the title (numbered when taken). */
  slug?: InputMaybe<Scalars['String']['input']>;
  tags?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type UpdateAwarenessNoteInput = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  kind: AwarenessNoteKind;
};

export type UpdateClientInput = {
  checkInDay?: InputMaybe<Scalars['Int']['input']>;
  clientId: Scalars['ID']['input'];
  /** The coach: an owner, admin or coach of the practice. */
  coachUserId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD. */
  startedOn?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ClientStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** An IANA time zone such as Europe/London. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** New wording for the active goal; its twelve months still count from the day it was set. */
export type UpdateGoalInput = {
  milestones?: Array<MilestoneInput>;
  statement: Scalars['String']['input'];
  successMeasure?: Scalars['String']['input'];
  /** YYYY-MM-DD: not in the past, at most 12 months after the goal was set. */
  targetDate: Scalars['String']['input'];
  whyItMatters?: Scalars['String']['input'];
};

export type UpdateImpactEntryInput = {
  beneficiary?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** YYYY-MM-DD, not in the future. */
  occurredOn: Scalars['String']['input'];
  outcome: Scalars['String']['input'];
  outcomeKind: ImpactOutcomeKind;
  significance: Scalars['Int']['input'];
  whatIDid: Scalars['String']['input'];
};

export type UpdateMasterclassInput = {
  capacity: Scalars['Int']['input'];
  /** Markdown. */
  description?: Scalars['String']['input'];
  durationMinutes: Scalars['Int']['input'];
  /** Defaults to the person creating it. */
  hostUserId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  joinUrl?: Scalars['String']['input'];
  price?: InputMaybe<PriceInput>;
  /** Defaults to the start. */
  registrationDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  replayUrl?: Scalars['String']['input'];
  /** Defaults to one made from the title. */
  slug?: InputMaybe<Scalars['String']['input']>;
  startsAt: Scalars['DateTime']['input'];
  /** The IANA zone it is presented in, e.g. Europe/London. */
  timeZone: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type UpdateNewsletterIssueInput = {
  /** Markdown. */
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  preheader: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};

export type UpdateOfferingInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  coachUserId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  months?: InputMaybe<Scalars['Int']['input']>;
  priceCents?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. */
export type UpdateSessionNoteInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  heldOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type UpdateVideoInput = {
  description?: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  /** Any YouTube or Vimeo link to the video. */
  url: Scalars['String']['input'];
  visibility?: VideoVisibility;
};

/** One counted limit: how much the practice uses of what its plan allows. */
export type UsageFigure = {
  __typename?: 'UsageFigure';
  allowed: Scalars['Int']['output'];
  /** What is counted, for people: "Coaches (pending invitations included)". */
  label: Scalars['String']['output'];
  /** coaches, activeClients, subscribers or emailsPerMonth */
  limit: Scalars['String']['output'];
  used: Scalars['Int']['output'];
};

/** A video at YouTube or Vimeo that the practice shows, public or for its members. */
export type Video = {
  __typename?: 'Video';
  description: Scalars['String']['output'];
  /** The privacy-enhanced player, to load only when the viewer asks for it. */
  embedUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  provider: VideoProvider;
  providerVideoId: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  title: Scalars['String']['output'];
  /** The provider's watch page. */
  url: Scalars['String']['output'];
  visibility: VideoVisibility;
};

export type VideoInput = {
  description?: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** Any YouTube or Vimeo link to the video. */
  url: Scalars['String']['input'];
  visibility?: VideoVisibility;
};

/** The providers whose players may be embedded. */
export type VideoProvider =
  | 'VIMEO'
  | 'YOUTUBE';

/** Anyone on the public site, or only the practice's signed-in members. */
export type VideoVisibility =
  | 'MEMBERS'
  | 'PUBLIC';

export type Viewer = {
  __typename?: 'Viewer';
  account: Account;
  memberships: Array<PracticeMembership>;
};

/** One accountability week; progress and energy are null when the week has no check-in. */
export type WeekProgress = {
  __typename?: 'WeekProgress';
  /** 1-5 */
  energy: Maybe<Scalars['Int']['output']>;
  /** 0-10 */
  progress: Maybe<Scalars['Int']['output']>;
  /** The week's Monday (ISO date) in the client's zone. */
  weekStart: Scalars['String']['output'];
};

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmEmailChangeMutation = { __typename?: 'Mutation', confirmEmailChange: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean, pendingEmail: string | null } };

export type AccountFieldsFragment = { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean, pendingEmail: string | null };

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSettingsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean, pendingEmail: string | null }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } };

export type ChangeMyNameMutationVariables = Exact<{
  input: ChangeNameInput;
}>;


export type ChangeMyNameMutation = { __typename?: 'Mutation', changeMyName: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean, pendingEmail: string | null } };

export type ChangeMyPasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangeMyPasswordMutation = { __typename?: 'Mutation', changeMyPassword: boolean };

export type RequestEmailChangeMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type RequestEmailChangeMutation = { __typename?: 'Mutation', requestEmailChange: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean, pendingEmail: string | null } };

export type CancelEmailChangeMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelEmailChangeMutation = { __typename?: 'Mutation', cancelEmailChange: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean, pendingEmail: string | null } };

export type DeleteMyAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteMyAccountMutation = { __typename?: 'Mutation', deleteMyAccount: boolean };

export type LeavePracticeMutationVariables = Exact<{
  practiceId: Scalars['ID']['input'];
}>;


export type LeavePracticeMutation = { __typename?: 'Mutation', leavePractice: boolean };

export type StartPracticeMutationVariables = Exact<{
  input: StartPracticeInput;
}>;


export type StartPracticeMutation = { __typename?: 'Mutation', startPractice: { __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role } };

export type ActionItemFieldsFragment = { __typename?: 'ActionItem', id: string, clientId: string, title: string, owner: ActionItemOwner, dueOn: string | null, status: ActionItemStatus, createdByName: string | null, completedAt: string | null };

export type MyActionItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyActionItemsQuery = { __typename?: 'Query', myActionItems: Array<{ __typename?: 'ActionItem', id: string, clientId: string, title: string, owner: ActionItemOwner, dueOn: string | null, status: ActionItemStatus, createdByName: string | null, completedAt: string | null }> };

export type ClientActionItemsQueryVariables = Exact<{
  clientId: Scalars['ID']['input'];
}>;


export type ClientActionItemsQuery = { __typename?: 'Query', actionItems: Array<{ __typename?: 'ActionItem', id: string, clientId: string, title: string, owner: ActionItemOwner, dueOn: string | null, status: ActionItemStatus, createdByName: string | null, completedAt: string | null }> };

export type AddActionItemMutationVariables = Exact<{
  input: AddActionItemInput;
}>;


export type AddActionItemMutation = { __typename?: 'Mutation', addActionItem: { __typename?: 'ActionItem', id: string, clientId: string, title: string, owner: ActionItemOwner, dueOn: string | null, status: ActionItemStatus, createdByName: string | null, completedAt: string | null } };

export type UpdateActionItemMutationVariables = Exact<{
  input: UpdateActionItemInput;
}>;


export type UpdateActionItemMutation = { __typename?: 'Mutation', updateActionItem: { __typename?: 'ActionItem', id: string, clientId: string, title: string, owner: ActionItemOwner, dueOn: string | null, status: ActionItemStatus, createdByName: string | null, completedAt: string | null } };

export type AuditEventsQueryVariables = Exact<{
  filter?: InputMaybe<AuditEventFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventPage', nextCursor: string | null, events: Array<{ __typename?: 'AuditEvent', id: string, action: string, actorEmail: string | null, targetEmail: string | null, actorDeleted: boolean, targetDeleted: boolean, fromRole: Role | null, toRole: Role | null, ip: string | null, createdAt: string }> } };

export type AuditActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActionsQuery = { __typename?: 'Query', auditActions: Array<string> };

export type ConfirmSignUpMutationVariables = Exact<{
  input: ConfirmSignUpInput;
}>;


export type ConfirmSignUpMutation = { __typename?: 'Mutation', confirmSignUp: { __typename?: 'Session', accessToken: string, accessTokenExpiresAt: string, viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } } };

export type DemoAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoAccountsQuery = { __typename?: 'Query', demoAccounts: Array<{ __typename?: 'DemoAccountModel', role: Role, name: string, email: string, password: string }> };

export type EmailLinkValidQueryVariables = Exact<{
  token: Scalars['String']['input'];
  purpose: EmailLinkPurpose;
}>;


export type EmailLinkValidQuery = { __typename?: 'Query', emailLinkValid: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { __typename?: 'Mutation', resendVerificationEmail: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type ViewerFieldsFragment = { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> };

export type SessionFieldsFragment = { __typename?: 'Session', accessToken: string, accessTokenExpiresAt: string, viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'Session', accessToken: string, accessTokenExpiresAt: string, viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'Session', accessToken: string, accessTokenExpiresAt: string, viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type VerifyEmailMutation = { __typename?: 'Mutation', verifyEmail: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean } };

export type PlanFieldsFragment = { __typename?: 'Plan', id: PlanId, name: string, summary: string, monthlyPriceCents: number, currency: string, limits: { __typename?: 'PlanLimits', coaches: number, activeClients: number, subscribers: number, emailsPerMonth: number, paidOfferings: boolean } };

export type PracticeBillingFieldsFragment = { __typename?: 'PracticeBilling', configured: boolean, missingVariables: Array<string>, limitsEnforced: boolean, subscribedPlan: PlanId | null, status: SubscriptionStatus, trialEndsAt: string | null, renewsAt: string | null, cancelsAt: string | null, graceEndsAt: string | null, readOnly: boolean, plan: { __typename?: 'Plan', id: PlanId, name: string, summary: string, monthlyPriceCents: number, currency: string, limits: { __typename?: 'PlanLimits', coaches: number, activeClients: number, subscribers: number, emailsPerMonth: number, paidOfferings: boolean } }, usage: Array<{ __typename?: 'UsageFigure', limit: string, label: string, used: number, allowed: number }>, invoices: Array<{ __typename?: 'BillingInvoice', id: string, number: string | null, status: string, amountDueCents: number, amountPaidCents: number, currency: string, hostedInvoiceUrl: string | null, invoicePdfUrl: string | null, periodStart: string | null, periodEnd: string | null, createdAt: string }> };

export type PlansQueryVariables = Exact<{ [key: string]: never; }>;


export type PlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: PlanId, name: string, summary: string, monthlyPriceCents: number, currency: string, limits: { __typename?: 'PlanLimits', coaches: number, activeClients: number, subscribers: number, emailsPerMonth: number, paidOfferings: boolean } }> };

export type PracticeBillingQueryVariables = Exact<{ [key: string]: never; }>;


export type PracticeBillingQuery = { __typename?: 'Query', practiceBilling: { __typename?: 'PracticeBilling', configured: boolean, missingVariables: Array<string>, limitsEnforced: boolean, subscribedPlan: PlanId | null, status: SubscriptionStatus, trialEndsAt: string | null, renewsAt: string | null, cancelsAt: string | null, graceEndsAt: string | null, readOnly: boolean, plan: { __typename?: 'Plan', id: PlanId, name: string, summary: string, monthlyPriceCents: number, currency: string, limits: { __typename?: 'PlanLimits', coaches: number, activeClients: number, subscribers: number, emailsPerMonth: number, paidOfferings: boolean } }, usage: Array<{ __typename?: 'UsageFigure', limit: string, label: string, used: number, allowed: number }>, invoices: Array<{ __typename?: 'BillingInvoice', id: string, number: string | null, status: string, amountDueCents: number, amountPaidCents: number, currency: string, hostedInvoiceUrl: string | null, invoicePdfUrl: string | null, periodStart: string | null, periodEnd: string | null, createdAt: string }> } };

export type StartPlanCheckoutMutationVariables = Exact<{
  plan: PlanId;
}>;


export type StartPlanCheckoutMutation = { __typename?: 'Mutation', startPlanCheckout: { __typename?: 'StripeLink', url: string } };

export type OpenBillingPortalMutationVariables = Exact<{ [key: string]: never; }>;


export type OpenBillingPortalMutation = { __typename?: 'Mutation', openBillingPortal: { __typename?: 'StripeLink', url: string } };

export type ChangePlanMutationVariables = Exact<{
  plan: PlanId;
}>;


export type ChangePlanMutation = { __typename?: 'Mutation', changePlan: { __typename?: 'PracticeBilling', configured: boolean, missingVariables: Array<string>, limitsEnforced: boolean, subscribedPlan: PlanId | null, status: SubscriptionStatus, trialEndsAt: string | null, renewsAt: string | null, cancelsAt: string | null, graceEndsAt: string | null, readOnly: boolean, plan: { __typename?: 'Plan', id: PlanId, name: string, summary: string, monthlyPriceCents: number, currency: string, limits: { __typename?: 'PlanLimits', coaches: number, activeClients: number, subscribers: number, emailsPerMonth: number, paidOfferings: boolean } }, usage: Array<{ __typename?: 'UsageFigure', limit: string, label: string, used: number, allowed: number }>, invoices: Array<{ __typename?: 'BillingInvoice', id: string, number: string | null, status: string, amountDueCents: number, amountPaidCents: number, currency: string, hostedInvoiceUrl: string | null, invoicePdfUrl: string | null, periodStart: string | null, periodEnd: string | null, createdAt: string }> } };

export type PracticeStandingQueryVariables = Exact<{ [key: string]: never; }>;


export type PracticeStandingQuery = { __typename?: 'Query', practiceStanding: { __typename?: 'PracticeStanding', plan: PlanId, status: SubscriptionStatus, trialEndsAt: string | null, graceEndsAt: string | null, readOnly: boolean, suspended: boolean, suspendedReason: string | null } };

export type ClientMasterclassesQueryVariables = Exact<{
  clientId: Scalars['ID']['input'];
}>;


export type ClientMasterclassesQuery = { __typename?: 'Query', client: { __typename?: 'Client', id: string, masterclassRegistrations: Array<{ __typename?: 'Registration', id: string, masterclassId: string, status: RegistrationStatus, attendance: Attendance | null, registeredAt: string, masterclassTitle: string }> } };

export type CoachCheckInFieldsFragment = { __typename?: 'CheckIn', id: string, weekStart: string, progress: number, energy: number, wins: string, defaultedToDoing: string, declinedOrDelegated: string, strategicWork: string, impactMadeLegible: string, nextCommitments: string, late: boolean, submittedAt: string, acknowledgedAt: string | null, coachReply: string | null, repliedAt: string | null, repliedByName: string | null };

export type ClientCheckInsQueryVariables = Exact<{
  clientId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientCheckInsQuery = { __typename?: 'Query', clientCheckIns: { __typename?: 'CheckInPage', endCursor: string | null, hasNextPage: boolean, nodes: Array<{ __typename?: 'CheckIn', id: string, weekStart: string, progress: number, energy: number, wins: string, defaultedToDoing: string, declinedOrDelegated: string, strategicWork: string, impactMadeLegible: string, nextCommitments: string, late: boolean, submittedAt: string, acknowledgedAt: string | null, coachReply: string | null, repliedAt: string | null, repliedByName: string | null }> } };

export type AcknowledgeCheckInMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeCheckInMutation = { __typename?: 'Mutation', acknowledgeCheckIn: { __typename?: 'CheckIn', id: string, weekStart: string, progress: number, energy: number, wins: string, defaultedToDoing: string, declinedOrDelegated: string, strategicWork: string, impactMadeLegible: string, nextCommitments: string, late: boolean, submittedAt: string, acknowledgedAt: string | null, coachReply: string | null, repliedAt: string | null, repliedByName: string | null } };

export type ReplyToCheckInMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reply: Scalars['String']['input'];
}>;


export type ReplyToCheckInMutation = { __typename?: 'Mutation', replyToCheckIn: { __typename?: 'CheckIn', id: string, weekStart: string, progress: number, energy: number, wins: string, defaultedToDoing: string, declinedOrDelegated: string, strategicWork: string, impactMadeLegible: string, nextCommitments: string, late: boolean, submittedAt: string, acknowledgedAt: string | null, coachReply: string | null, repliedAt: string | null, repliedByName: string | null } };

export type ClientDetailQueryVariables = Exact<{
  clientId: Scalars['ID']['input'];
}>;


export type ClientDetailQuery = { __typename?: 'Query', clientDetail: { __typename?: 'ClientDetail', clientId: string, name: string, email: string, status: ClientStatus, timeZone: string, methodStep: MethodStep, stepsDone: number, streakWeeks: number, flags: Array<ClientFlag>, goal: { __typename?: 'GoalAtAGlance', statement: string, targetDate: string } | null, progressSeries: Array<{ __typename?: 'WeekProgress', weekStart: string, progress: number | null, energy: number | null }> } };

export type SessionNoteFieldsFragment = { __typename?: 'SessionNote', id: string, heldOn: string, body: string, authorName: string | null, updatedAt: string };

export type SessionNotesQueryVariables = Exact<{
  clientId: Scalars['ID']['input'];
}>;


export type SessionNotesQuery = { __typename?: 'Query', sessionNotes: Array<{ __typename?: 'SessionNote', id: string, heldOn: string, body: string, authorName: string | null, updatedAt: string }> };

export type AddSessionNoteMutationVariables = Exact<{
  input: AddSessionNoteInput;
}>;


export type AddSessionNoteMutation = { __typename?: 'Mutation', addSessionNote: { __typename?: 'SessionNote', id: string, heldOn: string, body: string, authorName: string | null, updatedAt: string } };

export type UpdateSessionNoteMutationVariables = Exact<{
  input: UpdateSessionNoteInput;
}>;


export type UpdateSessionNoteMutation = { __typename?: 'Mutation', updateSessionNote: { __typename?: 'SessionNote', id: string, heldOn: string, body: string, authorName: string | null, updatedAt: string } };

export type CoachDashboardQueryVariables = Exact<{
  sort?: InputMaybe<DashboardSort>;
}>;


export type CoachDashboardQuery = { __typename?: 'Query', coachDashboard: Array<{ __typename?: 'DashboardClient', clientId: string, name: string, status: ClientStatus, methodStep: MethodStep, stepsDone: number, streakWeeks: number, flags: Array<ClientFlag>, urgency: number, goal: { __typename?: 'GoalAtAGlance', statement: string, targetDate: string } | null, recentWeeks: Array<{ __typename?: 'WeekProgress', weekStart: string, progress: number | null, energy: number | null }>, lastCheckIn: { __typename?: 'LastCheckIn', id: string, weekStart: string, submittedAt: string, acknowledged: boolean, late: boolean } | null }> };

export type CoachArticlesQueryVariables = Exact<{
  filter?: InputMaybe<ArticleFilter>;
}>;


export type CoachArticlesQuery = { __typename?: 'Query', articles: Array<{ __typename?: 'Article', id: string, slug: string, title: string, pubDate: string, category: string, tags: Array<string>, status: ArticleStatus, publicUrl: string, updatedAt: string }> };

export type CoachArticleFieldsFragment = { __typename?: 'Article', id: string, slug: string, title: string, description: string, body: string, pubDate: string, category: string, tags: Array<string>, draft: boolean, promo: boolean, status: ArticleStatus, publicUrl: string, authorName: string, updatedAt: string };

export type CoachArticleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CoachArticleQuery = { __typename?: 'Query', article: { __typename?: 'Article', id: string, slug: string, title: string, description: string, body: string, pubDate: string, category: string, tags: Array<string>, draft: boolean, promo: boolean, status: ArticleStatus, publicUrl: string, authorName: string, updatedAt: string } };

export type ArticlePreviewQueryVariables = Exact<{
  markdown: Scalars['String']['input'];
}>;


export type ArticlePreviewQuery = { __typename?: 'Query', articlePreview: string };

export type ArticleCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleCategoriesQuery = { __typename?: 'Query', articleCategories: Array<string> };

export type CreateArticleMutationVariables = Exact<{
  input: ArticleInput;
}>;


export type CreateArticleMutation = { __typename?: 'Mutation', createArticle: { __typename?: 'Article', id: string, slug: string, title: string, description: string, body: string, pubDate: string, category: string, tags: Array<string>, draft: boolean, promo: boolean, status: ArticleStatus, publicUrl: string, authorName: string, updatedAt: string } };

export type UpdateArticleMutationVariables = Exact<{
  input: UpdateArticleInput;
}>;


export type UpdateArticleMutation = { __typename?: 'Mutation', updateArticle: { __typename?: 'Article', id: string, slug: string, title: string, description: string, body: string, pubDate: string, category: string, tags: Array<string>, draft: boolean, promo: boolean, status: ArticleStatus, publicUrl: string, authorName: string, updatedAt: string } };

export type DeleteArticleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteArticleMutation = { __typename?: 'Mutation', deleteArticle: boolean };

export type ImportArticlesMutationVariables = Exact<{
  input: ImportArticlesInput;
}>;


export type ImportArticlesMutation = { __typename?: 'Mutation', importArticles: { __typename?: 'ArticleImport', committed: boolean, created: number, updated: number, unchanged: number, failed: number, files: Array<{ __typename?: 'ArticleFileResult', name: string, outcome: ArticleImportOutcome, slug: string | null, title: string | null, articleId: string | null, needsReview: boolean, problems: Array<{ __typename?: 'ArticleFileProblem', field: string, message: string }> }> } };

export type UpdatePracticeProfileMutationVariables = Exact<{
  input: PracticeProfileInput;
}>;


export type UpdatePracticeProfileMutation = { __typename?: 'Mutation', updatePracticeProfile: { __typename?: 'PracticeProfile', id: string, slug: string, name: string, tagline: string, coachName: string, coachBio: string, timeZone: string, photoUrl: string, ctaText: string, ctaUrl: string, socialLinks: Array<{ __typename?: 'SocialLink', label: string, url: string }> } };

export type VideoFieldsFragment = { __typename?: 'Video', id: string, title: string, description: string, provider: VideoProvider, providerVideoId: string, url: string, embedUrl: string, visibility: VideoVisibility, publishedAt: string };

export type CoachVideosQueryVariables = Exact<{ [key: string]: never; }>;


export type CoachVideosQuery = { __typename?: 'Query', videos: Array<{ __typename?: 'Video', id: string, title: string, description: string, provider: VideoProvider, providerVideoId: string, url: string, embedUrl: string, visibility: VideoVisibility, publishedAt: string }> };

export type MemberVideosQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberVideosQuery = { __typename?: 'Query', memberVideos: Array<{ __typename?: 'Video', id: string, title: string, description: string, provider: VideoProvider, providerVideoId: string, url: string, embedUrl: string, visibility: VideoVisibility, publishedAt: string }> };

export type CreateVideoMutationVariables = Exact<{
  input: VideoInput;
}>;


export type CreateVideoMutation = { __typename?: 'Mutation', createVideo: { __typename?: 'Video', id: string, title: string, description: string, provider: VideoProvider, providerVideoId: string, url: string, embedUrl: string, visibility: VideoVisibility, publishedAt: string } };

export type UpdateVideoMutationVariables = Exact<{
  input: UpdateVideoInput;
}>;


export type UpdateVideoMutation = { __typename?: 'Mutation', updateVideo: { __typename?: 'Video', id: string, title: string, description: string, provider: VideoProvider, providerVideoId: string, url: string, embedUrl: string, visibility: VideoVisibility, publishedAt: string } };

export type DeleteVideoMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteVideoMutation = { __typename?: 'Mutation', deleteVideo: boolean };

export type ImpactEntryFieldsFragment = { __typename?: 'ImpactEntry', id: string, whatIDid: string, outcome: string, outcomeKind: ImpactOutcomeKind, beneficiary: string, significance: number, occurredOn: string, checkInId: string | null };

export type ImpactEntriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImpactEntriesQuery = { __typename?: 'Query', myImpactEntries: Array<{ __typename?: 'ImpactEntry', id: string, whatIDid: string, outcome: string, outcomeKind: ImpactOutcomeKind, beneficiary: string, significance: number, occurredOn: string, checkInId: string | null }>, impactSuggestions: Array<{ __typename?: 'ImpactSuggestion', checkInId: string, weekStart: string, impactMadeLegible: string }> };

export type ImpactSummaryQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type ImpactSummaryQuery = { __typename?: 'Query', impactSummary: { __typename?: 'ImpactSummary', from: string, to: string, title: string, period: string, opening: string, entryCount: number, markdown: string, groups: Array<{ __typename?: 'ImpactSummaryGroup', outcomeKind: ImpactOutcomeKind, heading: string, entries: Array<{ __typename?: 'ImpactEntry', id: string, whatIDid: string, outcome: string, outcomeKind: ImpactOutcomeKind, beneficiary: string, significance: number, occurredOn: string, checkInId: string | null }> }> } };

export type AddImpactEntryMutationVariables = Exact<{
  input: AddImpactEntryInput;
}>;


export type AddImpactEntryMutation = { __typename?: 'Mutation', addImpactEntry: { __typename?: 'ImpactEntry', id: string, whatIDid: string, outcome: string, outcomeKind: ImpactOutcomeKind, beneficiary: string, significance: number, occurredOn: string, checkInId: string | null } };

export type UpdateImpactEntryMutationVariables = Exact<{
  input: UpdateImpactEntryInput;
}>;


export type UpdateImpactEntryMutation = { __typename?: 'Mutation', updateImpactEntry: { __typename?: 'ImpactEntry', id: string, whatIDid: string, outcome: string, outcomeKind: ImpactOutcomeKind, beneficiary: string, significance: number, occurredOn: string, checkInId: string | null } };

export type RemoveImpactEntryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveImpactEntryMutation = { __typename?: 'Mutation', removeImpactEntry: boolean };

export type InvitationPreviewQueryVariables = Exact<{
  practiceId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitationPreview: { __typename?: 'InvitationPreview', practiceName: string, email: string, role: Role, accountExists: boolean } | null };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'Session', accessToken: string, accessTokenExpiresAt: string, viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean, isOperator: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } } };

export type ApplyToWorkWithMutationVariables = Exact<{
  input: ApplyToWorkWithInput;
}>;


export type ApplyToWorkWithMutation = { __typename?: 'Mutation', applyToWorkWith: boolean };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { __typename?: 'Query', calendarFeed: { __typename?: 'CalendarFeed', active: boolean, createdAt: string | null } };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { __typename?: 'Mutation', createCalendarFeed: { __typename?: 'CalendarFeedLink', url: string, webcalUrl: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { __typename?: 'Mutation', revokeCalendarFeed: boolean };

export type MyMasterclassRegistrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMasterclassRegistrationsQuery = { __typename?: 'Query', myMasterclassRegistrations: Array<{ __typename?: 'MyRegistration', id: string, name: string, email: string, status: RegistrationStatus, waitlistPosition: number | null, holdExpiresAt: string | null, joinUrl: string | null, replayUrl: string | null, calendarUrl: string, manageToken: string, masterclass: { __typename?: 'PublicMasterclass', id: string, slug: string, practiceSlug: string, practiceName: string, title: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, seatsLeft: number, registrationDeadline: string, registrationOpen: boolean, status: string, hostName: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null } }> };

export type PublicMasterclassFieldsFragment = { __typename?: 'PublicMasterclass', id: string, slug: string, practiceSlug: string, practiceName: string, title: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, seatsLeft: number, registrationDeadline: string, registrationOpen: boolean, status: string, hostName: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null };

export type UpcomingMasterclassesQueryVariables = Exact<{
  practiceSlug: Scalars['String']['input'];
}>;


export type UpcomingMasterclassesQuery = { __typename?: 'Query', publicMasterclasses: Array<{ __typename?: 'PublicMasterclass', id: string, slug: string, practiceSlug: string, practiceName: string, title: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, seatsLeft: number, registrationDeadline: string, registrationOpen: boolean, status: string, hostName: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null }> };

export type PublicMasterclassPageQueryVariables = Exact<{
  practiceSlug: Scalars['String']['input'];
  slug: Scalars['String']['input'];
}>;


export type PublicMasterclassPageQuery = { __typename?: 'Query', publicMasterclass: { __typename?: 'PublicMasterclass', id: string, slug: string, practiceSlug: string, practiceName: string, title: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, seatsLeft: number, registrationDeadline: string, registrationOpen: boolean, status: string, hostName: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null } | null };

export type MyRegistrationFieldsFragment = { __typename?: 'MyRegistration', id: string, name: string, email: string, status: RegistrationStatus, waitlistPosition: number | null, holdExpiresAt: string | null, joinUrl: string | null, replayUrl: string | null, calendarUrl: string, manageToken: string, masterclass: { __typename?: 'PublicMasterclass', id: string, slug: string, practiceSlug: string, practiceName: string, title: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, seatsLeft: number, registrationDeadline: string, registrationOpen: boolean, status: string, hostName: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null } };

export type RegistrationReceiptFieldsFragment = { __typename?: 'MyRegistration', id: string, email: string, status: RegistrationStatus, waitlistPosition: number | null, holdExpiresAt: string | null, calendarUrl: string, manageToken: string, masterclass: { __typename?: 'PublicMasterclass', practiceSlug: string } };

export type RegisterForMasterclassMutationVariables = Exact<{
  input: RegisterForMasterclassInput;
}>;


export type RegisterForMasterclassMutation = { __typename?: 'Mutation', registerForMasterclass: { __typename?: 'RegistrationReceipt', alreadyRegistered: boolean, registration: { __typename?: 'MyRegistration', id: string, email: string, status: RegistrationStatus, waitlistPosition: number | null, holdExpiresAt: string | null, calendarUrl: string, manageToken: string, masterclass: { __typename?: 'PublicMasterclass', practiceSlug: string } } | null } };

export type RegisterMeForMasterclassMutationVariables = Exact<{
  masterclassId: Scalars['ID']['input'];
}>;


export type RegisterMeForMasterclassMutation = { __typename?: 'Mutation', registerMeForMasterclass: { __typename?: 'MyRegistration', id: string, name: string, email: string, status: RegistrationStatus, waitlistPosition: number | null, holdExpiresAt: string | null, joinUrl: string | null, replayUrl: string | null, calendarUrl: string, manageToken: string, masterclass: { __typename?: 'PublicMasterclass', id: string, slug: string, practiceSlug: string, practiceName: string, title: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, seatsLeft: number, registrationDeadline: string, registrationOpen: boolean, status: string, hostName: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null } } };

export type RegistrationByLinkQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type RegistrationByLinkQuery = { __typename?: 'Query', registrationByLink: { __typename?: 'MyRegistration', id: string, name: string, email: string, status: RegistrationStatus, waitlistPosition: number | null, holdExpiresAt: string | null, joinUrl: string | null, replayUrl: string | null, calendarUrl: string, manageToken: string, masterclass: { __typename?: 'PublicMasterclass', id: string, slug: string, practiceSlug: string, practiceName: string, title: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, seatsLeft: number, registrationDeadline: string, registrationOpen: boolean, status: string, hostName: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null } } };

export type CancelRegistrationByLinkMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type CancelRegistrationByLinkMutation = { __typename?: 'Mutation', cancelRegistration: { __typename?: 'MyRegistration', id: string, name: string, email: string, status: RegistrationStatus, waitlistPosition: number | null, holdExpiresAt: string | null, joinUrl: string | null, replayUrl: string | null, calendarUrl: string, manageToken: string, masterclass: { __typename?: 'PublicMasterclass', id: string, slug: string, practiceSlug: string, practiceName: string, title: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, seatsLeft: number, registrationDeadline: string, registrationOpen: boolean, status: string, hostName: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null } } };

export type FunnelFigureFieldsFragment = { __typename?: 'FunnelFigures', registered: number, waitlisted: number, confirmed: number, attended: number, attendanceRate: number | null, becameClients: number };

export type MasterclassFunnelQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type MasterclassFunnelQuery = { __typename?: 'Query', masterclassFunnel: { __typename?: 'FunnelReport', from: string, to: string, totals: { __typename?: 'FunnelFigures', registered: number, waitlisted: number, confirmed: number, attended: number, attendanceRate: number | null, becameClients: number }, masterclasses: Array<{ __typename?: 'MasterclassFunnel', masterclassId: string, title: string, startsAt: string, status: string, figures: { __typename?: 'FunnelFigures', registered: number, waitlisted: number, confirmed: number, attended: number, attendanceRate: number | null, becameClients: number } }>, sources: Array<{ __typename?: 'FunnelSource', source: RegistrationSource, newsletterIssue: string | null, utmSource: string | null, utmCampaign: string | null, registered: number, attended: number, becameClients: number }> } };

export type CoachMasterclassesQueryVariables = Exact<{
  when: MasterclassPeriod;
}>;


export type CoachMasterclassesQuery = { __typename?: 'Query', masterclasses: Array<{ __typename?: 'Masterclass', id: string, title: string, startsAt: string, timeZone: string, status: MasterclassStatus, capacity: number, seatsTaken: number, waitlisted: number, price: { __typename?: 'Price', amountCents: number, currency: string } | null }> };

export type CoachMasterclassFragment = { __typename?: 'Masterclass', id: string, slug: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, capacity: number, registrationDeadline: string, joinUrl: string, replayUrl: string, status: MasterclassStatus, seatsTaken: number, waitlisted: number, publicUrl: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null, host: { __typename?: 'MasterclassHost', userId: string, name: string } | null };

export type CoachMasterclassQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CoachMasterclassQuery = { __typename?: 'Query', masterclass: { __typename?: 'Masterclass', id: string, slug: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, capacity: number, registrationDeadline: string, joinUrl: string, replayUrl: string, status: MasterclassStatus, seatsTaken: number, waitlisted: number, publicUrl: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null, host: { __typename?: 'MasterclassHost', userId: string, name: string } | null } };

export type MasterclassDescriptionPreviewQueryVariables = Exact<{
  markdown: Scalars['String']['input'];
}>;


export type MasterclassDescriptionPreviewQuery = { __typename?: 'Query', masterclassDescriptionPreview: string };

export type CreateMasterclassMutationVariables = Exact<{
  input: MasterclassInput;
}>;


export type CreateMasterclassMutation = { __typename?: 'Mutation', createMasterclass: { __typename?: 'Masterclass', id: string, slug: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, capacity: number, registrationDeadline: string, joinUrl: string, replayUrl: string, status: MasterclassStatus, seatsTaken: number, waitlisted: number, publicUrl: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null, host: { __typename?: 'MasterclassHost', userId: string, name: string } | null } };

export type UpdateMasterclassMutationVariables = Exact<{
  input: UpdateMasterclassInput;
}>;


export type UpdateMasterclassMutation = { __typename?: 'Mutation', updateMasterclass: { __typename?: 'Masterclass', id: string, slug: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, capacity: number, registrationDeadline: string, joinUrl: string, replayUrl: string, status: MasterclassStatus, seatsTaken: number, waitlisted: number, publicUrl: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null, host: { __typename?: 'MasterclassHost', userId: string, name: string } | null } };

export type PublishMasterclassMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishMasterclassMutation = { __typename?: 'Mutation', publishMasterclass: { __typename?: 'Masterclass', id: string, slug: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, capacity: number, registrationDeadline: string, joinUrl: string, replayUrl: string, status: MasterclassStatus, seatsTaken: number, waitlisted: number, publicUrl: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null, host: { __typename?: 'MasterclassHost', userId: string, name: string } | null } };

export type CancelMasterclassMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelMasterclassMutation = { __typename?: 'Mutation', cancelMasterclass: { __typename?: 'Masterclass', id: string, slug: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, capacity: number, registrationDeadline: string, joinUrl: string, replayUrl: string, status: MasterclassStatus, seatsTaken: number, waitlisted: number, publicUrl: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null, host: { __typename?: 'MasterclassHost', userId: string, name: string } | null } };

export type CompleteMasterclassMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteMasterclassMutation = { __typename?: 'Mutation', completeMasterclass: { __typename?: 'Masterclass', id: string, slug: string, title: string, description: string, descriptionHtml: string, startsAt: string, endsAt: string, durationMinutes: number, timeZone: string, capacity: number, registrationDeadline: string, joinUrl: string, replayUrl: string, status: MasterclassStatus, seatsTaken: number, waitlisted: number, publicUrl: string, price: { __typename?: 'Price', amountCents: number, currency: string } | null, host: { __typename?: 'MasterclassHost', userId: string, name: string } | null } };

export type DeleteMasterclassMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMasterclassMutation = { __typename?: 'Mutation', deleteMasterclass: boolean };

export type MasterclassRegistrationsQueryVariables = Exact<{
  masterclassId: Scalars['ID']['input'];
  filter?: InputMaybe<RegistrationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MasterclassRegistrationsQuery = { __typename?: 'Query', masterclassRegistrations: { __typename?: 'RegistrationPage', total: number, nextCursor: string | null, registrations: Array<{ __typename?: 'Registration', id: string, name: string, email: string, status: RegistrationStatus, waitlistPosition: number | null, holdExpiresAt: string | null, attendance: Attendance | null, question: string, registeredAt: string, cancelledAt: string | null, clientId: string | null, invitedAsClientAt: string | null, origin: { __typename?: 'RegistrationOrigin', source: RegistrationSource, newsletterIssue: string | null, utmSource: string | null, utmMedium: string | null, utmCampaign: string | null } }> } };

export type CoachRegistrationFragment = { __typename?: 'Registration', id: string, name: string, email: string, status: RegistrationStatus, waitlistPosition: number | null, holdExpiresAt: string | null, attendance: Attendance | null, question: string, registeredAt: string, cancelledAt: string | null, clientId: string | null, invitedAsClientAt: string | null, origin: { __typename?: 'RegistrationOrigin', source: RegistrationSource, newsletterIssue: string | null, utmSource: string | null, utmMedium: string | null, utmCampaign: string | null } };

export type MasterclassRegistrationsCsvQueryVariables = Exact<{
  masterclassId: Scalars['ID']['input'];
}>;


export type MasterclassRegistrationsCsvQuery = { __typename?: 'Query', masterclassRegistrationsCsv: string };

export type MarkAttendanceMutationVariables = Exact<{
  input: MarkAttendanceInput;
}>;


export type MarkAttendanceMutation = { __typename?: 'Mutation', markAttendance: Array<{ __typename?: 'Registration', id: string, name: string, email: string, status: RegistrationStatus, waitlistPosition: number | null, holdExpiresAt: string | null, attendance: Attendance | null, question: string, registeredAt: string, cancelledAt: string | null, clientId: string | null, invitedAsClientAt: string | null, origin: { __typename?: 'RegistrationOrigin', source: RegistrationSource, newsletterIssue: string | null, utmSource: string | null, utmMedium: string | null, utmCampaign: string | null } }> };

export type InviteRegistrantAsClientMutationVariables = Exact<{
  registrationId: Scalars['ID']['input'];
}>;


export type InviteRegistrantAsClientMutation = { __typename?: 'Mutation', inviteRegistrantAsClient: { __typename?: 'RegistrantInvitation', clientId: string, email: string } };

export type NewsletterConfirmationFieldsFragment = { __typename?: 'NewsletterConfirmation', practiceName: string, practiceSlug: string, email: string, status: SubscriberStatus };

export type NewsletterSignupWordingQueryVariables = Exact<{
  practiceSlug: Scalars['String']['input'];
}>;


export type NewsletterSignupWordingQuery = { __typename?: 'Query', newsletterSignupWording: string };

export type SubscribeToNewsletterMutationVariables = Exact<{
  input: SubscribeInput;
}>;


export type SubscribeToNewsletterMutation = { __typename?: 'Mutation', subscribeToNewsletter: { __typename?: 'SubscribeReceipt', message: string } };

export type NewsletterConfirmationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type NewsletterConfirmationQuery = { __typename?: 'Query', newsletterConfirmation: { __typename?: 'NewsletterConfirmation', practiceName: string, practiceSlug: string, email: string, status: SubscriberStatus } };

export type ConfirmNewsletterSubscriptionMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmNewsletterSubscriptionMutation = { __typename?: 'Mutation', confirmNewsletterSubscription: { __typename?: 'NewsletterConfirmation', practiceName: string, practiceSlug: string, email: string, status: SubscriberStatus } };

export type UnsubscribeFromNewsletterMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type UnsubscribeFromNewsletterMutation = { __typename?: 'Mutation', unsubscribeFromNewsletter: { __typename?: 'NewsletterConfirmation', practiceName: string, practiceSlug: string, email: string, status: SubscriberStatus } };

export type ResubscribeToNewsletterMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ResubscribeToNewsletterMutation = { __typename?: 'Mutation', resubscribeToNewsletter: { __typename?: 'NewsletterConfirmation', practiceName: string, practiceSlug: string, email: string, status: SubscriberStatus } };

export type CoachNewsletterIssueFragment = { __typename?: 'NewsletterIssue', id: string, subject: string, preheader: string, body: string, kind: NewsletterIssueKind, weekOf: string | null, status: NewsletterIssueStatus, scheduledAt: string | null, startedAt: string | null, finishedAt: string | null, recipients: number, sent: number, failed: number, pending: number, bounced: number, complained: number, unsubscribed: number, createdAt: string, updatedAt: string };

export type NewsletterIssuesQueryVariables = Exact<{ [key: string]: never; }>;


export type NewsletterIssuesQuery = { __typename?: 'Query', newsletterIssues: Array<{ __typename?: 'NewsletterIssue', id: string, subject: string, kind: NewsletterIssueKind, weekOf: string | null, status: NewsletterIssueStatus, scheduledAt: string | null, startedAt: string | null, finishedAt: string | null, recipients: number, sent: number, failed: number, bounced: number, unsubscribed: number }> };

export type NewsletterIssueQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NewsletterIssueQuery = { __typename?: 'Query', newsletterIssue: { __typename?: 'NewsletterIssue', id: string, subject: string, preheader: string, body: string, kind: NewsletterIssueKind, weekOf: string | null, status: NewsletterIssueStatus, scheduledAt: string | null, startedAt: string | null, finishedAt: string | null, recipients: number, sent: number, failed: number, pending: number, bounced: number, complained: number, unsubscribed: number, createdAt: string, updatedAt: string } };

export type NewsletterIssuePreviewQueryVariables = Exact<{
  subject: Scalars['String']['input'];
  preheader: Scalars['String']['input'];
  body: Scalars['String']['input'];
}>;


export type NewsletterIssuePreviewQuery = { __typename?: 'Query', newsletterIssuePreview: string };

export type CreateNewsletterIssueMutationVariables = Exact<{
  input: NewsletterIssueInput;
}>;


export type CreateNewsletterIssueMutation = { __typename?: 'Mutation', createNewsletterIssue: { __typename?: 'NewsletterIssue', id: string, subject: string, preheader: string, body: string, kind: NewsletterIssueKind, weekOf: string | null, status: NewsletterIssueStatus, scheduledAt: string | null, startedAt: string | null, finishedAt: string | null, recipients: number, sent: number, failed: number, pending: number, bounced: number, complained: number, unsubscribed: number, createdAt: string, updatedAt: string } };

export type UpdateNewsletterIssueMutationVariables = Exact<{
  input: UpdateNewsletterIssueInput;
}>;


export type UpdateNewsletterIssueMutation = { __typename?: 'Mutation', updateNewsletterIssue: { __typename?: 'NewsletterIssue', id: string, subject: string, preheader: string, body: string, kind: NewsletterIssueKind, weekOf: string | null, status: NewsletterIssueStatus, scheduledAt: string | null, startedAt: string | null, finishedAt: string | null, recipients: number, sent: number, failed: number, pending: number, bounced: number, complained: number, unsubscribed: number, createdAt: string, updatedAt: string } };

export type DeleteNewsletterIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteNewsletterIssueMutation = { __typename?: 'Mutation', deleteNewsletterIssue: boolean };

export type SendNewsletterTestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SendNewsletterTestMutation = { __typename?: 'Mutation', sendNewsletterTest: boolean };

export type ScheduleNewsletterIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  at: Scalars['DateTime']['input'];
}>;


export type ScheduleNewsletterIssueMutation = { __typename?: 'Mutation', scheduleNewsletterIssue: { __typename?: 'NewsletterIssue', id: string, subject: string, preheader: string, body: string, kind: NewsletterIssueKind, weekOf: string | null, status: NewsletterIssueStatus, scheduledAt: string | null, startedAt: string | null, finishedAt: string | null, recipients: number, sent: number, failed: number, pending: number, bounced: number, complained: number, unsubscribed: number, createdAt: string, updatedAt: string } };

export type UnscheduleNewsletterIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnscheduleNewsletterIssueMutation = { __typename?: 'Mutation', unscheduleNewsletterIssue: { __typename?: 'NewsletterIssue', id: string, subject: string, preheader: string, body: string, kind: NewsletterIssueKind, weekOf: string | null, status: NewsletterIssueStatus, scheduledAt: string | null, startedAt: string | null, finishedAt: string | null, recipients: number, sent: number, failed: number, pending: number, bounced: number, complained: number, unsubscribed: number, createdAt: string, updatedAt: string } };

export type SendNewsletterIssueNowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SendNewsletterIssueNowMutation = { __typename?: 'Mutation', sendNewsletterIssueNow: { __typename?: 'NewsletterIssue', id: string, subject: string, preheader: string, body: string, kind: NewsletterIssueKind, weekOf: string | null, status: NewsletterIssueStatus, scheduledAt: string | null, startedAt: string | null, finishedAt: string | null, recipients: number, sent: number, failed: number, pending: number, bounced: number, complained: number, unsubscribed: number, createdAt: string, updatedAt: string } };

export type NewsletterSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NewsletterSettingsQuery = { __typename?: 'Query', newsletterSettings: { __typename?: 'NewsletterSettings', weeklyEnabled: boolean, weeklyWeekday: number } };

export type UpdateNewsletterSettingsMutationVariables = Exact<{
  input: NewsletterSettingsInput;
}>;


export type UpdateNewsletterSettingsMutation = { __typename?: 'Mutation', updateNewsletterSettings: { __typename?: 'NewsletterSettings', weeklyEnabled: boolean, weeklyWeekday: number } };

export type PreviewSubscriberImportQueryVariables = Exact<{
  csv: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
}>;


export type PreviewSubscriberImportQuery = { __typename?: 'Query', previewSubscriberImport: { __typename?: 'SubscriberImportPreview', total: number, willSubscribe: number, willSkip: number, errors: number, rows: Array<{ __typename?: 'SubscriberImportRow', line: number, email: string, name: string, status: string, consentAt: string | null, outcome: string, problems: Array<string> }> } };

export type SubscriberImportFieldsFragment = { __typename?: 'SubscriberImport', id: string, fileName: string, status: string, total: number, processed: number, created: number, updated: number, skipped: number, failed: number, errors: Array<string>, createdAt: string, finishedAt: string | null };

export type ImportSubscribersMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
}>;


export type ImportSubscribersMutation = { __typename?: 'Mutation', importSubscribers: { __typename?: 'SubscriberImport', id: string, fileName: string, status: string, total: number, processed: number, created: number, updated: number, skipped: number, failed: number, errors: Array<string>, createdAt: string, finishedAt: string | null } };

export type SubscriberImportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubscriberImportQuery = { __typename?: 'Query', subscriberImport: { __typename?: 'SubscriberImport', id: string, fileName: string, status: string, total: number, processed: number, created: number, updated: number, skipped: number, failed: number, errors: Array<string>, createdAt: string, finishedAt: string | null } };

export type SubscriberCountFieldsFragment = { __typename?: 'SubscriberCounts', pending: number, subscribed: number, unsubscribed: number, bounced: number, complained: number };

export type CoachSubscriberFragment = { __typename?: 'Subscriber', id: string, email: string, name: string, status: SubscriberStatus, source: string, consentAt: string | null, consentText: string | null, consentSource: string | null, consentIp: string | null, confirmedAt: string | null, unsubscribedAt: string | null, createdAt: string };

export type SubscribersQueryVariables = Exact<{
  filter?: InputMaybe<SubscriberFilter>;
}>;


export type SubscribersQuery = { __typename?: 'Query', subscribers: { __typename?: 'SubscriberPage', total: number, counts: { __typename?: 'SubscriberCounts', pending: number, subscribed: number, unsubscribed: number, bounced: number, complained: number }, subscribers: Array<{ __typename?: 'Subscriber', id: string, email: string, name: string, status: SubscriberStatus, source: string, consentAt: string | null, consentText: string | null, consentSource: string | null, consentIp: string | null, confirmedAt: string | null, unsubscribedAt: string | null, createdAt: string }> } };

export type SubscriberCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubscriberCountsQuery = { __typename?: 'Query', subscribers: { __typename?: 'SubscriberPage', counts: { __typename?: 'SubscriberCounts', pending: number, subscribed: number, unsubscribed: number, bounced: number, complained: number } } };

export type SubscribersCsvQueryVariables = Exact<{
  status?: InputMaybe<SubscriberStatus>;
}>;


export type SubscribersCsvQuery = { __typename?: 'Query', subscribersCsv: string };

export type UnsubscribeSubscriberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UnsubscribeSubscriberMutation = { __typename?: 'Mutation', unsubscribeSubscriber: { __typename?: 'Subscriber', id: string, email: string, name: string, status: SubscriberStatus, source: string, consentAt: string | null, consentText: string | null, consentSource: string | null, consentIp: string | null, confirmedAt: string | null, unsubscribedAt: string | null, createdAt: string } };

export type DeleteSubscriberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSubscriberMutation = { __typename?: 'Mutation', deleteSubscriber: boolean };

export type OperatorPracticeFieldsFragment = { __typename?: 'OperatorPractice', id: string, slug: string, name: string, createdAt: string, plan: PlanId, status: SubscriptionStatus, trialEndsAt: string | null, mrrCents: number, suspended: boolean, suspendedReason: string | null, coaches: number, activeClients: number, subscribers: number, emailsThisMonth: number };

export type OperatorPracticesQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorPracticesQuery = { __typename?: 'Query', operatorPractices: Array<{ __typename?: 'OperatorPractice', id: string, slug: string, name: string, createdAt: string, plan: PlanId, status: SubscriptionStatus, trialEndsAt: string | null, mrrCents: number, suspended: boolean, suspendedReason: string | null, coaches: number, activeClients: number, subscribers: number, emailsThisMonth: number }> };

export type OperatorTotalsQueryVariables = Exact<{
  days?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OperatorTotalsQuery = { __typename?: 'Query', operatorTotals: { __typename?: 'OperatorTotals', mrrCents: number, activePractices: number, payingPractices: number, trialingPractices: number, suspendedPractices: number, churnedPractices: number, churnRate: number, periodDays: number, mrrHistory: Array<{ __typename?: 'MrrPoint', month: string, mrrCents: number, payingPractices: number }> } };

export type OperatorAuditQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OperatorAuditQuery = { __typename?: 'Query', operatorAudit: Array<{ __typename?: 'OperatorAuditEvent', id: string, action: string, actorEmail: string, practiceId: string | null, practiceName: string | null, detail: string, createdAt: string }> };

export type BillingAlertsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BillingAlertsQuery = { __typename?: 'Query', billingAlerts: Array<{ __typename?: 'BillingAlert', eventId: string, type: string, outcome: string, error: string | null, receivedAt: string }> };

export type SuspendPracticeMutationVariables = Exact<{
  practiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type SuspendPracticeMutation = { __typename?: 'Mutation', suspendPractice: { __typename?: 'OperatorPractice', id: string, slug: string, name: string, createdAt: string, plan: PlanId, status: SubscriptionStatus, trialEndsAt: string | null, mrrCents: number, suspended: boolean, suspendedReason: string | null, coaches: number, activeClients: number, subscribers: number, emailsThisMonth: number } };

export type ReactivatePracticeMutationVariables = Exact<{
  practiceId: Scalars['ID']['input'];
}>;


export type ReactivatePracticeMutation = { __typename?: 'Mutation', reactivatePractice: { __typename?: 'OperatorPractice', id: string, slug: string, name: string, createdAt: string, plan: PlanId, status: SubscriptionStatus, trialEndsAt: string | null, mrrCents: number, suspended: boolean, suspendedReason: string | null, coaches: number, activeClients: number, subscribers: number, emailsThisMonth: number } };

export type PortalCheckInFragment = { __typename?: 'CheckIn', id: string, weekStart: string, progress: number, energy: number, wins: string, defaultedToDoing: string, declinedOrDelegated: string, strategicWork: string, impactMadeLegible: string, nextCommitments: string, late: boolean, editable: boolean, submittedAt: string, acknowledgedAt: string | null, coachReply: string | null, repliedAt: string | null, repliedByName: string | null };

export type PortalGoalFragment = { __typename?: 'Goal', id: string, statement: string, whyItMatters: string, successMeasure: string, targetDate: string, status: GoalStatus, milestones: Array<{ __typename?: 'Milestone', title: string, dueOn: string }> };

export type MyCoachingQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCoachingQuery = { __typename?: 'Query', myCoaching: { __typename?: 'MyCoaching', clientId: string, name: string, coachName: string | null, checkInDay: number, timeZone: string, accountabilitySetUp: boolean, streakWeeks: number, longestStreakWeeks: number, methodProgress: { __typename?: 'MethodProgress', currentStep: MethodStep, stepsDone: number, complete: boolean }, goal: { __typename?: 'Goal', id: string, statement: string, whyItMatters: string, successMeasure: string, targetDate: string, status: GoalStatus, milestones: Array<{ __typename?: 'Milestone', title: string, dueOn: string }> } | null, thisWeek: { __typename?: 'CheckInWeek', weekStart: string, checkInDate: string, status: CheckInWeekStatus, missedWeekStart: string | null, checkIn: { __typename?: 'CheckIn', id: string, weekStart: string, progress: number, energy: number, wins: string, defaultedToDoing: string, declinedOrDelegated: string, strategicWork: string, impactMadeLegible: string, nextCommitments: string, late: boolean, editable: boolean, submittedAt: string, acknowledgedAt: string | null, coachReply: string | null, repliedAt: string | null, repliedByName: string | null } | null }, latestReply: { __typename?: 'CoachReply', checkInId: string, weekStart: string, reply: string, repliedAt: string, coachName: string | null } | null } };

export type MyMethodQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMethodQuery = { __typename?: 'Query', myMethod: { __typename?: 'ClientMethod', clientId: string, progress: { __typename?: 'MethodProgress', currentStep: MethodStep, stepsDone: number, complete: boolean }, awarenessNotes: Array<{ __typename?: 'AwarenessNote', id: string, kind: AwarenessNoteKind, body: string }>, decision: { __typename?: 'Decision', commitment: string, decidedOn: string } | null, goal: { __typename?: 'Goal', id: string, statement: string, whyItMatters: string, successMeasure: string, targetDate: string, status: GoalStatus, milestones: Array<{ __typename?: 'Milestone', title: string, dueOn: string }> } | null, pastGoals: Array<{ __typename?: 'Goal', id: string, statement: string, whyItMatters: string, successMeasure: string, targetDate: string, status: GoalStatus, milestones: Array<{ __typename?: 'Milestone', title: string, dueOn: string }> }>, futureSelf: { __typename?: 'FutureSelfStatement', statement: string } | null, accountability: { __typename?: 'Accountability', checkInDay: number, timeZone: string, setAt: string | null } } };

export type MyCheckInsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyCheckInsQuery = { __typename?: 'Query', myCheckIns: { __typename?: 'CheckInPage', endCursor: string | null, hasNextPage: boolean, nodes: Array<{ __typename?: 'CheckIn', id: string, weekStart: string, progress: number, energy: number, wins: string, defaultedToDoing: string, declinedOrDelegated: string, strategicWork: string, impactMadeLegible: string, nextCommitments: string, late: boolean, editable: boolean, submittedAt: string, acknowledgedAt: string | null, coachReply: string | null, repliedAt: string | null, repliedByName: string | null }> } };

export type AddAwarenessNoteMutationVariables = Exact<{
  input: AddAwarenessNoteInput;
}>;


export type AddAwarenessNoteMutation = { __typename?: 'Mutation', addAwarenessNote: { __typename?: 'AwarenessNote', id: string } };

export type UpdateAwarenessNoteMutationVariables = Exact<{
  input: UpdateAwarenessNoteInput;
}>;


export type UpdateAwarenessNoteMutation = { __typename?: 'Mutation', updateAwarenessNote: { __typename?: 'AwarenessNote', id: string } };

export type RemoveAwarenessNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveAwarenessNoteMutation = { __typename?: 'Mutation', removeAwarenessNote: boolean };

export type MakeDecisionMutationVariables = Exact<{
  input: MakeDecisionInput;
}>;


export type MakeDecisionMutation = { __typename?: 'Mutation', makeDecision: { __typename?: 'Decision', id: string } };

export type SetGoalMutationVariables = Exact<{
  input: SetGoalInput;
}>;


export type SetGoalMutation = { __typename?: 'Mutation', setGoal: { __typename?: 'Goal', id: string } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { __typename?: 'Mutation', updateGoal: { __typename?: 'Goal', id: string } };

export type CloseGoalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: GoalStatus;
}>;


export type CloseGoalMutation = { __typename?: 'Mutation', closeGoal: { __typename?: 'Goal', id: string } };

export type SetFutureSelfMutationVariables = Exact<{
  input: SetFutureSelfInput;
}>;


export type SetFutureSelfMutation = { __typename?: 'Mutation', setFutureSelf: { __typename?: 'FutureSelfStatement', id: string } };

export type SetUpAccountabilityMutationVariables = Exact<{
  input: SetUpAccountabilityInput;
}>;


export type SetUpAccountabilityMutation = { __typename?: 'Mutation', setUpAccountability: { __typename?: 'Accountability', checkInDay: number } };

export type SubmitCheckInMutationVariables = Exact<{
  input: SubmitCheckInInput;
}>;


export type SubmitCheckInMutation = { __typename?: 'Mutation', submitCheckIn: { __typename?: 'CheckIn', id: string, weekStart: string, progress: number, energy: number, wins: string, defaultedToDoing: string, declinedOrDelegated: string, strategicWork: string, impactMadeLegible: string, nextCommitments: string, late: boolean, editable: boolean, submittedAt: string, acknowledgedAt: string | null, coachReply: string | null, repliedAt: string | null, repliedByName: string | null } };

export type PublicPracticeProfileFragment = { __typename?: 'PracticeProfile', id: string, slug: string, name: string, tagline: string, coachName: string, coachBio: string, timeZone: string, photoUrl: string, ctaText: string, ctaUrl: string, socialLinks: Array<{ __typename?: 'SocialLink', label: string, url: string }> };

export type PublicPracticeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicPracticeQuery = { __typename?: 'Query', practice: { __typename?: 'PracticeProfile', available: boolean, id: string, slug: string, name: string, tagline: string, coachName: string, coachBio: string, timeZone: string, photoUrl: string, ctaText: string, ctaUrl: string, socialLinks: Array<{ __typename?: 'SocialLink', label: string, url: string }> } | null };

export type ExportClientDataMutationVariables = Exact<{
  clientId: Scalars['ID']['input'];
}>;


export type ExportClientDataMutation = { __typename?: 'Mutation', exportClientData: string };

export type EraseClientMutationVariables = Exact<{
  clientId: Scalars['ID']['input'];
  confirmEmail: Scalars['String']['input'];
}>;


export type EraseClientMutation = { __typename?: 'Mutation', eraseClient: { __typename?: 'ClientErasure', reference: string } };

export type RosterClientFragment = { __typename?: 'Client', id: string, name: string, email: string, status: ClientStatus, tags: Array<string>, startedOn: string | null, checkInDay: number, timeZone: string, source: ClientSource, hasAccount: boolean, invitationPending: boolean, coach: { __typename?: 'ClientCoach', id: string, name: string } | null };

export type RosterPageQueryVariables = Exact<{
  filter?: InputMaybe<ClientFilter>;
  sort?: InputMaybe<ClientSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RosterPageQuery = { __typename?: 'Query', clients: { __typename?: 'ClientPage', totalCount: number, pageInfo: { __typename?: 'ClientPageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'Client', id: string, name: string, email: string, status: ClientStatus, tags: Array<string>, startedOn: string | null, checkInDay: number, timeZone: string, source: ClientSource, hasAccount: boolean, invitationPending: boolean, coach: { __typename?: 'ClientCoach', id: string, name: string } | null }> } };

export type AddClientMutationVariables = Exact<{
  input: AddClientInput;
}>;


export type AddClientMutation = { __typename?: 'Mutation', addClient: { __typename?: 'Client', id: string, name: string, email: string, status: ClientStatus, tags: Array<string>, startedOn: string | null, checkInDay: number, timeZone: string, source: ClientSource, hasAccount: boolean, invitationPending: boolean, coach: { __typename?: 'ClientCoach', id: string, name: string } | null } };

export type UpdateClientMutationVariables = Exact<{
  input: UpdateClientInput;
}>;


export type UpdateClientMutation = { __typename?: 'Mutation', updateClient: { __typename?: 'Client', id: string, name: string, email: string, status: ClientStatus, tags: Array<string>, startedOn: string | null, checkInDay: number, timeZone: string, source: ClientSource, hasAccount: boolean, invitationPending: boolean, coach: { __typename?: 'ClientCoach', id: string, name: string } | null } };

export type InviteClientMutationVariables = Exact<{
  clientId: Scalars['ID']['input'];
}>;


export type InviteClientMutation = { __typename?: 'Mutation', inviteClient: { __typename?: 'Client', id: string, name: string, email: string, status: ClientStatus, tags: Array<string>, startedOn: string | null, checkInDay: number, timeZone: string, source: ClientSource, hasAccount: boolean, invitationPending: boolean, coach: { __typename?: 'ClientCoach', id: string, name: string } | null } };

export type ExportClientsQueryVariables = Exact<{
  filter?: InputMaybe<ClientFilter>;
}>;


export type ExportClientsQuery = { __typename?: 'Query', exportClientsCsv: string };

export type PreviewClientImportQueryVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type PreviewClientImportQuery = { __typename?: 'Query', previewClientImport: Array<{ __typename?: 'ClientImportRow', row: number, name: string, email: string, status: ClientStatus | null, tags: Array<string>, coachEmail: string, problems: Array<{ __typename?: 'ClientImportProblem', column: string, message: string }> }> };

export type ImportClientsMutationVariables = Exact<{
  csv: Scalars['String']['input'];
  mode: ClientImportMode;
}>;


export type ImportClientsMutation = { __typename?: 'Mutation', importClients: { __typename?: 'ClientImportResult', added: number, skipped: Array<{ __typename?: 'ClientImportRow', row: number, email: string, problems: Array<{ __typename?: 'ClientImportProblem', column: string, message: string }> }> } };

export type SalesOfferingFieldsFragment = { __typename?: 'Offering', id: string, slug: string, title: string, description: string, priceCents: number, currency: string, billing: OfferingBilling, months: number, coachUserId: string | null, coachName: string | null, active: boolean, createdAt: string };

export type SalesOfferingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SalesOfferingsQuery = { __typename?: 'Query', offerings: Array<{ __typename?: 'Offering', id: string, slug: string, title: string, description: string, priceCents: number, currency: string, billing: OfferingBilling, months: number, coachUserId: string | null, coachName: string | null, active: boolean, createdAt: string }> };

export type CreateOfferingMutationVariables = Exact<{
  input: CreateOfferingInput;
}>;


export type CreateOfferingMutation = { __typename?: 'Mutation', createOffering: { __typename?: 'Offering', id: string, slug: string, title: string, description: string, priceCents: number, currency: string, billing: OfferingBilling, months: number, coachUserId: string | null, coachName: string | null, active: boolean, createdAt: string } };

export type UpdateOfferingMutationVariables = Exact<{
  input: UpdateOfferingInput;
}>;


export type UpdateOfferingMutation = { __typename?: 'Mutation', updateOffering: { __typename?: 'Offering', id: string, slug: string, title: string, description: string, priceCents: number, currency: string, billing: OfferingBilling, months: number, coachUserId: string | null, coachName: string | null, active: boolean, createdAt: string } };

export type PayForRegistrationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type PayForRegistrationMutation = { __typename?: 'Mutation', payForRegistration: { __typename?: 'StripeLink', url: string } };

export type PublicPackageFieldsFragment = { __typename?: 'PublicOffering', slug: string, title: string, descriptionHtml: string, priceCents: number, currency: string, billing: OfferingBilling, months: number, coachName: string | null };

export type PublicPackagesQueryVariables = Exact<{
  practiceSlug: Scalars['String']['input'];
}>;


export type PublicPackagesQuery = { __typename?: 'Query', publicOfferings: Array<{ __typename?: 'PublicOffering', slug: string, title: string, descriptionHtml: string, priceCents: number, currency: string, billing: OfferingBilling, months: number, coachName: string | null }> };

export type PublicPackageQueryVariables = Exact<{
  practiceSlug: Scalars['String']['input'];
  offeringSlug: Scalars['String']['input'];
}>;


export type PublicPackageQuery = { __typename?: 'Query', publicOffering: { __typename?: 'PublicOffering', slug: string, title: string, descriptionHtml: string, priceCents: number, currency: string, billing: OfferingBilling, months: number, coachName: string | null } | null };

export type BuyPackageMutationVariables = Exact<{
  input: BuyPackageInput;
}>;


export type BuyPackageMutation = { __typename?: 'Mutation', buyPackage: { __typename?: 'StripeLink', url: string } };

export type SalesPurchaseFieldsFragment = { __typename?: 'Purchase', id: string, kind: PurchaseKind, description: string, buyerName: string, buyerEmail: string, amountCents: number, currency: string, status: PurchaseStatus, refundedCents: number, createdAt: string, paidAt: string | null };

export type SalesPurchasesQueryVariables = Exact<{
  since?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type SalesPurchasesQuery = { __typename?: 'Query', purchases: { __typename?: 'PurchaseList', purchases: Array<{ __typename?: 'Purchase', id: string, kind: PurchaseKind, description: string, buyerName: string, buyerEmail: string, amountCents: number, currency: string, status: PurchaseStatus, refundedCents: number, createdAt: string, paidAt: string | null }>, totals: Array<{ __typename?: 'SalesTotal', currency: string, paidCents: number, refundedCents: number, netCents: number, purchases: number }> } };

export type RefundPurchaseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RefundPurchaseMutation = { __typename?: 'Mutation', refundPurchase: { __typename?: 'Purchase', id: string, kind: PurchaseKind, description: string, buyerName: string, buyerEmail: string, amountCents: number, currency: string, status: PurchaseStatus, refundedCents: number, createdAt: string, paidAt: string | null } };

export type SalesAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type SalesAccountQuery = { __typename?: 'Query', salesAccount: { __typename?: 'SalesAccount', connected: boolean, chargesEnabled: boolean, billingConfigured: boolean, paidOfferingsAllowed: boolean } };

export type PaidOfferingPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type PaidOfferingPlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: PlanId, name: string, monthlyPriceCents: number, limits: { __typename?: 'PlanLimits', paidOfferings: boolean } }> };

export type ConnectStripeAccountMutationVariables = Exact<{ [key: string]: never; }>;


export type ConnectStripeAccountMutation = { __typename?: 'Mutation', connectStripeAccount: { __typename?: 'StripeLink', url: string } };

export type PublicArticleSummaryFragment = { __typename?: 'PublicArticle', slug: string, title: string, description: string, pubDate: string, category: string, tags: Array<string> };

export type PublicArticleFieldsFragment = { __typename?: 'PublicArticle', promo: boolean, authorName: string, url: string, bodyHtml: string, slug: string, title: string, description: string, pubDate: string, category: string, tags: Array<string> };

export type SiteArticlesQueryVariables = Exact<{
  practiceSlug: Scalars['String']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SiteArticlesQuery = { __typename?: 'Query', publicArticles: { __typename?: 'PublicArticlePage', total: number, articles: Array<{ __typename?: 'PublicArticle', slug: string, title: string, description: string, pubDate: string, category: string, tags: Array<string> }> } };

export type SiteArticleQueryVariables = Exact<{
  practiceSlug: Scalars['String']['input'];
  slug: Scalars['String']['input'];
}>;


export type SiteArticleQuery = { __typename?: 'Query', publicArticle: { __typename?: 'PublicArticle', promo: boolean, authorName: string, url: string, bodyHtml: string, slug: string, title: string, description: string, pubDate: string, category: string, tags: Array<string> } | null };

export type SiteArticleCategoriesQueryVariables = Exact<{
  practiceSlug: Scalars['String']['input'];
}>;


export type SiteArticleCategoriesQuery = { __typename?: 'Query', publicArticleCategories: Array<{ __typename?: 'ArticleCategory', name: string, slug: string, count: number }> };

export type SiteVideosQueryVariables = Exact<{
  practiceSlug: Scalars['String']['input'];
}>;


export type SiteVideosQuery = { __typename?: 'Query', publicVideos: Array<{ __typename?: 'Video', id: string, title: string, description: string, provider: VideoProvider, providerVideoId: string, url: string, embedUrl: string, visibility: VideoVisibility, publishedAt: string }> };

export type TeamQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamQuery = { __typename?: 'Query', team: Array<{ __typename?: 'TeamMember', membershipId: string, userId: string, name: string, email: string, role: Role, joinedAt: string }> };

export type InvitationFieldsFragment = { __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, invitedByName: string | null, sentCount: number, createdAt: string };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, invitedByName: string | null, sentCount: number, createdAt: string }> };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, invitedByName: string | null, sentCount: number, createdAt: string } };

export type ResendInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResendInvitationMutation = { __typename?: 'Mutation', resendInvitation: { __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, invitedByName: string | null, sentCount: number, createdAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, invitedByName: string | null, sentCount: number, createdAt: string } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { __typename?: 'Mutation', changeMemberRole: { __typename?: 'TeamMember', membershipId: string, userId: string, name: string, email: string, role: Role, joinedAt: string } };

export type RemoveMemberMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccountFields on Account {
  id
  email
  name
  emailVerified
  isOperator
  pendingEmail
}
    `, {"fragmentName":"AccountFields"}) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const ActionItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionItemFields on ActionItem {
  id
  clientId
  title
  owner
  dueOn
  status
  createdByName
  completedAt
}
    `, {"fragmentName":"ActionItemFields"}) as unknown as TypedDocumentString<ActionItemFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  account {
    id
    email
    name
    emailVerified
    isOperator
  }
  memberships {
    practiceId
    practiceSlug
    practiceName
    role
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  viewer {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  account {
    id
    email
    name
    emailVerified
    isOperator
  }
  memberships {
    practiceId
    practiceSlug
    practiceName
    role
  }
}`, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment PlanFields on Plan {
  id
  name
  summary
  monthlyPriceCents
  currency
  limits {
    coaches
    activeClients
    subscribers
    emailsPerMonth
    paidOfferings
  }
}
    `, {"fragmentName":"PlanFields"}) as unknown as TypedDocumentString<PlanFieldsFragment, unknown>;
export const PracticeBillingFieldsFragmentDoc = new TypedDocumentString(`
    fragment PracticeBillingFields on PracticeBilling {
  configured
  missingVariables
  limitsEnforced
  plan {
    ...PlanFields
  }
  subscribedPlan
  status
  trialEndsAt
  renewsAt
  cancelsAt
  graceEndsAt
  readOnly
  usage {
    limit
    label
    used
    allowed
  }
  invoices {
    id
    number
    status
    amountDueCents
    amountPaidCents
    currency
    hostedInvoiceUrl
    invoicePdfUrl
    periodStart
    periodEnd
    createdAt
  }
}
    fragment PlanFields on Plan {
  id
  name
  summary
  monthlyPriceCents
  currency
  limits {
    coaches
    activeClients
    subscribers
    emailsPerMonth
    paidOfferings
  }
}`, {"fragmentName":"PracticeBillingFields"}) as unknown as TypedDocumentString<PracticeBillingFieldsFragment, unknown>;
export const CoachCheckInFieldsFragmentDoc = new TypedDocumentString(`
    fragment CoachCheckInFields on CheckIn {
  id
  weekStart
  progress
  energy
  wins
  defaultedToDoing
  declinedOrDelegated
  strategicWork
  impactMadeLegible
  nextCommitments
  late
  submittedAt
  acknowledgedAt
  coachReply
  repliedAt
  repliedByName
}
    `, {"fragmentName":"CoachCheckInFields"}) as unknown as TypedDocumentString<CoachCheckInFieldsFragment, unknown>;
export const SessionNoteFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionNoteFields on SessionNote {
  id
  heldOn
  body
  authorName
  updatedAt
}
    `, {"fragmentName":"SessionNoteFields"}) as unknown as TypedDocumentString<SessionNoteFieldsFragment, unknown>;
export const CoachArticleFieldsFragmentDoc = new TypedDocumentString(`
    fragment CoachArticleFields on Article {
  id
  slug
  title
  description
  body
  pubDate
  category
  tags
  draft
  promo
  status
  publicUrl
  authorName
  updatedAt
}
    `, {"fragmentName":"CoachArticleFields"}) as unknown as TypedDocumentString<CoachArticleFieldsFragment, unknown>;
export const VideoFieldsFragmentDoc = new TypedDocumentString(`
    fragment VideoFields on Video {
  id
  title
  description
  provider
  providerVideoId
  url
  embedUrl
  visibility
  publishedAt
}
    `, {"fragmentName":"VideoFields"}) as unknown as TypedDocumentString<VideoFieldsFragment, unknown>;
export const ImpactEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImpactEntryFields on ImpactEntry {
  id
  whatIDid
  outcome
  outcomeKind
  beneficiary
  significance
  occurredOn
  checkInId
}
    `, {"fragmentName":"ImpactEntryFields"}) as unknown as TypedDocumentString<ImpactEntryFieldsFragment, unknown>;
export const PublicMasterclassFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicMasterclassFields on PublicMasterclass {
  id
  slug
  practiceSlug
  practiceName
  title
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  seatsLeft
  price {
    amountCents
    currency
  }
  registrationDeadline
  registrationOpen
  status
  hostName
}
    `, {"fragmentName":"PublicMasterclassFields"}) as unknown as TypedDocumentString<PublicMasterclassFieldsFragment, unknown>;
export const MyRegistrationFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyRegistrationFields on MyRegistration {
  id
  name
  email
  status
  waitlistPosition
  holdExpiresAt
  joinUrl
  replayUrl
  calendarUrl
  manageToken
  masterclass {
    ...PublicMasterclassFields
  }
}
    fragment PublicMasterclassFields on PublicMasterclass {
  id
  slug
  practiceSlug
  practiceName
  title
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  seatsLeft
  price {
    amountCents
    currency
  }
  registrationDeadline
  registrationOpen
  status
  hostName
}`, {"fragmentName":"MyRegistrationFields"}) as unknown as TypedDocumentString<MyRegistrationFieldsFragment, unknown>;
export const RegistrationReceiptFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegistrationReceiptFields on MyRegistration {
  id
  email
  status
  waitlistPosition
  holdExpiresAt
  calendarUrl
  manageToken
  masterclass {
    practiceSlug
  }
}
    `, {"fragmentName":"RegistrationReceiptFields"}) as unknown as TypedDocumentString<RegistrationReceiptFieldsFragment, unknown>;
export const FunnelFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment FunnelFigureFields on FunnelFigures {
  registered
  waitlisted
  confirmed
  attended
  attendanceRate
  becameClients
}
    `, {"fragmentName":"FunnelFigureFields"}) as unknown as TypedDocumentString<FunnelFigureFieldsFragment, unknown>;
export const CoachMasterclassFragmentDoc = new TypedDocumentString(`
    fragment CoachMasterclass on Masterclass {
  id
  slug
  title
  description
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  capacity
  price {
    amountCents
    currency
  }
  registrationDeadline
  joinUrl
  replayUrl
  host {
    userId
    name
  }
  status
  seatsTaken
  waitlisted
  publicUrl
}
    `, {"fragmentName":"CoachMasterclass"}) as unknown as TypedDocumentString<CoachMasterclassFragment, unknown>;
export const CoachRegistrationFragmentDoc = new TypedDocumentString(`
    fragment CoachRegistration on Registration {
  id
  name
  email
  status
  waitlistPosition
  holdExpiresAt
  attendance
  question
  registeredAt
  cancelledAt
  clientId
  invitedAsClientAt
  origin {
    source
    newsletterIssue
    utmSource
    utmMedium
    utmCampaign
  }
}
    `, {"fragmentName":"CoachRegistration"}) as unknown as TypedDocumentString<CoachRegistrationFragment, unknown>;
export const NewsletterConfirmationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NewsletterConfirmationFields on NewsletterConfirmation {
  practiceName
  practiceSlug
  email
  status
}
    `, {"fragmentName":"NewsletterConfirmationFields"}) as unknown as TypedDocumentString<NewsletterConfirmationFieldsFragment, unknown>;
export const CoachNewsletterIssueFragmentDoc = new TypedDocumentString(`
    fragment CoachNewsletterIssue on NewsletterIssue {
  id
  subject
  preheader
  body
  kind
  weekOf
  status
  scheduledAt
  startedAt
  finishedAt
  recipients
  sent
  failed
  pending
  bounced
  complained
  unsubscribed
  createdAt
  updatedAt
}
    `, {"fragmentName":"CoachNewsletterIssue"}) as unknown as TypedDocumentString<CoachNewsletterIssueFragment, unknown>;
export const SubscriberImportFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubscriberImportFields on SubscriberImport {
  id
  fileName
  status
  total
  processed
  created
  updated
  skipped
  failed
  errors
  createdAt
  finishedAt
}
    `, {"fragmentName":"SubscriberImportFields"}) as unknown as TypedDocumentString<SubscriberImportFieldsFragment, unknown>;
export const SubscriberCountFieldsFragmentDoc = new TypedDocumentString(`
    fragment SubscriberCountFields on SubscriberCounts {
  pending
  subscribed
  unsubscribed
  bounced
  complained
}
    `, {"fragmentName":"SubscriberCountFields"}) as unknown as TypedDocumentString<SubscriberCountFieldsFragment, unknown>;
export const CoachSubscriberFragmentDoc = new TypedDocumentString(`
    fragment CoachSubscriber on Subscriber {
  id
  email
  name
  status
  source
  consentAt
  consentText
  consentSource
  consentIp
  confirmedAt
  unsubscribedAt
  createdAt
}
    `, {"fragmentName":"CoachSubscriber"}) as unknown as TypedDocumentString<CoachSubscriberFragment, unknown>;
export const OperatorPracticeFieldsFragmentDoc = new TypedDocumentString(`
    fragment OperatorPracticeFields on OperatorPractice {
  id
  slug
  name
  createdAt
  plan
  status
  trialEndsAt
  mrrCents
  suspended
  suspendedReason
  coaches
  activeClients
  subscribers
  emailsThisMonth
}
    `, {"fragmentName":"OperatorPracticeFields"}) as unknown as TypedDocumentString<OperatorPracticeFieldsFragment, unknown>;
export const PortalCheckInFragmentDoc = new TypedDocumentString(`
    fragment PortalCheckIn on CheckIn {
  id
  weekStart
  progress
  energy
  wins
  defaultedToDoing
  declinedOrDelegated
  strategicWork
  impactMadeLegible
  nextCommitments
  late
  editable
  submittedAt
  acknowledgedAt
  coachReply
  repliedAt
  repliedByName
}
    `, {"fragmentName":"PortalCheckIn"}) as unknown as TypedDocumentString<PortalCheckInFragment, unknown>;
export const PortalGoalFragmentDoc = new TypedDocumentString(`
    fragment PortalGoal on Goal {
  id
  statement
  whyItMatters
  successMeasure
  targetDate
  status
  milestones {
    title
    dueOn
  }
}
    `, {"fragmentName":"PortalGoal"}) as unknown as TypedDocumentString<PortalGoalFragment, unknown>;
export const PublicPracticeProfileFragmentDoc = new TypedDocumentString(`
    fragment PublicPracticeProfile on PracticeProfile {
  id
  slug
  name
  tagline
  coachName
  coachBio
  timeZone
  photoUrl
  ctaText
  ctaUrl
  socialLinks {
    label
    url
  }
}
    `, {"fragmentName":"PublicPracticeProfile"}) as unknown as TypedDocumentString<PublicPracticeProfileFragment, unknown>;
export const RosterClientFragmentDoc = new TypedDocumentString(`
    fragment RosterClient on Client {
  id
  name
  email
  status
  tags
  startedOn
  checkInDay
  timeZone
  source
  hasAccount
  invitationPending
  coach {
    id
    name
  }
}
    `, {"fragmentName":"RosterClient"}) as unknown as TypedDocumentString<RosterClientFragment, unknown>;
export const SalesOfferingFieldsFragmentDoc = new TypedDocumentString(`
    fragment SalesOfferingFields on Offering {
  id
  slug
  title
  description
  priceCents
  currency
  billing
  months
  coachUserId
  coachName
  active
  createdAt
}
    `, {"fragmentName":"SalesOfferingFields"}) as unknown as TypedDocumentString<SalesOfferingFieldsFragment, unknown>;
export const PublicPackageFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicPackageFields on PublicOffering {
  slug
  title
  descriptionHtml
  priceCents
  currency
  billing
  months
  coachName
}
    `, {"fragmentName":"PublicPackageFields"}) as unknown as TypedDocumentString<PublicPackageFieldsFragment, unknown>;
export const SalesPurchaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment SalesPurchaseFields on Purchase {
  id
  kind
  description
  buyerName
  buyerEmail
  amountCents
  currency
  status
  refundedCents
  createdAt
  paidAt
}
    `, {"fragmentName":"SalesPurchaseFields"}) as unknown as TypedDocumentString<SalesPurchaseFieldsFragment, unknown>;
export const PublicArticleSummaryFragmentDoc = new TypedDocumentString(`
    fragment PublicArticleSummary on PublicArticle {
  slug
  title
  description
  pubDate
  category
  tags
}
    `, {"fragmentName":"PublicArticleSummary"}) as unknown as TypedDocumentString<PublicArticleSummaryFragment, unknown>;
export const PublicArticleFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublicArticleFields on PublicArticle {
  ...PublicArticleSummary
  promo
  authorName
  url
  bodyHtml
}
    fragment PublicArticleSummary on PublicArticle {
  slug
  title
  description
  pubDate
  category
  tags
}`, {"fragmentName":"PublicArticleFields"}) as unknown as TypedDocumentString<PublicArticleFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvitationFields on Invitation {
  id
  email
  role
  status
  expiresAt
  invitedByName
  sentCount
  createdAt
}
    `, {"fragmentName":"InvitationFields"}) as unknown as TypedDocumentString<InvitationFieldsFragment, unknown>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  emailVerified
  isOperator
  pendingEmail
}`) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const AccountSettingsDocument = new TypedDocumentString(`
    query AccountSettings {
  viewer {
    account {
      ...AccountFields
    }
    memberships {
      practiceId
      practiceSlug
      practiceName
      role
    }
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  emailVerified
  isOperator
  pendingEmail
}`) as unknown as TypedDocumentString<AccountSettingsQuery, AccountSettingsQueryVariables>;
export const ChangeMyNameDocument = new TypedDocumentString(`
    mutation ChangeMyName($input: ChangeNameInput!) {
  changeMyName(input: $input) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  emailVerified
  isOperator
  pendingEmail
}`) as unknown as TypedDocumentString<ChangeMyNameMutation, ChangeMyNameMutationVariables>;
export const ChangeMyPasswordDocument = new TypedDocumentString(`
    mutation ChangeMyPassword($input: ChangePasswordInput!) {
  changeMyPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const RequestEmailChangeDocument = new TypedDocumentString(`
    mutation RequestEmailChange($input: ChangeEmailInput!) {
  requestEmailChange(input: $input) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  emailVerified
  isOperator
  pendingEmail
}`) as unknown as TypedDocumentString<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const CancelEmailChangeDocument = new TypedDocumentString(`
    mutation CancelEmailChange {
  cancelEmailChange {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  id
  email
  name
  emailVerified
  isOperator
  pendingEmail
}`) as unknown as TypedDocumentString<CancelEmailChangeMutation, CancelEmailChangeMutationVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($input: DeleteAccountInput!) {
  deleteMyAccount(input: $input)
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const LeavePracticeDocument = new TypedDocumentString(`
    mutation LeavePractice($practiceId: ID!) {
  leavePractice(practiceId: $practiceId)
}
    `) as unknown as TypedDocumentString<LeavePracticeMutation, LeavePracticeMutationVariables>;
export const StartPracticeDocument = new TypedDocumentString(`
    mutation StartPractice($input: StartPracticeInput!) {
  startPractice(input: $input) {
    practiceId
    practiceSlug
    practiceName
    role
  }
}
    `) as unknown as TypedDocumentString<StartPracticeMutation, StartPracticeMutationVariables>;
export const MyActionItemsDocument = new TypedDocumentString(`
    query MyActionItems {
  myActionItems {
    ...ActionItemFields
  }
}
    fragment ActionItemFields on ActionItem {
  id
  clientId
  title
  owner
  dueOn
  status
  createdByName
  completedAt
}`) as unknown as TypedDocumentString<MyActionItemsQuery, MyActionItemsQueryVariables>;
export const ClientActionItemsDocument = new TypedDocumentString(`
    query ClientActionItems($clientId: ID!) {
  actionItems(clientId: $clientId) {
    ...ActionItemFields
  }
}
    fragment ActionItemFields on ActionItem {
  id
  clientId
  title
  owner
  dueOn
  status
  createdByName
  completedAt
}`) as unknown as TypedDocumentString<ClientActionItemsQuery, ClientActionItemsQueryVariables>;
export const AddActionItemDocument = new TypedDocumentString(`
    mutation AddActionItem($input: AddActionItemInput!) {
  addActionItem(input: $input) {
    ...ActionItemFields
  }
}
    fragment ActionItemFields on ActionItem {
  id
  clientId
  title
  owner
  dueOn
  status
  createdByName
  completedAt
}`) as unknown as TypedDocumentString<AddActionItemMutation, AddActionItemMutationVariables>;
export const UpdateActionItemDocument = new TypedDocumentString(`
    mutation UpdateActionItem($input: UpdateActionItemInput!) {
  updateActionItem(input: $input) {
    ...ActionItemFields
  }
}
    fragment ActionItemFields on ActionItem {
  id
  clientId
  title
  owner
  dueOn
  status
  createdByName
  completedAt
}`) as unknown as TypedDocumentString<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($filter: AuditEventFilter, $after: String, $first: Int) {
  auditEvents(filter: $filter, after: $after, first: $first) {
    events {
      id
      action
      actorEmail
      targetEmail
      actorDeleted
      targetDeleted
      fromRole
      toRole
      ip
      createdAt
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditActionsDocument = new TypedDocumentString(`
    query AuditActions {
  auditActions
}
    `) as unknown as TypedDocumentString<AuditActionsQuery, AuditActionsQueryVariables>;
export const ConfirmSignUpDocument = new TypedDocumentString(`
    mutation ConfirmSignUp($input: ConfirmSignUpInput!) {
  confirmSignUp(input: $input) {
    ...SessionFields
  }
}
    fragment ViewerFields on Viewer {
  account {
    id
    email
    name
    emailVerified
    isOperator
  }
  memberships {
    practiceId
    practiceSlug
    practiceName
    role
  }
}
fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  viewer {
    ...ViewerFields
  }
}`) as unknown as TypedDocumentString<ConfirmSignUpMutation, ConfirmSignUpMutationVariables>;
export const DemoAccountsDocument = new TypedDocumentString(`
    query DemoAccounts {
  demoAccounts {
    role
    name
    email
    password
  }
}
    `) as unknown as TypedDocumentString<DemoAccountsQuery, DemoAccountsQueryVariables>;
export const EmailLinkValidDocument = new TypedDocumentString(`
    query EmailLinkValid($token: String!, $purpose: EmailLinkPurpose!) {
  emailLinkValid(token: $token, purpose: $purpose)
}
    `) as unknown as TypedDocumentString<EmailLinkValidQuery, EmailLinkValidQueryVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResendVerificationEmailDocument = new TypedDocumentString(`
    mutation ResendVerificationEmail {
  resendVerificationEmail
}
    `) as unknown as TypedDocumentString<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession {
  refreshSession {
    ...SessionFields
  }
}
    fragment ViewerFields on Viewer {
  account {
    id
    email
    name
    emailVerified
    isOperator
  }
  memberships {
    practiceId
    practiceSlug
    practiceName
    role
  }
}
fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  viewer {
    ...ViewerFields
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    ...SessionFields
  }
}
    fragment ViewerFields on Viewer {
  account {
    id
    email
    name
    emailVerified
    isOperator
  }
  memberships {
    practiceId
    practiceSlug
    practiceName
    role
  }
}
fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  viewer {
    ...ViewerFields
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  account {
    id
    email
    name
    emailVerified
    isOperator
  }
  memberships {
    practiceId
    practiceSlug
    practiceName
    role
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input)
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    id
    email
    name
    emailVerified
    isOperator
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const PlansDocument = new TypedDocumentString(`
    query Plans {
  plans {
    ...PlanFields
  }
}
    fragment PlanFields on Plan {
  id
  name
  summary
  monthlyPriceCents
  currency
  limits {
    coaches
    activeClients
    subscribers
    emailsPerMonth
    paidOfferings
  }
}`) as unknown as TypedDocumentString<PlansQuery, PlansQueryVariables>;
export const PracticeBillingDocument = new TypedDocumentString(`
    query PracticeBilling {
  practiceBilling {
    ...PracticeBillingFields
  }
}
    fragment PlanFields on Plan {
  id
  name
  summary
  monthlyPriceCents
  currency
  limits {
    coaches
    activeClients
    subscribers
    emailsPerMonth
    paidOfferings
  }
}
fragment PracticeBillingFields on PracticeBilling {
  configured
  missingVariables
  limitsEnforced
  plan {
    ...PlanFields
  }
  subscribedPlan
  status
  trialEndsAt
  renewsAt
  cancelsAt
  graceEndsAt
  readOnly
  usage {
    limit
    label
    used
    allowed
  }
  invoices {
    id
    number
    status
    amountDueCents
    amountPaidCents
    currency
    hostedInvoiceUrl
    invoicePdfUrl
    periodStart
    periodEnd
    createdAt
  }
}`) as unknown as TypedDocumentString<PracticeBillingQuery, PracticeBillingQueryVariables>;
export const StartPlanCheckoutDocument = new TypedDocumentString(`
    mutation StartPlanCheckout($plan: PlanId!) {
  startPlanCheckout(plan: $plan) {
    url
  }
}
    `) as unknown as TypedDocumentString<StartPlanCheckoutMutation, StartPlanCheckoutMutationVariables>;
export const OpenBillingPortalDocument = new TypedDocumentString(`
    mutation OpenBillingPortal {
  openBillingPortal {
    url
  }
}
    `) as unknown as TypedDocumentString<OpenBillingPortalMutation, OpenBillingPortalMutationVariables>;
export const ChangePlanDocument = new TypedDocumentString(`
    mutation ChangePlan($plan: PlanId!) {
  changePlan(plan: $plan) {
    ...PracticeBillingFields
  }
}
    fragment PlanFields on Plan {
  id
  name
  summary
  monthlyPriceCents
  currency
  limits {
    coaches
    activeClients
    subscribers
    emailsPerMonth
    paidOfferings
  }
}
fragment PracticeBillingFields on PracticeBilling {
  configured
  missingVariables
  limitsEnforced
  plan {
    ...PlanFields
  }
  subscribedPlan
  status
  trialEndsAt
  renewsAt
  cancelsAt
  graceEndsAt
  readOnly
  usage {
    limit
    label
    used
    allowed
  }
  invoices {
    id
    number
    status
    amountDueCents
    amountPaidCents
    currency
    hostedInvoiceUrl
    invoicePdfUrl
    periodStart
    periodEnd
    createdAt
  }
}`) as unknown as TypedDocumentString<ChangePlanMutation, ChangePlanMutationVariables>;
export const PracticeStandingDocument = new TypedDocumentString(`
    query PracticeStanding {
  practiceStanding {
    plan
    status
    trialEndsAt
    graceEndsAt
    readOnly
    suspended
    suspendedReason
  }
}
    `) as unknown as TypedDocumentString<PracticeStandingQuery, PracticeStandingQueryVariables>;
export const ClientMasterclassesDocument = new TypedDocumentString(`
    query ClientMasterclasses($clientId: ID!) {
  client(id: $clientId) {
    id
    masterclassRegistrations {
      id
      masterclassId
      status
      attendance
      registeredAt
      masterclassTitle
    }
  }
}
    `) as unknown as TypedDocumentString<ClientMasterclassesQuery, ClientMasterclassesQueryVariables>;
export const ClientCheckInsDocument = new TypedDocumentString(`
    query ClientCheckIns($clientId: ID!, $after: String) {
  clientCheckIns(clientId: $clientId, first: 12, after: $after) {
    nodes {
      ...CoachCheckInFields
    }
    endCursor
    hasNextPage
  }
}
    fragment CoachCheckInFields on CheckIn {
  id
  weekStart
  progress
  energy
  wins
  defaultedToDoing
  declinedOrDelegated
  strategicWork
  impactMadeLegible
  nextCommitments
  late
  submittedAt
  acknowledgedAt
  coachReply
  repliedAt
  repliedByName
}`) as unknown as TypedDocumentString<ClientCheckInsQuery, ClientCheckInsQueryVariables>;
export const AcknowledgeCheckInDocument = new TypedDocumentString(`
    mutation AcknowledgeCheckIn($id: ID!) {
  acknowledgeCheckIn(id: $id) {
    ...CoachCheckInFields
  }
}
    fragment CoachCheckInFields on CheckIn {
  id
  weekStart
  progress
  energy
  wins
  defaultedToDoing
  declinedOrDelegated
  strategicWork
  impactMadeLegible
  nextCommitments
  late
  submittedAt
  acknowledgedAt
  coachReply
  repliedAt
  repliedByName
}`) as unknown as TypedDocumentString<AcknowledgeCheckInMutation, AcknowledgeCheckInMutationVariables>;
export const ReplyToCheckInDocument = new TypedDocumentString(`
    mutation ReplyToCheckIn($id: ID!, $reply: String!) {
  replyToCheckIn(id: $id, reply: $reply) {
    ...CoachCheckInFields
  }
}
    fragment CoachCheckInFields on CheckIn {
  id
  weekStart
  progress
  energy
  wins
  defaultedToDoing
  declinedOrDelegated
  strategicWork
  impactMadeLegible
  nextCommitments
  late
  submittedAt
  acknowledgedAt
  coachReply
  repliedAt
  repliedByName
}`) as unknown as TypedDocumentString<ReplyToCheckInMutation, ReplyToCheckInMutationVariables>;
export const ClientDetailDocument = new TypedDocumentString(`
    query ClientDetail($clientId: ID!) {
  clientDetail(clientId: $clientId) {
    clientId
    name
    email
    status
    timeZone
    goal {
      statement
      targetDate
    }
    methodStep
    stepsDone
    streakWeeks
    flags
    progressSeries {
      weekStart
      progress
      energy
    }
  }
}
    `) as unknown as TypedDocumentString<ClientDetailQuery, ClientDetailQueryVariables>;
export const SessionNotesDocument = new TypedDocumentString(`
    query SessionNotes($clientId: ID!) {
  sessionNotes(clientId: $clientId) {
    ...SessionNoteFields
  }
}
    fragment SessionNoteFields on SessionNote {
  id
  heldOn
  body
  authorName
  updatedAt
}`) as unknown as TypedDocumentString<SessionNotesQuery, SessionNotesQueryVariables>;
export const AddSessionNoteDocument = new TypedDocumentString(`
    mutation AddSessionNote($input: AddSessionNoteInput!) {
  addSessionNote(input: $input) {
    ...SessionNoteFields
  }
}
    fragment SessionNoteFields on SessionNote {
  id
  heldOn
  body
  authorName
  updatedAt
}`) as unknown as TypedDocumentString<AddSessionNoteMutation, AddSessionNoteMutationVariables>;
export const UpdateSessionNoteDocument = new TypedDocumentString(`
    mutation UpdateSessionNote($input: UpdateSessionNoteInput!) {
  updateSessionNote(input: $input) {
    ...SessionNoteFields
  }
}
    fragment SessionNoteFields on SessionNote {
  id
  heldOn
  body
  authorName
  updatedAt
}`) as unknown as TypedDocumentString<UpdateSessionNoteMutation, UpdateSessionNoteMutationVariables>;
export const CoachDashboardDocument = new TypedDocumentString(`
    query CoachDashboard($sort: DashboardSort) {
  coachDashboard(sort: $sort) {
    clientId
    name
    status
    goal {
      statement
      targetDate
    }
    methodStep
    stepsDone
    recentWeeks {
      weekStart
      progress
      energy
    }
    lastCheckIn {
      id
      weekStart
      submittedAt
      acknowledged
      late
    }
    streakWeeks
    flags
    urgency
  }
}
    `) as unknown as TypedDocumentString<CoachDashboardQuery, CoachDashboardQueryVariables>;
export const CoachArticlesDocument = new TypedDocumentString(`
    query CoachArticles($filter: ArticleFilter) {
  articles(filter: $filter) {
    id
    slug
    title
    pubDate
    category
    tags
    status
    publicUrl
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<CoachArticlesQuery, CoachArticlesQueryVariables>;
export const CoachArticleDocument = new TypedDocumentString(`
    query CoachArticle($id: ID!) {
  article(id: $id) {
    ...CoachArticleFields
  }
}
    fragment CoachArticleFields on Article {
  id
  slug
  title
  description
  body
  pubDate
  category
  tags
  draft
  promo
  status
  publicUrl
  authorName
  updatedAt
}`) as unknown as TypedDocumentString<CoachArticleQuery, CoachArticleQueryVariables>;
export const ArticlePreviewDocument = new TypedDocumentString(`
    query ArticlePreview($markdown: String!) {
  articlePreview(markdown: $markdown)
}
    `) as unknown as TypedDocumentString<ArticlePreviewQuery, ArticlePreviewQueryVariables>;
export const ArticleCategoriesDocument = new TypedDocumentString(`
    query ArticleCategories {
  articleCategories
}
    `) as unknown as TypedDocumentString<ArticleCategoriesQuery, ArticleCategoriesQueryVariables>;
export const CreateArticleDocument = new TypedDocumentString(`
    mutation CreateArticle($input: ArticleInput!) {
  createArticle(input: $input) {
    ...CoachArticleFields
  }
}
    fragment CoachArticleFields on Article {
  id
  slug
  title
  description
  body
  pubDate
  category
  tags
  draft
  promo
  status
  publicUrl
  authorName
  updatedAt
}`) as unknown as TypedDocumentString<CreateArticleMutation, CreateArticleMutationVariables>;
export const UpdateArticleDocument = new TypedDocumentString(`
    mutation UpdateArticle($input: UpdateArticleInput!) {
  updateArticle(input: $input) {
    ...CoachArticleFields
  }
}
    fragment CoachArticleFields on Article {
  id
  slug
  title
  description
  body
  pubDate
  category
  tags
  draft
  promo
  status
  publicUrl
  authorName
  updatedAt
}`) as unknown as TypedDocumentString<UpdateArticleMutation, UpdateArticleMutationVariables>;
export const DeleteArticleDocument = new TypedDocumentString(`
    mutation DeleteArticle($id: ID!) {
  deleteArticle(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteArticleMutation, DeleteArticleMutationVariables>;
export const ImportArticlesDocument = new TypedDocumentString(`
    mutation ImportArticles($input: ImportArticlesInput!) {
  importArticles(input: $input) {
    committed
    created
    updated
    unchanged
    failed
    files {
      name
      outcome
      slug
      title
      articleId
      needsReview
      problems {
        field
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportArticlesMutation, ImportArticlesMutationVariables>;
export const UpdatePracticeProfileDocument = new TypedDocumentString(`
    mutation UpdatePracticeProfile($input: PracticeProfileInput!) {
  updatePracticeProfile(input: $input) {
    ...PublicPracticeProfile
  }
}
    fragment PublicPracticeProfile on PracticeProfile {
  id
  slug
  name
  tagline
  coachName
  coachBio
  timeZone
  photoUrl
  ctaText
  ctaUrl
  socialLinks {
    label
    url
  }
}`) as unknown as TypedDocumentString<UpdatePracticeProfileMutation, UpdatePracticeProfileMutationVariables>;
export const CoachVideosDocument = new TypedDocumentString(`
    query CoachVideos {
  videos {
    ...VideoFields
  }
}
    fragment VideoFields on Video {
  id
  title
  description
  provider
  providerVideoId
  url
  embedUrl
  visibility
  publishedAt
}`) as unknown as TypedDocumentString<CoachVideosQuery, CoachVideosQueryVariables>;
export const MemberVideosDocument = new TypedDocumentString(`
    query MemberVideos {
  memberVideos {
    ...VideoFields
  }
}
    fragment VideoFields on Video {
  id
  title
  description
  provider
  providerVideoId
  url
  embedUrl
  visibility
  publishedAt
}`) as unknown as TypedDocumentString<MemberVideosQuery, MemberVideosQueryVariables>;
export const CreateVideoDocument = new TypedDocumentString(`
    mutation CreateVideo($input: VideoInput!) {
  createVideo(input: $input) {
    ...VideoFields
  }
}
    fragment VideoFields on Video {
  id
  title
  description
  provider
  providerVideoId
  url
  embedUrl
  visibility
  publishedAt
}`) as unknown as TypedDocumentString<CreateVideoMutation, CreateVideoMutationVariables>;
export const UpdateVideoDocument = new TypedDocumentString(`
    mutation UpdateVideo($input: UpdateVideoInput!) {
  updateVideo(input: $input) {
    ...VideoFields
  }
}
    fragment VideoFields on Video {
  id
  title
  description
  provider
  providerVideoId
  url
  embedUrl
  visibility
  publishedAt
}`) as unknown as TypedDocumentString<UpdateVideoMutation, UpdateVideoMutationVariables>;
export const DeleteVideoDocument = new TypedDocumentString(`
    mutation DeleteVideo($id: ID!) {
  deleteVideo(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteVideoMutation, DeleteVideoMutationVariables>;
export const ImpactEntriesDocument = new TypedDocumentString(`
    query ImpactEntries {
  myImpactEntries {
    ...ImpactEntryFields
  }
  impactSuggestions {
    checkInId
    weekStart
    impactMadeLegible
  }
}
    fragment ImpactEntryFields on ImpactEntry {
  id
  whatIDid
  outcome
  outcomeKind
  beneficiary
  significance
  occurredOn
  checkInId
}`) as unknown as TypedDocumentString<ImpactEntriesQuery, ImpactEntriesQueryVariables>;
export const ImpactSummaryDocument = new TypedDocumentString(`
    query ImpactSummary($from: String!, $to: String!) {
  impactSummary(from: $from, to: $to) {
    from
    to
    title
    period
    opening
    entryCount
    markdown
    groups {
      outcomeKind
      heading
      entries {
        ...ImpactEntryFields
      }
    }
  }
}
    fragment ImpactEntryFields on ImpactEntry {
  id
  whatIDid
  outcome
  outcomeKind
  beneficiary
  significance
  occurredOn
  checkInId
}`) as unknown as TypedDocumentString<ImpactSummaryQuery, ImpactSummaryQueryVariables>;
export const AddImpactEntryDocument = new TypedDocumentString(`
    mutation AddImpactEntry($input: AddImpactEntryInput!) {
  addImpactEntry(input: $input) {
    ...ImpactEntryFields
  }
}
    fragment ImpactEntryFields on ImpactEntry {
  id
  whatIDid
  outcome
  outcomeKind
  beneficiary
  significance
  occurredOn
  checkInId
}`) as unknown as TypedDocumentString<AddImpactEntryMutation, AddImpactEntryMutationVariables>;
export const UpdateImpactEntryDocument = new TypedDocumentString(`
    mutation UpdateImpactEntry($input: UpdateImpactEntryInput!) {
  updateImpactEntry(input: $input) {
    ...ImpactEntryFields
  }
}
    fragment ImpactEntryFields on ImpactEntry {
  id
  whatIDid
  outcome
  outcomeKind
  beneficiary
  significance
  occurredOn
  checkInId
}`) as unknown as TypedDocumentString<UpdateImpactEntryMutation, UpdateImpactEntryMutationVariables>;
export const RemoveImpactEntryDocument = new TypedDocumentString(`
    mutation RemoveImpactEntry($id: ID!) {
  removeImpactEntry(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveImpactEntryMutation, RemoveImpactEntryMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($practiceId: ID!, $token: String!) {
  invitationPreview(practiceId: $practiceId, token: $token) {
    practiceName
    email
    role
    accountExists
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    ...SessionFields
  }
}
    fragment ViewerFields on Viewer {
  account {
    id
    email
    name
    emailVerified
    isOperator
  }
  memberships {
    practiceId
    practiceSlug
    practiceName
    role
  }
}
fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  viewer {
    ...ViewerFields
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ApplyToWorkWithDocument = new TypedDocumentString(`
    mutation ApplyToWorkWith($input: ApplyToWorkWithInput!) {
  applyToWorkWith(input: $input)
}
    `) as unknown as TypedDocumentString<ApplyToWorkWithMutation, ApplyToWorkWithMutationVariables>;
export const CalendarFeedDocument = new TypedDocumentString(`
    query CalendarFeed {
  calendarFeed {
    active
    createdAt
  }
}
    `) as unknown as TypedDocumentString<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = new TypedDocumentString(`
    mutation CreateCalendarFeed {
  createCalendarFeed {
    url
    webcalUrl
  }
}
    `) as unknown as TypedDocumentString<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = new TypedDocumentString(`
    mutation RevokeCalendarFeed {
  revokeCalendarFeed
}
    `) as unknown as TypedDocumentString<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const MyMasterclassRegistrationsDocument = new TypedDocumentString(`
    query MyMasterclassRegistrations {
  myMasterclassRegistrations {
    ...MyRegistrationFields
  }
}
    fragment PublicMasterclassFields on PublicMasterclass {
  id
  slug
  practiceSlug
  practiceName
  title
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  seatsLeft
  price {
    amountCents
    currency
  }
  registrationDeadline
  registrationOpen
  status
  hostName
}
fragment MyRegistrationFields on MyRegistration {
  id
  name
  email
  status
  waitlistPosition
  holdExpiresAt
  joinUrl
  replayUrl
  calendarUrl
  manageToken
  masterclass {
    ...PublicMasterclassFields
  }
}`) as unknown as TypedDocumentString<MyMasterclassRegistrationsQuery, MyMasterclassRegistrationsQueryVariables>;
export const UpcomingMasterclassesDocument = new TypedDocumentString(`
    query UpcomingMasterclasses($practiceSlug: String!) {
  publicMasterclasses(practiceSlug: $practiceSlug) {
    ...PublicMasterclassFields
  }
}
    fragment PublicMasterclassFields on PublicMasterclass {
  id
  slug
  practiceSlug
  practiceName
  title
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  seatsLeft
  price {
    amountCents
    currency
  }
  registrationDeadline
  registrationOpen
  status
  hostName
}`) as unknown as TypedDocumentString<UpcomingMasterclassesQuery, UpcomingMasterclassesQueryVariables>;
export const PublicMasterclassPageDocument = new TypedDocumentString(`
    query PublicMasterclassPage($practiceSlug: String!, $slug: String!) {
  publicMasterclass(practiceSlug: $practiceSlug, slug: $slug) {
    ...PublicMasterclassFields
  }
}
    fragment PublicMasterclassFields on PublicMasterclass {
  id
  slug
  practiceSlug
  practiceName
  title
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  seatsLeft
  price {
    amountCents
    currency
  }
  registrationDeadline
  registrationOpen
  status
  hostName
}`) as unknown as TypedDocumentString<PublicMasterclassPageQuery, PublicMasterclassPageQueryVariables>;
export const RegisterForMasterclassDocument = new TypedDocumentString(`
    mutation RegisterForMasterclass($input: RegisterForMasterclassInput!) {
  registerForMasterclass(input: $input) {
    alreadyRegistered
    registration {
      ...RegistrationReceiptFields
    }
  }
}
    fragment RegistrationReceiptFields on MyRegistration {
  id
  email
  status
  waitlistPosition
  holdExpiresAt
  calendarUrl
  manageToken
  masterclass {
    practiceSlug
  }
}`) as unknown as TypedDocumentString<RegisterForMasterclassMutation, RegisterForMasterclassMutationVariables>;
export const RegisterMeForMasterclassDocument = new TypedDocumentString(`
    mutation RegisterMeForMasterclass($masterclassId: ID!) {
  registerMeForMasterclass(masterclassId: $masterclassId) {
    ...MyRegistrationFields
  }
}
    fragment PublicMasterclassFields on PublicMasterclass {
  id
  slug
  practiceSlug
  practiceName
  title
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  seatsLeft
  price {
    amountCents
    currency
  }
  registrationDeadline
  registrationOpen
  status
  hostName
}
fragment MyRegistrationFields on MyRegistration {
  id
  name
  email
  status
  waitlistPosition
  holdExpiresAt
  joinUrl
  replayUrl
  calendarUrl
  manageToken
  masterclass {
    ...PublicMasterclassFields
  }
}`) as unknown as TypedDocumentString<RegisterMeForMasterclassMutation, RegisterMeForMasterclassMutationVariables>;
export const RegistrationByLinkDocument = new TypedDocumentString(`
    query RegistrationByLink($token: String!) {
  registrationByLink(token: $token) {
    ...MyRegistrationFields
  }
}
    fragment PublicMasterclassFields on PublicMasterclass {
  id
  slug
  practiceSlug
  practiceName
  title
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  seatsLeft
  price {
    amountCents
    currency
  }
  registrationDeadline
  registrationOpen
  status
  hostName
}
fragment MyRegistrationFields on MyRegistration {
  id
  name
  email
  status
  waitlistPosition
  holdExpiresAt
  joinUrl
  replayUrl
  calendarUrl
  manageToken
  masterclass {
    ...PublicMasterclassFields
  }
}`) as unknown as TypedDocumentString<RegistrationByLinkQuery, RegistrationByLinkQueryVariables>;
export const CancelRegistrationByLinkDocument = new TypedDocumentString(`
    mutation CancelRegistrationByLink($token: String!) {
  cancelRegistration(token: $token) {
    ...MyRegistrationFields
  }
}
    fragment PublicMasterclassFields on PublicMasterclass {
  id
  slug
  practiceSlug
  practiceName
  title
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  seatsLeft
  price {
    amountCents
    currency
  }
  registrationDeadline
  registrationOpen
  status
  hostName
}
fragment MyRegistrationFields on MyRegistration {
  id
  name
  email
  status
  waitlistPosition
  holdExpiresAt
  joinUrl
  replayUrl
  calendarUrl
  manageToken
  masterclass {
    ...PublicMasterclassFields
  }
}`) as unknown as TypedDocumentString<CancelRegistrationByLinkMutation, CancelRegistrationByLinkMutationVariables>;
export const MasterclassFunnelDocument = new TypedDocumentString(`
    query MasterclassFunnel($from: DateTime!, $to: DateTime!) {
  masterclassFunnel(from: $from, to: $to) {
    from
    to
    totals {
      ...FunnelFigureFields
    }
    masterclasses {
      masterclassId
      title
      startsAt
      status
      figures {
        ...FunnelFigureFields
      }
    }
    sources {
      source
      newsletterIssue
      utmSource
      utmCampaign
      registered
      attended
      becameClients
    }
  }
}
    fragment FunnelFigureFields on FunnelFigures {
  registered
  waitlisted
  confirmed
  attended
  attendanceRate
  becameClients
}`) as unknown as TypedDocumentString<MasterclassFunnelQuery, MasterclassFunnelQueryVariables>;
export const CoachMasterclassesDocument = new TypedDocumentString(`
    query CoachMasterclasses($when: MasterclassPeriod!) {
  masterclasses(when: $when) {
    id
    title
    startsAt
    timeZone
    status
    capacity
    seatsTaken
    waitlisted
    price {
      amountCents
      currency
    }
  }
}
    `) as unknown as TypedDocumentString<CoachMasterclassesQuery, CoachMasterclassesQueryVariables>;
export const CoachMasterclassDocument = new TypedDocumentString(`
    query CoachMasterclass($id: ID!) {
  masterclass(id: $id) {
    ...CoachMasterclass
  }
}
    fragment CoachMasterclass on Masterclass {
  id
  slug
  title
  description
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  capacity
  price {
    amountCents
    currency
  }
  registrationDeadline
  joinUrl
  replayUrl
  host {
    userId
    name
  }
  status
  seatsTaken
  waitlisted
  publicUrl
}`) as unknown as TypedDocumentString<CoachMasterclassQuery, CoachMasterclassQueryVariables>;
export const MasterclassDescriptionPreviewDocument = new TypedDocumentString(`
    query MasterclassDescriptionPreview($markdown: String!) {
  masterclassDescriptionPreview(markdown: $markdown)
}
    `) as unknown as TypedDocumentString<MasterclassDescriptionPreviewQuery, MasterclassDescriptionPreviewQueryVariables>;
export const CreateMasterclassDocument = new TypedDocumentString(`
    mutation CreateMasterclass($input: MasterclassInput!) {
  createMasterclass(input: $input) {
    ...CoachMasterclass
  }
}
    fragment CoachMasterclass on Masterclass {
  id
  slug
  title
  description
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  capacity
  price {
    amountCents
    currency
  }
  registrationDeadline
  joinUrl
  replayUrl
  host {
    userId
    name
  }
  status
  seatsTaken
  waitlisted
  publicUrl
}`) as unknown as TypedDocumentString<CreateMasterclassMutation, CreateMasterclassMutationVariables>;
export const UpdateMasterclassDocument = new TypedDocumentString(`
    mutation UpdateMasterclass($input: UpdateMasterclassInput!) {
  updateMasterclass(input: $input) {
    ...CoachMasterclass
  }
}
    fragment CoachMasterclass on Masterclass {
  id
  slug
  title
  description
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  capacity
  price {
    amountCents
    currency
  }
  registrationDeadline
  joinUrl
  replayUrl
  host {
    userId
    name
  }
  status
  seatsTaken
  waitlisted
  publicUrl
}`) as unknown as TypedDocumentString<UpdateMasterclassMutation, UpdateMasterclassMutationVariables>;
export const PublishMasterclassDocument = new TypedDocumentString(`
    mutation PublishMasterclass($id: ID!) {
  publishMasterclass(id: $id) {
    ...CoachMasterclass
  }
}
    fragment CoachMasterclass on Masterclass {
  id
  slug
  title
  description
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  capacity
  price {
    amountCents
    currency
  }
  registrationDeadline
  joinUrl
  replayUrl
  host {
    userId
    name
  }
  status
  seatsTaken
  waitlisted
  publicUrl
}`) as unknown as TypedDocumentString<PublishMasterclassMutation, PublishMasterclassMutationVariables>;
export const CancelMasterclassDocument = new TypedDocumentString(`
    mutation CancelMasterclass($id: ID!) {
  cancelMasterclass(id: $id) {
    ...CoachMasterclass
  }
}
    fragment CoachMasterclass on Masterclass {
  id
  slug
  title
  description
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  capacity
  price {
    amountCents
    currency
  }
  registrationDeadline
  joinUrl
  replayUrl
  host {
    userId
    name
  }
  status
  seatsTaken
  waitlisted
  publicUrl
}`) as unknown as TypedDocumentString<CancelMasterclassMutation, CancelMasterclassMutationVariables>;
export const CompleteMasterclassDocument = new TypedDocumentString(`
    mutation CompleteMasterclass($id: ID!) {
  completeMasterclass(id: $id) {
    ...CoachMasterclass
  }
}
    fragment CoachMasterclass on Masterclass {
  id
  slug
  title
  description
  descriptionHtml
  startsAt
  endsAt
  durationMinutes
  timeZone
  capacity
  price {
    amountCents
    currency
  }
  registrationDeadline
  joinUrl
  replayUrl
  host {
    userId
    name
  }
  status
  seatsTaken
  waitlisted
  publicUrl
}`) as unknown as TypedDocumentString<CompleteMasterclassMutation, CompleteMasterclassMutationVariables>;
export const DeleteMasterclassDocument = new TypedDocumentString(`
    mutation DeleteMasterclass($id: ID!) {
  deleteMasterclass(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteMasterclassMutation, DeleteMasterclassMutationVariables>;
export const MasterclassRegistrationsDocument = new TypedDocumentString(`
    query MasterclassRegistrations($masterclassId: ID!, $filter: RegistrationFilter, $first: Int, $after: String) {
  masterclassRegistrations(
    masterclassId: $masterclassId
    filter: $filter
    first: $first
    after: $after
  ) {
    total
    nextCursor
    registrations {
      ...CoachRegistration
    }
  }
}
    fragment CoachRegistration on Registration {
  id
  name
  email
  status
  waitlistPosition
  holdExpiresAt
  attendance
  question
  registeredAt
  cancelledAt
  clientId
  invitedAsClientAt
  origin {
    source
    newsletterIssue
    utmSource
    utmMedium
    utmCampaign
  }
}`) as unknown as TypedDocumentString<MasterclassRegistrationsQuery, MasterclassRegistrationsQueryVariables>;
export const MasterclassRegistrationsCsvDocument = new TypedDocumentString(`
    query MasterclassRegistrationsCsv($masterclassId: ID!) {
  masterclassRegistrationsCsv(masterclassId: $masterclassId)
}
    `) as unknown as TypedDocumentString<MasterclassRegistrationsCsvQuery, MasterclassRegistrationsCsvQueryVariables>;
export const MarkAttendanceDocument = new TypedDocumentString(`
    mutation MarkAttendance($input: MarkAttendanceInput!) {
  markAttendance(input: $input) {
    ...CoachRegistration
  }
}
    fragment CoachRegistration on Registration {
  id
  name
  email
  status
  waitlistPosition
  holdExpiresAt
  attendance
  question
  registeredAt
  cancelledAt
  clientId
  invitedAsClientAt
  origin {
    source
    newsletterIssue
    utmSource
    utmMedium
    utmCampaign
  }
}`) as unknown as TypedDocumentString<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const InviteRegistrantAsClientDocument = new TypedDocumentString(`
    mutation InviteRegistrantAsClient($registrationId: ID!) {
  inviteRegistrantAsClient(registrationId: $registrationId) {
    clientId
    email
  }
}
    `) as unknown as TypedDocumentString<InviteRegistrantAsClientMutation, InviteRegistrantAsClientMutationVariables>;
export const NewsletterSignupWordingDocument = new TypedDocumentString(`
    query NewsletterSignupWording($practiceSlug: String!) {
  newsletterSignupWording(practiceSlug: $practiceSlug)
}
    `) as unknown as TypedDocumentString<NewsletterSignupWordingQuery, NewsletterSignupWordingQueryVariables>;
export const SubscribeToNewsletterDocument = new TypedDocumentString(`
    mutation SubscribeToNewsletter($input: SubscribeInput!) {
  subscribeToNewsletter(input: $input) {
    message
  }
}
    `) as unknown as TypedDocumentString<SubscribeToNewsletterMutation, SubscribeToNewsletterMutationVariables>;
export const NewsletterConfirmationDocument = new TypedDocumentString(`
    query NewsletterConfirmation($token: String!) {
  newsletterConfirmation(token: $token) {
    ...NewsletterConfirmationFields
  }
}
    fragment NewsletterConfirmationFields on NewsletterConfirmation {
  practiceName
  practiceSlug
  email
  status
}`) as unknown as TypedDocumentString<NewsletterConfirmationQuery, NewsletterConfirmationQueryVariables>;
export const ConfirmNewsletterSubscriptionDocument = new TypedDocumentString(`
    mutation ConfirmNewsletterSubscription($token: String!) {
  confirmNewsletterSubscription(token: $token) {
    ...NewsletterConfirmationFields
  }
}
    fragment NewsletterConfirmationFields on NewsletterConfirmation {
  practiceName
  practiceSlug
  email
  status
}`) as unknown as TypedDocumentString<ConfirmNewsletterSubscriptionMutation, ConfirmNewsletterSubscriptionMutationVariables>;
export const UnsubscribeFromNewsletterDocument = new TypedDocumentString(`
    mutation UnsubscribeFromNewsletter($token: String!) {
  unsubscribeFromNewsletter(token: $token) {
    ...NewsletterConfirmationFields
  }
}
    fragment NewsletterConfirmationFields on NewsletterConfirmation {
  practiceName
  practiceSlug
  email
  status
}`) as unknown as TypedDocumentString<UnsubscribeFromNewsletterMutation, UnsubscribeFromNewsletterMutationVariables>;
export const ResubscribeToNewsletterDocument = new TypedDocumentString(`
    mutation ResubscribeToNewsletter($token: String!) {
  resubscribeToNewsletter(token: $token) {
    ...NewsletterConfirmationFields
  }
}
    fragment NewsletterConfirmationFields on NewsletterConfirmation {
  practiceName
  practiceSlug
  email
  status
}`) as unknown as TypedDocumentString<ResubscribeToNewsletterMutation, ResubscribeToNewsletterMutationVariables>;
export const NewsletterIssuesDocument = new TypedDocumentString(`
    query NewsletterIssues {
  newsletterIssues {
    id
    subject
    kind
    weekOf
    status
    scheduledAt
    startedAt
    finishedAt
    recipients
    sent
    failed
    bounced
    unsubscribed
  }
}
    `) as unknown as TypedDocumentString<NewsletterIssuesQuery, NewsletterIssuesQueryVariables>;
export const NewsletterIssueDocument = new TypedDocumentString(`
    query NewsletterIssue($id: ID!) {
  newsletterIssue(id: $id) {
    ...CoachNewsletterIssue
  }
}
    fragment CoachNewsletterIssue on NewsletterIssue {
  id
  subject
  preheader
  body
  kind
  weekOf
  status
  scheduledAt
  startedAt
  finishedAt
  recipients
  sent
  failed
  pending
  bounced
  complained
  unsubscribed
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<NewsletterIssueQuery, NewsletterIssueQueryVariables>;
export const NewsletterIssuePreviewDocument = new TypedDocumentString(`
    query NewsletterIssuePreview($subject: String!, $preheader: String!, $body: String!) {
  newsletterIssuePreview(subject: $subject, preheader: $preheader, body: $body)
}
    `) as unknown as TypedDocumentString<NewsletterIssuePreviewQuery, NewsletterIssuePreviewQueryVariables>;
export const CreateNewsletterIssueDocument = new TypedDocumentString(`
    mutation CreateNewsletterIssue($input: NewsletterIssueInput!) {
  createNewsletterIssue(input: $input) {
    ...CoachNewsletterIssue
  }
}
    fragment CoachNewsletterIssue on NewsletterIssue {
  id
  subject
  preheader
  body
  kind
  weekOf
  status
  scheduledAt
  startedAt
  finishedAt
  recipients
  sent
  failed
  pending
  bounced
  complained
  unsubscribed
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateNewsletterIssueMutation, CreateNewsletterIssueMutationVariables>;
export const UpdateNewsletterIssueDocument = new TypedDocumentString(`
    mutation UpdateNewsletterIssue($input: UpdateNewsletterIssueInput!) {
  updateNewsletterIssue(input: $input) {
    ...CoachNewsletterIssue
  }
}
    fragment CoachNewsletterIssue on NewsletterIssue {
  id
  subject
  preheader
  body
  kind
  weekOf
  status
  scheduledAt
  startedAt
  finishedAt
  recipients
  sent
  failed
  pending
  bounced
  complained
  unsubscribed
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateNewsletterIssueMutation, UpdateNewsletterIssueMutationVariables>;
export const DeleteNewsletterIssueDocument = new TypedDocumentString(`
    mutation DeleteNewsletterIssue($id: ID!) {
  deleteNewsletterIssue(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteNewsletterIssueMutation, DeleteNewsletterIssueMutationVariables>;
export const SendNewsletterTestDocument = new TypedDocumentString(`
    mutation SendNewsletterTest($id: ID!) {
  sendNewsletterTest(id: $id)
}
    `) as unknown as TypedDocumentString<SendNewsletterTestMutation, SendNewsletterTestMutationVariables>;
export const ScheduleNewsletterIssueDocument = new TypedDocumentString(`
    mutation ScheduleNewsletterIssue($id: ID!, $at: DateTime!) {
  scheduleNewsletterIssue(id: $id, at: $at) {
    ...CoachNewsletterIssue
  }
}
    fragment CoachNewsletterIssue on NewsletterIssue {
  id
  subject
  preheader
  body
  kind
  weekOf
  status
  scheduledAt
  startedAt
  finishedAt
  recipients
  sent
  failed
  pending
  bounced
  complained
  unsubscribed
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ScheduleNewsletterIssueMutation, ScheduleNewsletterIssueMutationVariables>;
export const UnscheduleNewsletterIssueDocument = new TypedDocumentString(`
    mutation UnscheduleNewsletterIssue($id: ID!) {
  unscheduleNewsletterIssue(id: $id) {
    ...CoachNewsletterIssue
  }
}
    fragment CoachNewsletterIssue on NewsletterIssue {
  id
  subject
  preheader
  body
  kind
  weekOf
  status
  scheduledAt
  startedAt
  finishedAt
  recipients
  sent
  failed
  pending
  bounced
  complained
  unsubscribed
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UnscheduleNewsletterIssueMutation, UnscheduleNewsletterIssueMutationVariables>;
export const SendNewsletterIssueNowDocument = new TypedDocumentString(`
    mutation SendNewsletterIssueNow($id: ID!) {
  sendNewsletterIssueNow(id: $id) {
    ...CoachNewsletterIssue
  }
}
    fragment CoachNewsletterIssue on NewsletterIssue {
  id
  subject
  preheader
  body
  kind
  weekOf
  status
  scheduledAt
  startedAt
  finishedAt
  recipients
  sent
  failed
  pending
  bounced
  complained
  unsubscribed
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SendNewsletterIssueNowMutation, SendNewsletterIssueNowMutationVariables>;
export const NewsletterSettingsDocument = new TypedDocumentString(`
    query NewsletterSettings {
  newsletterSettings {
    weeklyEnabled
    weeklyWeekday
  }
}
    `) as unknown as TypedDocumentString<NewsletterSettingsQuery, NewsletterSettingsQueryVariables>;
export const UpdateNewsletterSettingsDocument = new TypedDocumentString(`
    mutation UpdateNewsletterSettings($input: NewsletterSettingsInput!) {
  updateNewsletterSettings(input: $input) {
    weeklyEnabled
    weeklyWeekday
  }
}
    `) as unknown as TypedDocumentString<UpdateNewsletterSettingsMutation, UpdateNewsletterSettingsMutationVariables>;
export const PreviewSubscriberImportDocument = new TypedDocumentString(`
    query PreviewSubscriberImport($csv: String!, $fileName: String!) {
  previewSubscriberImport(csv: $csv, fileName: $fileName) {
    total
    willSubscribe
    willSkip
    errors
    rows {
      line
      email
      name
      status
      consentAt
      outcome
      problems
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewSubscriberImportQuery, PreviewSubscriberImportQueryVariables>;
export const ImportSubscribersDocument = new TypedDocumentString(`
    mutation ImportSubscribers($csv: String!, $fileName: String!) {
  importSubscribers(csv: $csv, fileName: $fileName) {
    ...SubscriberImportFields
  }
}
    fragment SubscriberImportFields on SubscriberImport {
  id
  fileName
  status
  total
  processed
  created
  updated
  skipped
  failed
  errors
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<ImportSubscribersMutation, ImportSubscribersMutationVariables>;
export const SubscriberImportDocument = new TypedDocumentString(`
    query SubscriberImport($id: ID!) {
  subscriberImport(id: $id) {
    ...SubscriberImportFields
  }
}
    fragment SubscriberImportFields on SubscriberImport {
  id
  fileName
  status
  total
  processed
  created
  updated
  skipped
  failed
  errors
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<SubscriberImportQuery, SubscriberImportQueryVariables>;
export const SubscribersDocument = new TypedDocumentString(`
    query Subscribers($filter: SubscriberFilter) {
  subscribers(filter: $filter) {
    total
    counts {
      ...SubscriberCountFields
    }
    subscribers {
      ...CoachSubscriber
    }
  }
}
    fragment SubscriberCountFields on SubscriberCounts {
  pending
  subscribed
  unsubscribed
  bounced
  complained
}
fragment CoachSubscriber on Subscriber {
  id
  email
  name
  status
  source
  consentAt
  consentText
  consentSource
  consentIp
  confirmedAt
  unsubscribedAt
  createdAt
}`) as unknown as TypedDocumentString<SubscribersQuery, SubscribersQueryVariables>;
export const SubscriberCountsDocument = new TypedDocumentString(`
    query SubscriberCounts {
  subscribers(filter: {limit: 1}) {
    counts {
      ...SubscriberCountFields
    }
  }
}
    fragment SubscriberCountFields on SubscriberCounts {
  pending
  subscribed
  unsubscribed
  bounced
  complained
}`) as unknown as TypedDocumentString<SubscriberCountsQuery, SubscriberCountsQueryVariables>;
export const SubscribersCsvDocument = new TypedDocumentString(`
    query SubscribersCsv($status: SubscriberStatus) {
  subscribersCsv(status: $status)
}
    `) as unknown as TypedDocumentString<SubscribersCsvQuery, SubscribersCsvQueryVariables>;
export const UnsubscribeSubscriberDocument = new TypedDocumentString(`
    mutation UnsubscribeSubscriber($id: ID!) {
  unsubscribeSubscriber(id: $id) {
    ...CoachSubscriber
  }
}
    fragment CoachSubscriber on Subscriber {
  id
  email
  name
  status
  source
  consentAt
  consentText
  consentSource
  consentIp
  confirmedAt
  unsubscribedAt
  createdAt
}`) as unknown as TypedDocumentString<UnsubscribeSubscriberMutation, UnsubscribeSubscriberMutationVariables>;
export const DeleteSubscriberDocument = new TypedDocumentString(`
    mutation DeleteSubscriber($id: ID!) {
  deleteSubscriber(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSubscriberMutation, DeleteSubscriberMutationVariables>;
export const OperatorPracticesDocument = new TypedDocumentString(`
    query OperatorPractices {
  operatorPractices {
    ...OperatorPracticeFields
  }
}
    fragment OperatorPracticeFields on OperatorPractice {
  id
  slug
  name
  createdAt
  plan
  status
  trialEndsAt
  mrrCents
  suspended
  suspendedReason
  coaches
  activeClients
  subscribers
  emailsThisMonth
}`) as unknown as TypedDocumentString<OperatorPracticesQuery, OperatorPracticesQueryVariables>;
export const OperatorTotalsDocument = new TypedDocumentString(`
    query OperatorTotals($days: Int) {
  operatorTotals(days: $days) {
    mrrCents
    activePractices
    payingPractices
    trialingPractices
    suspendedPractices
    churnedPractices
    churnRate
    periodDays
    mrrHistory {
      month
      mrrCents
      payingPractices
    }
  }
}
    `) as unknown as TypedDocumentString<OperatorTotalsQuery, OperatorTotalsQueryVariables>;
export const OperatorAuditDocument = new TypedDocumentString(`
    query OperatorAudit($limit: Int) {
  operatorAudit(limit: $limit) {
    id
    action
    actorEmail
    practiceId
    practiceName
    detail
    createdAt
  }
}
    `) as unknown as TypedDocumentString<OperatorAuditQuery, OperatorAuditQueryVariables>;
export const BillingAlertsDocument = new TypedDocumentString(`
    query BillingAlerts($limit: Int) {
  billingAlerts(limit: $limit) {
    eventId
    type
    outcome
    error
    receivedAt
  }
}
    `) as unknown as TypedDocumentString<BillingAlertsQuery, BillingAlertsQueryVariables>;
export const SuspendPracticeDocument = new TypedDocumentString(`
    mutation SuspendPractice($practiceId: ID!, $reason: String!) {
  suspendPractice(practiceId: $practiceId, reason: $reason) {
    ...OperatorPracticeFields
  }
}
    fragment OperatorPracticeFields on OperatorPractice {
  id
  slug
  name
  createdAt
  plan
  status
  trialEndsAt
  mrrCents
  suspended
  suspendedReason
  coaches
  activeClients
  subscribers
  emailsThisMonth
}`) as unknown as TypedDocumentString<SuspendPracticeMutation, SuspendPracticeMutationVariables>;
export const ReactivatePracticeDocument = new TypedDocumentString(`
    mutation ReactivatePractice($practiceId: ID!) {
  reactivatePractice(practiceId: $practiceId) {
    ...OperatorPracticeFields
  }
}
    fragment OperatorPracticeFields on OperatorPractice {
  id
  slug
  name
  createdAt
  plan
  status
  trialEndsAt
  mrrCents
  suspended
  suspendedReason
  coaches
  activeClients
  subscribers
  emailsThisMonth
}`) as unknown as TypedDocumentString<ReactivatePracticeMutation, ReactivatePracticeMutationVariables>;
export const MyCoachingDocument = new TypedDocumentString(`
    query MyCoaching {
  myCoaching {
    clientId
    name
    coachName
    checkInDay
    timeZone
    accountabilitySetUp
    methodProgress {
      currentStep
      stepsDone
      complete
    }
    goal {
      ...PortalGoal
    }
    thisWeek {
      weekStart
      checkInDate
      status
      missedWeekStart
      checkIn {
        ...PortalCheckIn
      }
    }
    streakWeeks
    longestStreakWeeks
    latestReply {
      checkInId
      weekStart
      reply
      repliedAt
      coachName
    }
  }
}
    fragment PortalCheckIn on CheckIn {
  id
  weekStart
  progress
  energy
  wins
  defaultedToDoing
  declinedOrDelegated
  strategicWork
  impactMadeLegible
  nextCommitments
  late
  editable
  submittedAt
  acknowledgedAt
  coachReply
  repliedAt
  repliedByName
}
fragment PortalGoal on Goal {
  id
  statement
  whyItMatters
  successMeasure
  targetDate
  status
  milestones {
    title
    dueOn
  }
}`) as unknown as TypedDocumentString<MyCoachingQuery, MyCoachingQueryVariables>;
export const MyMethodDocument = new TypedDocumentString(`
    query MyMethod {
  myMethod {
    clientId
    progress {
      currentStep
      stepsDone
      complete
    }
    awarenessNotes {
      id
      kind
      body
    }
    decision {
      commitment
      decidedOn
    }
    goal {
      ...PortalGoal
    }
    pastGoals {
      ...PortalGoal
    }
    futureSelf {
      statement
    }
    accountability {
      checkInDay
      timeZone
      setAt
    }
  }
}
    fragment PortalGoal on Goal {
  id
  statement
  whyItMatters
  successMeasure
  targetDate
  status
  milestones {
    title
    dueOn
  }
}`) as unknown as TypedDocumentString<MyMethodQuery, MyMethodQueryVariables>;
export const MyCheckInsDocument = new TypedDocumentString(`
    query MyCheckIns($first: Int, $after: String) {
  myCheckIns(first: $first, after: $after) {
    nodes {
      ...PortalCheckIn
    }
    endCursor
    hasNextPage
  }
}
    fragment PortalCheckIn on CheckIn {
  id
  weekStart
  progress
  energy
  wins
  defaultedToDoing
  declinedOrDelegated
  strategicWork
  impactMadeLegible
  nextCommitments
  late
  editable
  submittedAt
  acknowledgedAt
  coachReply
  repliedAt
  repliedByName
}`) as unknown as TypedDocumentString<MyCheckInsQuery, MyCheckInsQueryVariables>;
export const AddAwarenessNoteDocument = new TypedDocumentString(`
    mutation AddAwarenessNote($input: AddAwarenessNoteInput!) {
  addAwarenessNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddAwarenessNoteMutation, AddAwarenessNoteMutationVariables>;
export const UpdateAwarenessNoteDocument = new TypedDocumentString(`
    mutation UpdateAwarenessNote($input: UpdateAwarenessNoteInput!) {
  updateAwarenessNote(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateAwarenessNoteMutation, UpdateAwarenessNoteMutationVariables>;
export const RemoveAwarenessNoteDocument = new TypedDocumentString(`
    mutation RemoveAwarenessNote($id: ID!) {
  removeAwarenessNote(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveAwarenessNoteMutation, RemoveAwarenessNoteMutationVariables>;
export const MakeDecisionDocument = new TypedDocumentString(`
    mutation MakeDecision($input: MakeDecisionInput!) {
  makeDecision(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<MakeDecisionMutation, MakeDecisionMutationVariables>;
export const SetGoalDocument = new TypedDocumentString(`
    mutation SetGoal($input: SetGoalInput!) {
  setGoal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetGoalMutation, SetGoalMutationVariables>;
export const UpdateGoalDocument = new TypedDocumentString(`
    mutation UpdateGoal($input: UpdateGoalInput!) {
  updateGoal(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const CloseGoalDocument = new TypedDocumentString(`
    mutation CloseGoal($id: ID!, $status: GoalStatus!) {
  closeGoal(id: $id, status: $status) {
    id
  }
}
    `) as unknown as TypedDocumentString<CloseGoalMutation, CloseGoalMutationVariables>;
export const SetFutureSelfDocument = new TypedDocumentString(`
    mutation SetFutureSelf($input: SetFutureSelfInput!) {
  setFutureSelf(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetFutureSelfMutation, SetFutureSelfMutationVariables>;
export const SetUpAccountabilityDocument = new TypedDocumentString(`
    mutation SetUpAccountability($input: SetUpAccountabilityInput!) {
  setUpAccountability(input: $input) {
    checkInDay
  }
}
    `) as unknown as TypedDocumentString<SetUpAccountabilityMutation, SetUpAccountabilityMutationVariables>;
export const SubmitCheckInDocument = new TypedDocumentString(`
    mutation SubmitCheckIn($input: SubmitCheckInInput!) {
  submitCheckIn(input: $input) {
    ...PortalCheckIn
  }
}
    fragment PortalCheckIn on CheckIn {
  id
  weekStart
  progress
  energy
  wins
  defaultedToDoing
  declinedOrDelegated
  strategicWork
  impactMadeLegible
  nextCommitments
  late
  editable
  submittedAt
  acknowledgedAt
  coachReply
  repliedAt
  repliedByName
}`) as unknown as TypedDocumentString<SubmitCheckInMutation, SubmitCheckInMutationVariables>;
export const PublicPracticeDocument = new TypedDocumentString(`
    query PublicPractice($slug: String!) {
  practice(slug: $slug) {
    ...PublicPracticeProfile
    available
  }
}
    fragment PublicPracticeProfile on PracticeProfile {
  id
  slug
  name
  tagline
  coachName
  coachBio
  timeZone
  photoUrl
  ctaText
  ctaUrl
  socialLinks {
    label
    url
  }
}`) as unknown as TypedDocumentString<PublicPracticeQuery, PublicPracticeQueryVariables>;
export const ExportClientDataDocument = new TypedDocumentString(`
    mutation ExportClientData($clientId: ID!) {
  exportClientData(clientId: $clientId)
}
    `) as unknown as TypedDocumentString<ExportClientDataMutation, ExportClientDataMutationVariables>;
export const EraseClientDocument = new TypedDocumentString(`
    mutation EraseClient($clientId: ID!, $confirmEmail: String!) {
  eraseClient(clientId: $clientId, confirmEmail: $confirmEmail) {
    reference
  }
}
    `) as unknown as TypedDocumentString<EraseClientMutation, EraseClientMutationVariables>;
export const RosterPageDocument = new TypedDocumentString(`
    query RosterPage($filter: ClientFilter, $sort: ClientSort, $first: Int, $after: String) {
  clients(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...RosterClient
    }
  }
}
    fragment RosterClient on Client {
  id
  name
  email
  status
  tags
  startedOn
  checkInDay
  timeZone
  source
  hasAccount
  invitationPending
  coach {
    id
    name
  }
}`) as unknown as TypedDocumentString<RosterPageQuery, RosterPageQueryVariables>;
export const AddClientDocument = new TypedDocumentString(`
    mutation AddClient($input: AddClientInput!) {
  addClient(input: $input) {
    ...RosterClient
  }
}
    fragment RosterClient on Client {
  id
  name
  email
  status
  tags
  startedOn
  checkInDay
  timeZone
  source
  hasAccount
  invitationPending
  coach {
    id
    name
  }
}`) as unknown as TypedDocumentString<AddClientMutation, AddClientMutationVariables>;
export const UpdateClientDocument = new TypedDocumentString(`
    mutation UpdateClient($input: UpdateClientInput!) {
  updateClient(input: $input) {
    ...RosterClient
  }
}
    fragment RosterClient on Client {
  id
  name
  email
  status
  tags
  startedOn
  checkInDay
  timeZone
  source
  hasAccount
  invitationPending
  coach {
    id
    name
  }
}`) as unknown as TypedDocumentString<UpdateClientMutation, UpdateClientMutationVariables>;
export const InviteClientDocument = new TypedDocumentString(`
    mutation InviteClient($clientId: ID!) {
  inviteClient(clientId: $clientId) {
    ...RosterClient
  }
}
    fragment RosterClient on Client {
  id
  name
  email
  status
  tags
  startedOn
  checkInDay
  timeZone
  source
  hasAccount
  invitationPending
  coach {
    id
    name
  }
}`) as unknown as TypedDocumentString<InviteClientMutation, InviteClientMutationVariables>;
export const ExportClientsDocument = new TypedDocumentString(`
    query ExportClients($filter: ClientFilter) {
  exportClientsCsv(filter: $filter)
}
    `) as unknown as TypedDocumentString<ExportClientsQuery, ExportClientsQueryVariables>;
export const PreviewClientImportDocument = new TypedDocumentString(`
    query PreviewClientImport($csv: String!) {
  previewClientImport(csv: $csv) {
    row
    name
    email
    status
    tags
    coachEmail
    problems {
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewClientImportQuery, PreviewClientImportQueryVariables>;
export const ImportClientsDocument = new TypedDocumentString(`
    mutation ImportClients($csv: String!, $mode: ClientImportMode!) {
  importClients(csv: $csv, mode: $mode) {
    added
    skipped {
      row
      email
      problems {
        column
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportClientsMutation, ImportClientsMutationVariables>;
export const SalesOfferingsDocument = new TypedDocumentString(`
    query SalesOfferings {
  offerings {
    ...SalesOfferingFields
  }
}
    fragment SalesOfferingFields on Offering {
  id
  slug
  title
  description
  priceCents
  currency
  billing
  months
  coachUserId
  coachName
  active
  createdAt
}`) as unknown as TypedDocumentString<SalesOfferingsQuery, SalesOfferingsQueryVariables>;
export const CreateOfferingDocument = new TypedDocumentString(`
    mutation CreateOffering($input: CreateOfferingInput!) {
  createOffering(input: $input) {
    ...SalesOfferingFields
  }
}
    fragment SalesOfferingFields on Offering {
  id
  slug
  title
  description
  priceCents
  currency
  billing
  months
  coachUserId
  coachName
  active
  createdAt
}`) as unknown as TypedDocumentString<CreateOfferingMutation, CreateOfferingMutationVariables>;
export const UpdateOfferingDocument = new TypedDocumentString(`
    mutation UpdateOffering($input: UpdateOfferingInput!) {
  updateOffering(input: $input) {
    ...SalesOfferingFields
  }
}
    fragment SalesOfferingFields on Offering {
  id
  slug
  title
  description
  priceCents
  currency
  billing
  months
  coachUserId
  coachName
  active
  createdAt
}`) as unknown as TypedDocumentString<UpdateOfferingMutation, UpdateOfferingMutationVariables>;
export const PayForRegistrationDocument = new TypedDocumentString(`
    mutation PayForRegistration($token: String!) {
  payForRegistration(token: $token) {
    url
  }
}
    `) as unknown as TypedDocumentString<PayForRegistrationMutation, PayForRegistrationMutationVariables>;
export const PublicPackagesDocument = new TypedDocumentString(`
    query PublicPackages($practiceSlug: String!) {
  publicOfferings(practiceSlug: $practiceSlug) {
    ...PublicPackageFields
  }
}
    fragment PublicPackageFields on PublicOffering {
  slug
  title
  descriptionHtml
  priceCents
  currency
  billing
  months
  coachName
}`) as unknown as TypedDocumentString<PublicPackagesQuery, PublicPackagesQueryVariables>;
export const PublicPackageDocument = new TypedDocumentString(`
    query PublicPackage($practiceSlug: String!, $offeringSlug: String!) {
  publicOffering(practiceSlug: $practiceSlug, offeringSlug: $offeringSlug) {
    ...PublicPackageFields
  }
}
    fragment PublicPackageFields on PublicOffering {
  slug
  title
  descriptionHtml
  priceCents
  currency
  billing
  months
  coachName
}`) as unknown as TypedDocumentString<PublicPackageQuery, PublicPackageQueryVariables>;
export const BuyPackageDocument = new TypedDocumentString(`
    mutation BuyPackage($input: BuyPackageInput!) {
  buyPackage(input: $input) {
    url
  }
}
    `) as unknown as TypedDocumentString<BuyPackageMutation, BuyPackageMutationVariables>;
export const SalesPurchasesDocument = new TypedDocumentString(`
    query SalesPurchases($since: DateTime) {
  purchases(since: $since) {
    purchases {
      ...SalesPurchaseFields
    }
    totals {
      currency
      paidCents
      refundedCents
      netCents
      purchases
    }
  }
}
    fragment SalesPurchaseFields on Purchase {
  id
  kind
  description
  buyerName
  buyerEmail
  amountCents
  currency
  status
  refundedCents
  createdAt
  paidAt
}`) as unknown as TypedDocumentString<SalesPurchasesQuery, SalesPurchasesQueryVariables>;
export const RefundPurchaseDocument = new TypedDocumentString(`
    mutation RefundPurchase($id: ID!) {
  refundPurchase(id: $id) {
    ...SalesPurchaseFields
  }
}
    fragment SalesPurchaseFields on Purchase {
  id
  kind
  description
  buyerName
  buyerEmail
  amountCents
  currency
  status
  refundedCents
  createdAt
  paidAt
}`) as unknown as TypedDocumentString<RefundPurchaseMutation, RefundPurchaseMutationVariables>;
export const SalesAccountDocument = new TypedDocumentString(`
    query SalesAccount {
  salesAccount {
    connected
    chargesEnabled
    billingConfigured
    paidOfferingsAllowed
  }
}
    `) as unknown as TypedDocumentString<SalesAccountQuery, SalesAccountQueryVariables>;
export const PaidOfferingPlansDocument = new TypedDocumentString(`
    query PaidOfferingPlans {
  plans {
    id
    name
    monthlyPriceCents
    limits {
      paidOfferings
    }
  }
}
    `) as unknown as TypedDocumentString<PaidOfferingPlansQuery, PaidOfferingPlansQueryVariables>;
export const ConnectStripeAccountDocument = new TypedDocumentString(`
    mutation ConnectStripeAccount {
  connectStripeAccount {
    url
  }
}
    `) as unknown as TypedDocumentString<ConnectStripeAccountMutation, ConnectStripeAccountMutationVariables>;
export const SiteArticlesDocument = new TypedDocumentString(`
    query SiteArticles($practiceSlug: String!, $category: String, $tag: String, $limit: Int, $offset: Int) {
  publicArticles(
    practiceSlug: $practiceSlug
    category: $category
    tag: $tag
    limit: $limit
    offset: $offset
  ) {
    total
    articles {
      ...PublicArticleSummary
    }
  }
}
    fragment PublicArticleSummary on PublicArticle {
  slug
  title
  description
  pubDate
  category
  tags
}`) as unknown as TypedDocumentString<SiteArticlesQuery, SiteArticlesQueryVariables>;
export const SiteArticleDocument = new TypedDocumentString(`
    query SiteArticle($practiceSlug: String!, $slug: String!) {
  publicArticle(practiceSlug: $practiceSlug, slug: $slug) {
    ...PublicArticleFields
  }
}
    fragment PublicArticleSummary on PublicArticle {
  slug
  title
  description
  pubDate
  category
  tags
}
fragment PublicArticleFields on PublicArticle {
  ...PublicArticleSummary
  promo
  authorName
  url
  bodyHtml
}`) as unknown as TypedDocumentString<SiteArticleQuery, SiteArticleQueryVariables>;
export const SiteArticleCategoriesDocument = new TypedDocumentString(`
    query SiteArticleCategories($practiceSlug: String!) {
  publicArticleCategories(practiceSlug: $practiceSlug) {
    name
    slug
    count
  }
}
    `) as unknown as TypedDocumentString<SiteArticleCategoriesQuery, SiteArticleCategoriesQueryVariables>;
export const SiteVideosDocument = new TypedDocumentString(`
    query SiteVideos($practiceSlug: String!) {
  publicVideos(practiceSlug: $practiceSlug) {
    ...VideoFields
  }
}
    fragment VideoFields on Video {
  id
  title
  description
  provider
  providerVideoId
  url
  embedUrl
  visibility
  publishedAt
}`) as unknown as TypedDocumentString<SiteVideosQuery, SiteVideosQueryVariables>;
export const TeamDocument = new TypedDocumentString(`
    query Team {
  team {
    membershipId
    userId
    name
    email
    role
    joinedAt
  }
}
    `) as unknown as TypedDocumentString<TeamQuery, TeamQueryVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations {
  invitations {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  status
  expiresAt
  invitedByName
  sentCount
  createdAt
}`) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  status
  expiresAt
  invitedByName
  sentCount
  createdAt
}`) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  status
  expiresAt
  invitedByName
  sentCount
  createdAt
}`) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    ...InvitationFields
  }
}
    fragment InvitationFields on Invitation {
  id
  email
  role
  status
  expiresAt
  invitedByName
  sentCount
  createdAt
}`) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    membershipId
    userId
    name
    email
    role
    joinedAt
  }
}
    `) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($membershipId: ID!) {
  removeMember(membershipId: $membershipId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;