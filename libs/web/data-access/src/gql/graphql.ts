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
  DateTime: { input: any; output: any; }
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
};

export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actorEmail: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  targetEmail: Maybe<Scalars['String']['output']>;
};

export type ChangeMemberRoleInput = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};

/** A demo sign-in, offered in development only. */
export type DemoAccountModel = {
  __typename?: 'DemoAccountModel';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  password: Scalars['String']['output'];
  role: Role;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Joins the practice with a new account or an existing one, and signs in. */
  acceptInvitation: Session;
  /** A practice keeps at least one owner. */
  changeMemberRole: TeamMember;
  /** Invites a person by email; only an owner may invite an owner. */
  inviteMember: Invitation;
  /** Trades the refresh cookie for a new access token and a new cookie. */
  refreshSession: Session;
  /** A practice keeps at least one owner. */
  removeMember: Scalars['Boolean']['output'];
  /** Mails a reset link if the address has an account. Always true: it never tells whether it has. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sends a pending invitation again with a new link valid for another week. */
  resendInvitation: Invitation;
  /** Sends a new confirmation mail (earlier links stop working). */
  resendVerificationEmail: Scalars['Boolean']['output'];
  /** Sets a new password with the token from the reset mail and ends every session. */
  resetPassword: Scalars['Boolean']['output'];
  revokeInvitation: Invitation;
  signIn: Session;
  /** Ends this session everywhere it was refreshed. */
  signOut: Scalars['Boolean']['output'];
  /** Creates an account, its practice and the OWNER membership, and signs in. */
  signUp: Session;
  /** Confirms the email address with the token from the confirmation mail. */
  verifyEmail: Account;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationRemoveMemberArgs = {
  membershipId: Scalars['ID']['input'];
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


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
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
  /** The coach's biography, plain text with blank lines between paragraphs. */
  coachBio: Scalars['String']['output'];
  coachName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The address of the practice in Ascend, e.g. /p/<slug>. */
  slug: Scalars['String']['output'];
  tagline: Scalars['String']['output'];
  /** IANA time zone the practice runs its calendar in, e.g. Europe/London. */
  timeZone: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Sign-ins, failed sign-ins, invitations, role changes and removals, newest first. */
  auditEvents: Array<AuditEvent>;
  /** The demo sign-ins when this server runs with demo data in development; empty otherwise. */
  demoAccounts: Array<DemoAccountModel>;
  /** What an invitation link offers, or null when it is invalid, used, revoked or expired. */
  invitationPreview: Maybe<InvitationPreview>;
  /** Invitations of the practice, newest first. */
  invitations: Array<Invitation>;
  /** A practice's public page, or null when no practice has that address. */
  practice: Maybe<PracticeProfile>;
  /** Everyone in the practice, owners first. */
  team: Array<TeamMember>;
  /** The signed-in person and the practices they belong to. */
  viewer: Viewer;
};


export type QueryAuditEventsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvitationPreviewArgs = {
  practiceId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
};


export type QueryPracticeArgs = {
  slug: Scalars['String']['input'];
};

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

/** A signed-in session: a short-lived access token; the refresh token travels in an HttpOnly cookie. */
export type Session = {
  __typename?: 'Session';
  /** Send as "Authorization: Bearer <token>". */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  viewer: Viewer;
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

/** A person in the practice and their role. */
export type TeamMember = {
  __typename?: 'TeamMember';
  email: Scalars['String']['output'];
  joinedAt: Scalars['DateTime']['output'];
  membershipId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
  userId: Scalars['ID']['output'];
};

export type Viewer = {
  __typename?: 'Viewer';
  account: Account;
  memberships: Array<PracticeMembership>;
};

export type PublicPracticeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicPracticeQuery = { __typename?: 'Query', practice: { __typename?: 'PracticeProfile', id: string, slug: string, name: string, tagline: string, coachName: string, coachBio: string, timeZone: string } | null };

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

export const PublicPracticeDocument = new TypedDocumentString(`
    query PublicPractice($slug: String!) {
  practice(slug: $slug) {
    id
    slug
    name
    tagline
    coachName
    coachBio
    timeZone
  }
}
    `) as unknown as TypedDocumentString<PublicPracticeQuery, PublicPracticeQueryVariables>;