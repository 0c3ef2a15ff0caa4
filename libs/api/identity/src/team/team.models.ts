import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { ROLES, Role } from '@ascend/platform/tenancy';
import { AUDIT_ACTIONS, AuditAction, MAX_PERSON_FILTER_LENGTH } from '../audit/audit-rules';
import { RoleEnum } from '../sessions/session.models';

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
const InvitationStatusEnum = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, s])) as Record<InvitationStatus, InvitationStatus>;
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType({ description: 'A person in the practice and their role.' })
export class TeamMember {
  @Field(() => ID)
  membershipId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Date)
  joinedAt: Date;
}

@ObjectType()
export class Invitation {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  invitedByName: string | null;

  @Field(() => Int)
  sentCount: number;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: 'What the person following an invitation link may see before accepting.' })
export class InvitationPreview {
  @Field(() => String)
  practiceName: string;

  @Field(() => String)
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Boolean, { description: 'True when the email already has an account: accepting asks for its password.' })
  accountExists: boolean;
}

@ObjectType({ description: 'One entry of the audit log: who did what, to whom, when and from where.' })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'One of auditActions, e.g. ROLE_CHANGED, MEMBER_LEFT, ACCOUNT_DELETED.' })
  action: string;

  @Field(() => String, { nullable: true, description: 'Null when the actor was deleted (see actorDeleted) or it was the system.' })
  actorEmail: string | null;

  @Field(() => String, { nullable: true })
  targetEmail: string | null;

  @Field(() => Boolean, { description: "True when the actor's account was deleted: show 'a deleted person'." })
  actorDeleted: boolean;

  @Field(() => Boolean, { description: "True when the target's account was deleted: show 'a deleted person'." })
  targetDeleted: boolean;

  @Field(() => RoleEnum, {
    nullable: true,
    description: 'For ROLE_CHANGED: the role before and after. For MEMBER_INVITED / INVITATION_ACCEPTED / MEMBER_REMOVED / MEMBER_LEFT: toRole (resp. fromRole) is the role concerned.',
  })
  fromRole: Role | null;

  @Field(() => RoleEnum, { nullable: true })
  toRole: Role | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent])
  events: AuditEvent[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next (older) page; null when there is none.' })
  nextCursor: string | null;
}

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'One action name; null for all.' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: 'is not an action the audit log records' })
  action?: AuditAction | null;

  @Field(() => String, { nullable: true, description: 'Part of an address (case-insensitive), matched against the actor and the target.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PERSON_FILTER_LENGTH)
  person?: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a membership id' })
  membershipId: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a practice id' })
  practiceId: string;

  @Field(() => String)
  @IsString()
  @MaxLength(200)
  token: string;

  @Field(() => String, { nullable: true, description: 'Your name, for a new account.' })
  @IsOptional()
  @VisibleText(120)
  name?: string;

  @Field(() => String, { description: 'A new password, or the password of your existing account.' })
  @IsString()
  @MaxLength(256)
  password: string;
}
