import { Injectable } from '@nestjs/common';
import { TeamService } from '@ascend/identity';
import { DomainError, FieldProblem, InvalidInputError } from '@ascend/platform/graphql';
import { ClientAccess, Entitlements, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { isTimeZone } from '../weeks/week-rules';
import { AddClientInput, Client, ClientFilter, ClientPage, ClientSort, UpdateClientInput } from './client.models';
import { CLIENT_COLUMNS, ClientRow, filterConditions, toClient } from './client-rows';
import { isIsoDate } from '../method/goal-rules';
import { normaliseTags, pageSize, rosterOrder } from './roster-rules';

const COACH_ROLES = ['OWNER', 'ADMIN', 'COACH'];

/**
 * The roster: who the practice coaches and how. Every client id goes through ClientAccess, so a COACH reaches and
 * changes only the clients assigned to them (anything else answers NOT_FOUND); OWNER and ADMIN reach all.
 */
@Injectable()
export class RosterService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly access: ClientAccess,
    private readonly team: TeamService,
    private readonly entitlements: Entitlements,
  ) {}

  /** One page in the chosen order, and how many match: two statements whatever the page size. */
  async page(filter: ClientFilter | undefined, sort: ClientSort | undefined, first: number | undefined, after: string | undefined): Promise<ClientPage> {
    const size = pageSize(first);
    const order = rosterOrder(sort?.field ?? 'NAME', sort?.direction ?? 'ASC');
    const visible = this.access.condition('c', 2);
    const parameters: unknown[] = [this.context.practiceId, ...visible.parameters];
    const conditions = ['c.tenant_id = $1', visible.sql, ...filterConditions(filter, parameters)];
    const [{ count }]: { count: number }[] = await this.db.manager.query(
      `select count(*)::int as count from client c where ${conditions.join(' and ')}`,
      parameters,
    );
    const cursor = order.after(after, parameters.length + 1);
    const rows: (ClientRow & Record<string, unknown>)[] = await this.db.manager.query(
      `select ${CLIENT_COLUMNS}, ${order.keyColumns} from client c
        where ${[...conditions, cursor.sql].join(' and ')}
        order by ${order.orderBy} limit ${size + 1}`,
      [...parameters, ...cursor.parameters],
    );
    const nodes = rows.slice(0, size);
    return {
      nodes: nodes.map(toClient),
      totalCount: count,
      pageInfo: { hasNextPage: rows.length > size, endCursor: nodes.length ? order.cursorOf(nodes[nodes.length - 1]) : null },
    };
  }

  async client(id: string, field = 'id'): Promise<Client> {
    await this.access.require(id, 'read', field);
    const rows: ClientRow[] = await this.db.manager.query(`select ${CLIENT_COLUMNS} from client c where c.tenant_id = $1 and c.id = $2`, [this.context.practiceId, id]);
    return toClient(rows[0]);
  }

  /**
   * Changes what is given. A COACH changes only their own clients and keeps them: handing a client to another
   * coach (or to nobody) is for an OWNER or ADMIN, who see the whole practice's load.
   */
  async update(input: UpdateClientInput): Promise<Client> {
    await this.access.require(input.clientId, 'coach', 'input.clientId');
    const [current]: { coach_user_id: string | null; status: string }[] = await this.db.manager.query(
      `select coach_user_id, status from client where tenant_id = $1 and id = $2 for update`,
      [this.context.practiceId, input.clientId],
    );
    const coachChanges = input.coachUserId !== undefined && input.coachUserId !== current.coach_user_id;
    await this.checkSettings(input, coachChanges);
    if (input.status === 'ACTIVE' && current.status !== 'ACTIVE') await this.entitlements.allow(this.context.practiceId, 'activeClients');
    const parameters: unknown[] = [this.context.practiceId, input.clientId];
    const set = (column: string, value: unknown, cast = '') => `${column} = $${parameters.push(value)}${cast}`;
    const changes = [
      input.status != null && set('status', input.status),
      coachChanges && set('coach_user_id', input.coachUserId ?? null, '::uuid'),
      input.tags != null && set('tags', normaliseTags(input.tags), '::text[]'),
      input.startedOn !== undefined && set('started_on', input.startedOn, '::date'),
      input.checkInDay != null && set('check_in_day', input.checkInDay),
      input.timeZone != null && set('time_zone', input.timeZone),
      // Coaching starts the day a client becomes ACTIVE, unless a start date is known.
      input.status === 'ACTIVE' && input.startedOn === undefined && 'started_on = coalesce(started_on, current_date)',
    ].filter((change): change is string => typeof change === 'string');
    if (changes.length) {
      await this.db.manager.query(`update client set ${changes.join(', ')}, updated_at = now() where tenant_id = $1 and id = $2`, parameters);
    }
    return this.client(input.clientId, 'input.clientId');
  }

  /** A roster row for a person, with a client invitation when asked (their account joins this row on accepting). */
  /** `source` tells how they came: added by hand, or from a masterclass registration. */
  async add(input: AddClientInput, source: 'ROSTER' | 'MASTERCLASS' = 'ROSTER'): Promise<Client> {
    const coachUserId = input.coachUserId ?? (this.context.role === 'COACH' ? this.context.userId : null);
    await this.checkSettings({ ...input, coachUserId }, coachUserId !== this.context.userId);
    const status = input.status ?? 'ACTIVE';
    // An invited lead becomes active when the invitation is accepted.
    if (status === 'ACTIVE' || (status === 'LEAD' && input.invite)) await this.entitlements.allow(this.context.practiceId, 'activeClients');
    const inserted: { id: string }[] = await this.db.manager.query(
      `insert into client (tenant_id, name, email, status, coach_user_id, tags, check_in_day, time_zone, source, started_on)
       select $1, $2, $3, $4, $5, $6, coalesce($7, 5), coalesce($8, p.time_zone), $9, case when $4 = 'ACTIVE' then current_date end
         from practice p where p.id = $1
       on conflict (tenant_id, email) do nothing
       returning id`,
      [this.context.practiceId, input.name, input.email.trim().toLowerCase(), status, coachUserId, normaliseTags(input.tags ?? []), input.checkInDay ?? null, input.timeZone ?? null, source],
    );
    if (!inserted.length) throw new DomainError('CONFLICT', `${input.email} is already on the roster`, [{ field: 'input.email', message: 'is already on the roster' }]);
    if (input.invite) await this.team.invite(input.email, 'CLIENT');
    return this.client(inserted[0].id, 'input.email');
  }

  /** A lead (or anyone on the roster without an account) invited as a client in one step. */
  async invite(clientId: string): Promise<Client> {
    await this.access.require(clientId, 'coach');
    const [row]: { email: string; user_id: string | null; status: string }[] = await this.db.manager.query(
      `select email, user_id, status from client where tenant_id = $1 and id = $2 for update`,
      [this.context.practiceId, clientId],
    );
    if (row.user_id) throw new DomainError('CONFLICT', 'This client already has an account in the practice', [{ field: 'clientId', message: 'already has an account' }]);
    // Accepting makes a lead an active client.
    if (row.status === 'LEAD') await this.entitlements.allow(this.context.practiceId, 'activeClients');
    try {
      await this.team.invite(row.email, 'CLIENT');
    } catch (error) {
      // The invitation's own problems (already invited, a member) name its email; here the client is the argument.
      if (error instanceof DomainError && error.fields.length) throw new DomainError(error.code, error.message, error.fields.map((f) => ({ ...f, field: 'clientId' })));
      throw error;
    }
    return this.client(clientId, 'clientId');
  }

  /** Invitations are the team's business: only owners and admins send them (identity's rule), coaches ask them. */
  private async checkSettings(input: { coachUserId?: string | null; timeZone?: string; startedOn?: string }, coachChanges: boolean) {
    const problems: FieldProblem[] = [];
    if (input.timeZone != null && !isTimeZone(input.timeZone)) problems.push({ field: 'input.timeZone', message: 'must be an IANA time zone such as Europe/London' });
    if (input.startedOn && !isIsoDate(input.startedOn)) problems.push({ field: 'input.startedOn', message: 'must be a real date' });
    if (coachChanges && this.context.role === 'COACH') {
      throw new DomainError('FORBIDDEN', 'Only an owner or admin can hand a client to another coach', [{ field: 'input.coachUserId', message: 'must be you' }]);
    }
    if (coachChanges && input.coachUserId && !(await this.isCoach(input.coachUserId))) {
      problems.push({ field: 'input.coachUserId', message: 'is not an owner, admin or coach of this practice' });
    }
    if (problems.length) throw new InvalidInputError(problems);
  }

  private async isCoach(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query(`select 1 from membership where tenant_id = $1 and user_id = $2 and role = any($3)`, [
      this.context.practiceId,
      userId,
      COACH_ROLES,
    ]);
    return rows.length > 0;
  }
}
