import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Public, RateLimited, Roles, RunsAlone } from '@ascend/platform/tenancy';
import { AUDIT_ACTIONS, DEFAULT_AUDIT_PAGE_SIZE, MAX_AUDIT_PAGE_SIZE } from '../audit/audit-rules';
import { AuditTrail } from '../audit/audit-trail';
import { setRefreshCookie } from '../sessions/session-cookie';
import { Session } from '../sessions/session.models';
import { SessionService } from '../sessions/session.service';
import { AcceptInvitationInput, AuditEventFilter, AuditEventPage, ChangeMemberRoleInput, Invitation, InvitationPreview, InviteMemberInput, TeamMember } from './team.models';
import { TeamService } from './team.service';

@Resolver()
export class TeamResolver {
  constructor(
    private readonly members: TeamService,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => [TeamMember], { description: 'Everyone in the practice, owners first.' })
  team(): Promise<TeamMember[]> {
    return this.members.members();
  }

  @Roles('OWNER', 'ADMIN')
  @Query(() => [Invitation], { description: 'Invitations of the practice, newest first.' })
  invitations(): Promise<Invitation[]> {
    return this.members.invitations();
  }

  @Roles('OWNER', 'ADMIN')
  @Mutation(() => Invitation, { description: 'Invites a person by email; only an owner may invite an owner.' })
  inviteMember(@Args('input') input: InviteMemberInput): Promise<Invitation> {
    return this.members.invite(input.email, input.role);
  }

  @Roles('OWNER', 'ADMIN')
  @Mutation(() => Invitation, { description: 'Sends a pending invitation again with a new link valid for another week.' })
  resendInvitation(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<Invitation> {
    return this.members.resend(id);
  }

  @Roles('OWNER', 'ADMIN')
  @Mutation(() => Invitation)
  revokeInvitation(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<Invitation> {
    return this.members.revoke(id);
  }

  @Roles('OWNER')
  @Mutation(() => TeamMember, { description: 'A practice keeps at least one owner.' })
  changeMemberRole(@Args('input') input: ChangeMemberRoleInput): Promise<TeamMember> {
    return this.members.changeRole(input.membershipId, input.role);
  }

  @Roles('OWNER')
  @Mutation(() => Boolean, { description: 'A practice keeps at least one owner.' })
  async removeMember(@Args('membershipId', { type: () => ID }, IdArgumentPipe) membershipId: string): Promise<boolean> {
    await this.members.remove(membershipId);
    return true;
  }

  @Roles('OWNER', 'ADMIN')
  @Query(() => AuditEventPage, { description: 'Sign-ins, failed sign-ins, invitations, role changes, departures and removals, newest first, a page at a time.' })
  auditEvents(
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('first', { type: () => Int, nullable: true, description: `Entries per page: ${DEFAULT_AUDIT_PAGE_SIZE} unless asked, at most ${MAX_AUDIT_PAGE_SIZE}.` }) first?: number,
  ): Promise<AuditEventPage> {
    return this.audit.page({ action: filter?.action ?? undefined, person: filter?.person, after, first });
  }

  @Roles('OWNER', 'ADMIN')
  @Query(() => [String], { description: 'The action names the audit log records, which its filter accepts.' })
  auditActions(): string[] {
    return [...AUDIT_ACTIONS];
  }

  @Public()
  @RunsAlone()
  @Query(() => InvitationPreview, { nullable: true, description: 'What an invitation link offers, or null when it is invalid, used, revoked or expired.' })
  invitationPreview(
    @Args('practiceId', { type: () => ID }, IdArgumentPipe) practiceId: string,
    @Args('token', { type: () => String }) token: string,
  ): Promise<InvitationPreview | null> {
    return this.members.preview(practiceId, token);
  }

  @Public()
  @RateLimited()
  @Mutation(() => Session, { description: 'Joins the practice with a new account or an existing one, and signs in.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() { req, res }: { req: Request; res: Response }): Promise<Session> {
    const userId = await this.members.accept(input, req.ip);
    const issued = await this.sessions.start(userId);
    setRefreshCookie(res, this.config.publicUrl, issued.refreshToken, issued.refreshExpiresAt);
    return issued.session;
  }
}
