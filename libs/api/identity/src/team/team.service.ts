import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Entitlements, PRACTICE_SUSPENDED, Role, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { AuditTrail } from '../audit/audit-trail';
import { hashPassword, passwordMatches } from '../people/password-hasher';
import { normaliseEmail, passwordProblem } from '../people/password-rules';
import { hashSecretToken, newSecretToken } from '../sessions/secret-token';
import { InvitationSending } from './invitation-sending';
import { INVITATION_DAYS, invitationStatus, leavesAnOwner, mayInvite } from './team-rules';
import { AcceptInvitationInput, Invitation, InvitationPreview, TeamMember } from './team.models';

interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  sent_count: number;
  created_at: Date;
  invited_by_name: string | null;
}

/** An invitation that may still be accepted, read by its link's token. */
interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  practice_name: string;
  suspended: boolean;
}

/** A suspended practice takes nobody in: its invitation is refused with the reason, not called invalid. */
function refuseSuspended(invitation: PendingInvitation) {
  if (invitation.suspended) throw new DomainError('FORBIDDEN', PRACTICE_SUSPENDED);
}

const INVITATION_COLUMNS = `i.id, i.email, i.role, i.expires_at, i.accepted_at, i.revoked_at, i.sent_count, i.created_at, u.name as invited_by_name`;

