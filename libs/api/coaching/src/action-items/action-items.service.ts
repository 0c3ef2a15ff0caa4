import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { ClientAccess, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { ActionItemOwner, clientAddProblem, clientChangeProblem } from './action-item-rules';
import { ActionItem, AddActionItemInput, UpdateActionItemInput } from './action-items.models';

const ITEM_COLUMNS = `i.id, i.client_id as "clientId", i.title, i.owner, i.due_on::text as "dueOn", i.status,
  u.name as "createdByName", i.created_at as "createdAt", i.completed_at as "completedAt"`;
// Open items first, soonest due first (undated last), then the order they were added.
const ITEM_ORDER = `case i.status when 'OPEN' then 0 when 'DONE' then 1 else 2 end, i.due_on nulls last, i.created_at`;

/**
 * Action items of a client, in both portals: the client's coach, owners and admins manage them all; the client sees
 * theirs, adds their own (owner CLIENT) and changes only the status of items they own. Ids the caller may not reach
 * answer NOT_FOUND.
 */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly access: ClientAccess,
  ) {}

  async ofClient(clientId: string): Promise<ActionItem[]> {
    await this.access.require(clientId, 'coach');
    return this.list(clientId);
  }

  async mine(): Promise<ActionItem[]> {
    return this.list(await this.access.ownClientId());
  }

  async add(input: AddActionItemInput): Promise<ActionItem> {
    const clientId = await this.clientToAddFor(input.clientId);
    const problem = this.context.role === 'CLIENT' ? clientAddProblem(input.owner) : null;
    if (problem) throw new DomainError('FORBIDDEN', 'You can add only your own action items', [problem]);
    const [row]: { id: string }[] = await this.db.manager.query(
      `insert into action_item (tenant_id, client_id, title, owner, due_on, created_by) values ($1, $2, $3, $4, $5, $6) returning id`,
      [this.context.practiceId, clientId, input.title, input.owner, input.dueOn ?? null, this.context.userId],
    );
    return this.byId(row.id);
  }

  async update(input: UpdateActionItemInput): Promise<ActionItem> {
    const { sql, parameters } = this.access.condition('c', 3, 'read');
    // Locked, so a status change and an edit of the same item do not interleave between the check and the write.
    const [found]: { owner: ActionItemOwner }[] = await this.db.manager.query(
      `select i.owner from action_item i join client c on c.tenant_id = i.tenant_id and c.id = i.client_id
        where i.tenant_id = $1 and i.id = $2 and ${sql} for update of i`,
      [this.context.practiceId, input.id, ...parameters],
    );
    if (!found) throw new DomainError('NOT_FOUND', 'No such action item', [{ field: 'input.id', message: 'is not an action item you can reach' }]);
    const change = { title: input.title ?? undefined, dueOn: input.dueOn, status: input.status ?? undefined };
    const problem = this.context.role === 'CLIENT' ? clientChangeProblem(found.owner, change) : null;
    if (problem) throw new DomainError('FORBIDDEN', 'You can change only the status of your own action items', [problem]);
    await this.db.manager.query(
      `update action_item
          set title = coalesce($3, title),
              due_on = case when $4::boolean then $5::date else due_on end,
              status = coalesce($6, status),
              completed_at = case when coalesce($6, status) = 'DONE' then coalesce(completed_at, now()) end,
              updated_at = now()
        where tenant_id = $1 and id = $2`,
      [this.context.practiceId, input.id, change.title ?? null, change.dueOn !== undefined, change.dueOn ?? null, change.status ?? null],
    );
    return this.byId(input.id);
  }

  /** A client adds to their own record (named or not); a coach names a client they coach. */
  private async clientToAddFor(clientId: string | null | undefined): Promise<string> {
    if (this.context.role === 'CLIENT') {
      if (!clientId) return this.access.ownClientId();
      await this.access.require(clientId, 'read', 'input.clientId');
      return clientId;
    }
    if (!clientId) throw new InvalidInputError([{ field: 'input.clientId', message: 'must name the client' }]);
    await this.access.require(clientId, 'coach', 'input.clientId');
    return clientId;
  }

  private list(clientId: string): Promise<ActionItem[]> {
    return this.db.manager.query(
      `select ${ITEM_COLUMNS} from action_item i left join app_user u on u.id = i.created_by
        where i.tenant_id = $1 and i.client_id = $2 order by ${ITEM_ORDER}`,
      [this.context.practiceId, clientId],
    );
  }

  private async byId(id: string): Promise<ActionItem> {
    const [item]: ActionItem[] = await this.db.manager.query(
      `select ${ITEM_COLUMNS} from action_item i left join app_user u on u.id = i.created_by where i.tenant_id = $1 and i.id = $2`,
      [this.context.practiceId, id],
    );
    return item;
  }
}
