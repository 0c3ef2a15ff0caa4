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

export type ConfirmSignUpInput = {
  /** Another practice address, when the one chosen at sign-up was taken before it was confirmed. */
  practiceSlug?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
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
  /** The link from the sign-up mail: creates the account, its practice and the OWNER membership, and signs in. */
  confirmSignUp: Session;
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
  /** Starts a sign-up: mails the address a link that opens the practice. Always true, whether or not the address has an account (its owner is told by mail). */
  signUp: Scalars['Boolean']['output'];
  /** Confirms the email address with the token from the confirmation mail. */
  verifyEmail: Account;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationConfirmSignUpArgs = {
  input: ConfirmSignUpInput;
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

/** A person's account as the people they work with see it. */
export type Person = {
  __typename?: 'Person';
  email: Scalars['String']['output'];
  emailVerified: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
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

export type Viewer = {
  __typename?: 'Viewer';
  account: Account;
  memberships: Array<PracticeMembership>;
};

export type AuditEventsQueryVariables = Exact<{
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: Array<{ __typename?: 'AuditEvent', id: string, action: string, actorEmail: string | null, targetEmail: string | null, ip: string | null, createdAt: string }> };

export type ConfirmSignUpMutationVariables = Exact<{
  input: ConfirmSignUpInput;
}>;


export type ConfirmSignUpMutation = { __typename?: 'Mutation', confirmSignUp: { __typename?: 'Session', accessToken: string, accessTokenExpiresAt: string, viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } } };

export type DemoAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoAccountsQuery = { __typename?: 'Query', demoAccounts: Array<{ __typename?: 'DemoAccountModel', role: Role, name: string, email: string, password: string }> };

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

export type ViewerFieldsFragment = { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> };

export type SessionFieldsFragment = { __typename?: 'Session', accessToken: string, accessTokenExpiresAt: string, viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'Session', accessToken: string, accessTokenExpiresAt: string, viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'Session', accessToken: string, accessTokenExpiresAt: string, viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type VerifyEmailMutation = { __typename?: 'Mutation', verifyEmail: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean } };

export type InvitationPreviewQueryVariables = Exact<{
  practiceId: Scalars['ID']['input'];
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitationPreview: { __typename?: 'InvitationPreview', practiceName: string, email: string, role: Role, accountExists: boolean } | null };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'Session', accessToken: string, accessTokenExpiresAt: string, viewer: { __typename?: 'Viewer', account: { __typename?: 'Account', id: string, email: string, name: string, emailVerified: boolean }, memberships: Array<{ __typename?: 'PracticeMembership', practiceId: string, practiceSlug: string, practiceName: string, role: Role }> } } };

export type PublicPracticeQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicPracticeQuery = { __typename?: 'Query', practice: { __typename?: 'PracticeProfile', id: string, slug: string, name: string, tagline: string, coachName: string, coachBio: string, timeZone: string } | null };

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
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  account {
    id
    email
    name
    emailVerified
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
  }
  memberships {
    practiceId
    practiceSlug
    practiceName
    role
  }
}`, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
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
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($limit: Int) {
  auditEvents(limit: $limit) {
    id
    action
    actorEmail
    targetEmail
    ip
    createdAt
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
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
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
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