/** Members, invitations and roles of the practice the request names; every query also names that practice. */
@Injectable()
export class TeamService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly audit: AuditTrail,
    private readonly sending: InvitationSending,
    private readonly entitlements: Entitlements,
  ) {}

  async members(): Promise<TeamMember[]> {
    // The account's name only orders the list; its fields are loaded in one batch by the field resolvers.
    const rows: { id: string; user_id: string; role: Role; created_at: Date }[] = await this.db.manager.query(
      `select m.id, m.user_id, m.role, m.created_at
         from membership m join app_user u on u.id = m.user_id
        where m.tenant_id = $1
        order by case m.role when 'OWNER' then 0 when 'ADMIN' then 1 when 'COACH' then 2 else 3 end, u.name`,
      [this.context.practiceId],
    );
    return rows.map((r) => ({ membershipId: r.id, userId: r.user_id, role: r.role, joinedAt: r.created_at }));
  }

  async invitations(): Promise<Invitation[]> {
    const rows: InvitationRow[] = await this.db.manager.query(
      `select ${INVITATION_COLUMNS} from invitation i left join app_user u on u.id = i.invited_by
        where i.tenant_id = $1 order by i.created_at desc`,
      [this.context.practiceId],
    );
    return rows.map(toInvitation);
  }

  async invite(emailInput: string, role: Role): Promise<Invitation> {
    const practiceId = this.context.practiceId;
    const email = normaliseEmail(emailInput);
    if (!mayInvite(this.context.role, role)) throw new DomainError('FORBIDDEN', 'Only an owner can invite another owner');
    const members: unknown[] = await this.db.manager.query(
      `select 1 from membership m join app_user u on u.id = m.user_id where m.tenant_id = $1 and u.email = $2`,
      [practiceId, email],
    );
    if (members.length) throw new DomainError('CONFLICT', `${email} is already a member of this practice`, [{ field: 'input.email', message: 'is already a member' }]);
    // A pending invitation to the team counts as a coach already: the limit holds whoever accepts.
    if (role !== 'CLIENT') await this.entitlements.allow(practiceId, 'coaches');
    // The link is minted when the mail is sent (by its job); until then no token anyone holds matches.
    const { hash } = newSecretToken();
    const inserted: { id: string }[] = await this.db.manager.query(
      `insert into invitation (tenant_id, email, role, token_hash, invited_by, expires_at)
       values ($1, $2, $3, $4, $5, now() + make_interval(days => $6))
       on conflict (tenant_id, email) where accepted_at is null and revoked_at is null do nothing
       returning id`,
      [practiceId, email, role, hash, this.context.userId, INVITATION_DAYS],
    );
    if (!inserted.length) {
      throw new DomainError('CONFLICT', `${email} already has an open invitation: resend or revoke it`, [{ field: 'input.email', message: 'already has an open invitation' }]);
    }
    await this.audit.record(practiceId, { action: 'MEMBER_INVITED', actorUserId: this.context.userId, targetEmail: email, detail: { role }, ip: this.context.identity.ip });
    await this.sending.send(inserted[0].id);
    return this.invitation(inserted[0].id);
  }

  /** A fresh link (the old one stops working at once) and a fresh week. */
  async resend(id: string): Promise<Invitation> {
    // An expired invitation to the team stopped counting as a coach: sending it again adds one.
    const expired: unknown[] = this.entitlements.enforced
      ? await this.db.manager.query(
          `select 1 from invitation where tenant_id = $1 and id = $2 and role <> 'CLIENT' and expires_at <= now() and accepted_at is null and revoked_at is null`,
          [this.context.practiceId, id],
        )
      : [];
    if (expired.length) await this.entitlements.allow(this.context.practiceId, 'coaches');
    const { hash } = newSecretToken();
    const [rows]: [{ id: string }[], number] = await this.db.manager.query(
      `update invitation set token_hash = $3, expires_at = now() + make_interval(days => $4), sent_count = sent_count + 1, last_sent_at = now()
        where tenant_id = $1 and id = $2 and accepted_at is null and revoked_at is null
        returning id`,
      [this.context.practiceId, id, hash, INVITATION_DAYS],
    );
    if (!rows.length) throw this.notPending();
    await this.sending.send(id);
    return this.invitation(id);
  }

  async revoke(id: string): Promise<Invitation> {
    const [rows]: [{ email: string }[], number] = await this.db.manager.query(
      `update invitation set revoked_at = now() where tenant_id = $1 and id = $2 and accepted_at is null and revoked_at is null returning email`,
      [this.context.practiceId, id],
    );
    if (!rows.length) throw this.notPending();
    await this.audit.record(this.context.practiceId, { action: 'INVITATION_REVOKED', actorUserId: this.context.userId, targetEmail: rows[0].email, ip: this.context.identity.ip });
    return this.invitation(id);
  }

  async changeRole(membershipId: string, role: Role): Promise<TeamMember> {
    const target = await this.lockMember(membershipId);
    if (target.role === 'CLIENT' && role !== 'CLIENT') await this.entitlements.allow(this.context.practiceId, 'coaches');
    if (!leavesAnOwner(target.owners, target.role, role)) {
      throw new DomainError('CONFLICT', 'A practice keeps at least one owner: make someone else owner first', [{ field: 'input.role', message: 'would leave the practice without an owner' }]);
    }
    await this.db.manager.query(`update membership set role = $3 where tenant_id = $1 and id = $2`, [this.context.practiceId, membershipId, role]);
    await this.audit.record(this.context.practiceId, {
      action: 'ROLE_CHANGED',
      actorUserId: this.context.userId,
      targetEmail: target.email,
      detail: { from: target.role, to: role },
      ip: this.context.identity.ip,
    });
    return (await this.members()).find((m) => m.membershipId === membershipId)!;
  }

  /**
   * Makes an existing account a client of the practice without an invitation, for something bought in its name (a
   * coaching package). An account that is a member already stays as it is. The membership's trigger puts it on the roster.
   */
  async admitClient(userId: string, email: string, detail: Record<string, string>): Promise<void> {
    const practiceId = this.context.practiceId;
    const added: unknown[] = await this.db.manager.query(
      `insert into membership (tenant_id, user_id, role) values ($1, $2, 'CLIENT') on conflict (tenant_id, user_id) do nothing returning id`,
      [practiceId, userId],
    );
    if (added.length > 0) {
      await this.audit.record(practiceId, { action: 'CLIENT_ADMITTED', actorUserId: this.context.userId, targetEmail: email, detail, ip: this.context.identity.ip });
    }
  }

  async remove(membershipId: string): Promise<void> {
    const target = await this.lockMember(membershipId);
    if (!leavesAnOwner(target.owners, target.role, null)) {
      throw new DomainError('CONFLICT', 'A practice keeps at least one owner: make someone else owner first', [{ field: 'membershipId', message: 'is the last owner' }]);
    }
    await this.db.manager.query(`delete from membership where tenant_id = $1 and id = $2`, [this.context.practiceId, membershipId]);
    await this.audit.record(this.context.practiceId, { action: 'MEMBER_REMOVED', actorUserId: this.context.userId, targetEmail: target.email, detail: { role: target.role }, ip: this.context.identity.ip });
  }

  /** Public: the link names the practice, so the lookup runs inside that tenant. */
  async preview(practiceId: string, token: string): Promise<InvitationPreview | null> {
    this.db.actAs({ practiceId });
    const found = await this.pendingByToken(practiceId, token, false);
    if (!found) return null;
    refuseSuspended(found);
    const accounts: unknown[] = await this.db.manager.query('select 1 from app_account_by_email($1)', [found.email]);
    const accountExists = accounts.length > 0;
    return { practiceName: found.practice_name, email: found.email, role: found.role, accountExists };
  }

  /** Creates the account or attaches the existing one (proven by its password), and returns the member's user id. */
  async accept(input: AcceptInvitationInput, ip?: string): Promise<string> {
    // Read in a short transaction of its own, so that checking or hashing the password holds no connection.
    const found = await this.db.run({ practiceId: input.practiceId }, async () => {
      const invitation = await this.pendingByToken(input.practiceId, input.token, false);
      const [account]: { id: string; password_hash: string }[] = invitation
        ? await this.db.manager.query('select id, password_hash from app_account_by_email($1)', [invitation.email])
        : [];
      return invitation && { invitation, account };
    });
    if (!found) throw this.invalidInvitation();
    refuseSuspended(found.invitation);
    const { invitation, account } = found;
    const newAccount = account ? undefined : await this.newAccount(invitation.email, input);
    if (account && !(await passwordMatches(account.password_hash, input.password))) {
      throw new DomainError('UNAUTHENTICATED', 'That is not the password of your existing account', [{ field: 'input.password', message: 'is not the password of your account' }]);
    }

    this.db.actAs({ practiceId: input.practiceId });
    // Checked again under a lock: it may have been accepted, revoked or resent meanwhile.
    const locked = await this.pendingByToken(input.practiceId, input.token, true);
    if (locked?.id !== invitation.id) throw this.invalidInvitation();
    const userId = account?.id ?? (await this.createAccount(input.practiceId, invitation.email, newAccount!));
    this.db.actAs({ practiceId: input.practiceId, userId });
    await this.db.manager.query(
      `insert into membership (tenant_id, user_id, role) values ($1, $2, $3) on conflict (tenant_id, user_id) do nothing`,
      [input.practiceId, userId, invitation.role],
    );
    await this.db.manager.query(`update invitation set accepted_at = now() where tenant_id = $1 and id = $2`, [input.practiceId, invitation.id]);
    await this.audit.record(input.practiceId, { action: 'INVITATION_ACCEPTED', actorUserId: userId, actorEmail: invitation.email, detail: { role: invitation.role }, ip });
    return userId;
  }

  /** Validates a new account's name and password and hashes the password (before any connection is held). */
  private async newAccount(email: string, input: AcceptInvitationInput): Promise<{ name: string; passwordHash: string }> {
    const weakPassword = passwordProblem(input.password, { email, name: input.name });
    const problems = [
      ...(input.name?.trim() ? [] : [{ field: 'input.name', message: 'is needed for a new account' }]),
      ...(weakPassword ? [{ field: 'input.password', message: weakPassword }] : []),
    ];
    if (problems.length) throw new InvalidInputError(problems);
    return { name: input.name!.trim(), passwordHash: await hashPassword(input.password) };
  }

  private async createAccount(practiceId: string, email: string, account: { name: string; passwordHash: string }): Promise<string> {
    // Acting as the new person, whose row it is (row level security checks inserts too).
    const id = randomUUID();
    this.db.actAs({ practiceId, userId: id });
    // The invitation mail reached this address, so it is confirmed.
    const created: { id: string }[] = await this.db.manager.query(
      `insert into app_user (id, email, name, password_hash, email_verified_at) values ($1, $2, $3, $4, now()) on conflict (email) do nothing returning id`,
      [id, email, account.name, account.passwordHash],
    );
    if (!created.length) {
      throw new DomainError('CONFLICT', 'An account with this email was created meanwhile: accept again with its password', [{ field: 'input.password', message: 'must be the password of the existing account' }]);
    }
    return created[0].id;
  }

  private async pendingByToken(practiceId: string, token: string, lock: boolean) {
    const rows: PendingInvitation[] = await this.db.manager.query(
      `select i.id, i.email, i.role, p.name as practice_name, app_practice_is_suspended(p.id) as suspended
         from invitation i join practice p on p.id = i.tenant_id
        where i.tenant_id = $1 and i.token_hash = $2 and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
        ${lock ? 'for update of i' : ''}`,
      [practiceId, hashSecretToken(token)],
    );
    return rows[0] ?? null;
  }

  private async invitation(id: string): Promise<Invitation> {
    const rows: InvitationRow[] = await this.db.manager.query(
      `select ${INVITATION_COLUMNS} from invitation i left join app_user u on u.id = i.invited_by where i.tenant_id = $1 and i.id = $2`,
      [this.context.practiceId, id],
    );
    if (!rows.length) throw new DomainError('NOT_FOUND', 'No such invitation in this practice', [{ field: 'id', message: 'is not an invitation of this practice' }]);
    return toInvitation(rows[0]);
  }

  /** Locks the practice's owners while a role changes, so two owners cannot demote each other at once. */
  private async lockMember(membershipId: string): Promise<{ role: Role; email: string; owners: number }> {
    const practiceId = this.context.practiceId;
    const owners: unknown[] = await this.db.manager.query(`select id from membership where tenant_id = $1 and role = 'OWNER' for update`, [practiceId]);
    const rows: { role: Role; email: string }[] = await this.db.manager.query(
      `select m.role, u.email from membership m join app_user u on u.id = m.user_id where m.tenant_id = $1 and m.id = $2 for update of m`,
      [practiceId, membershipId],
    );
    if (!rows.length) throw new DomainError('NOT_FOUND', 'No such member in this practice', [{ field: 'membershipId', message: 'is not a member of this practice' }]);
    return { ...rows[0], owners: owners.length };
  }

  private notPending(): DomainError {
    return new DomainError('NOT_FOUND', 'No pending invitation with this id in this practice', [{ field: 'id', message: 'is not a pending invitation of this practice' }]);
  }

  private invalidInvitation(): DomainError {
    return new DomainError('NOT_FOUND', 'This invitation is invalid, used, revoked or expired: ask for a new one', [{ field: 'input.token', message: 'is invalid, used, revoked or expired' }]);
  }
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus({ acceptedAt: row.accepted_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }),
    expiresAt: row.expires_at,
    invitedByName: row.invited_by_name,
    sentCount: row.sent_count,
    createdAt: row.created_at,
  };
}
