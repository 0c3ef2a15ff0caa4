import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Role, SendAllowances, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { AuditTrail } from '../audit/audit-trail';
import { PracticeService } from '../practices/practice.service';
import { PracticeMembership } from '../sessions/session.models';
import { leavesAnOwner } from '../team/team-rules';
import { lastOwnerMessage, newPracticeProblems, PRACTICE_STARTS, practiceStartsSpent } from './membership-rules';
import { StartPracticeInput } from './membership.models';
import { Ownership } from './ownership';

/**
 * The signed-in person's own memberships, whatever practice the request names: leaving one, and starting a practice
 * of their own. Both act in the practice concerned, which the argument (not the request's header) names.
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly practices: PracticeService,
    private readonly ownership: Ownership,
    private readonly audit: AuditTrail,
    private readonly allowances: SendAllowances,
  ) {}

  async leave(practiceId: string): Promise<void> {
    const userId = this.context.userId;
    // One's own memberships are readable in every practice: the membership is proven before acting in the practice.
    const own: unknown[] = await this.db.manager.query('select 1 from membership where tenant_id = $1 and user_id = $2', [practiceId, userId]);
    if (!own.length) throw notAMember();
    this.db.actAs({ practiceId, userId });
    // The owners and one's own row, locked in one order: of two owners leaving at once, the second sees the first gone.
    const locked: { user_id: string; role: Role }[] = await this.db.manager.query(
      `select user_id, role from membership where tenant_id = $1 and (role = 'OWNER' or user_id = $2) order by id for update`,
      [practiceId, userId],
    );
    const mine = locked.find((m) => m.user_id === userId);
    // Removed meanwhile by an owner.
    if (!mine) throw notAMember();
    const owners = locked.filter((m) => m.role === 'OWNER').length;
    if (!leavesAnOwner(owners, mine.role, null)) {
      const [practice]: { name: string }[] = await this.db.manager.query('select name from practice where id = $1', [practiceId]);
      const others = await this.ownership.possibleSuccessors(practiceId, userId);
      throw new DomainError('CONFLICT', lastOwnerMessage(practice.name, others), [{ field: 'practiceId', message: 'is a practice you are the last owner of' }]);
    }
    // Clients a coach looked after stay on the roster without a coach (the roster's foreign key sets it to null).
    await this.db.manager.query('delete from membership where tenant_id = $1 and user_id = $2', [practiceId, userId]);
    await this.audit.record(practiceId, { action: 'MEMBER_LEFT', actorUserId: userId, detail: { role: mine.role }, ip: this.context.identity.ip });
  }

  /** A new practice owned by the signed-in person: the practice, the membership and the audit entry, together. */
  async start(input: StartPracticeInput): Promise<PracticeMembership> {
    const problems = newPracticeProblems(input);
    if (problems.length) throw new InvalidInputError(problems);
    // Practice addresses are public (their pages), so saying one is taken tells nothing about any person.
    if (await this.practices.addressTaken(input.practiceSlug)) throw addressTaken(input.practiceSlug);
    const userId = this.context.userId;
    // Counted in this transaction, so a refused attempt counts nothing (the attempt limiter cannot count a signed-in
    // operation: the session check has begun the transaction before it runs).
    await this.allowances.spend({ key: `practice-starts:${userId}`, ...PRACTICE_STARTS, spent: practiceStartsSpent });
    const practiceId = randomUUID();
    // Acting in the new practice: row level security checks that the rows written are its own.
    this.db.actAs({ practiceId, userId });
    const practice = await this.practices.create({ id: practiceId, slug: input.practiceSlug, name: input.practiceName, timeZone: input.timeZone }).catch((error: unknown) => {
      // Taken between the check and the insert.
      if (error instanceof DomainError && error.code === 'CONFLICT') throw addressTaken(input.practiceSlug);
      throw error;
    });
    await this.db.manager.query(`insert into membership (tenant_id, user_id, role) values ($1, $2, 'OWNER')`, [practiceId, userId]);
    await this.audit.record(practiceId, { action: 'PRACTICE_CREATED', actorUserId: userId, ip: this.context.identity.ip });
    return { practiceId, practiceSlug: practice.slug, practiceName: practice.name, role: 'OWNER' };
  }
}

function notAMember(): DomainError {
  return new DomainError('NOT_FOUND', 'You are not a member of this practice', [{ field: 'practiceId', message: 'is not a practice you belong to' }]);
}

function addressTaken(slug: string): DomainError {
  return new DomainError('CONFLICT', `The address "${slug}" is already taken: choose another one for your practice`, [
    { field: 'input.practiceSlug', message: 'is already taken' },
  ]);
}
