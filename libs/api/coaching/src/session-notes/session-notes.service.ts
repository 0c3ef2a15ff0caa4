import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { ClientAccess, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { AddSessionNoteInput, SessionNote, UpdateSessionNoteInput } from './session-notes.models';

const NOTE_COLUMNS = `n.id, n.client_id as "clientId", n.held_on::text as "heldOn", n.body, u.name as "authorName",
  n.created_at as "createdAt", n.updated_at as "updatedAt"`;

/**
 * Session notes are the coaches' own: every operation asks ClientAccess for 'coach' on the note's client, which no
 * CLIENT ever has, and an id of a note the caller may not reach answers NOT_FOUND like one that does not exist.
 */
@Injectable()
export class SessionNotesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly access: ClientAccess,
  ) {}

  /** Newest session first. */
  async list(clientId: string): Promise<SessionNote[]> {
    await this.access.require(clientId, 'coach');
    return this.db.manager.query(
      `select ${NOTE_COLUMNS} from session_note n left join app_user u on u.id = n.author_user_id
        where n.tenant_id = $1 and n.client_id = $2 order by n.held_on desc, n.created_at desc`,
      [this.context.practiceId, clientId],
    );
  }

  async add(input: AddSessionNoteInput): Promise<SessionNote> {
    await this.access.require(input.clientId, 'coach', 'input.clientId');
    const [row]: { id: string }[] = await this.db.manager.query(
      `insert into session_note (tenant_id, client_id, author_user_id, held_on, body) values ($1, $2, $3, $4, $5) returning id`,
      [this.context.practiceId, input.clientId, this.context.userId, input.heldOn, input.body],
    );
    return this.byId(row.id);
  }

  async update(input: UpdateSessionNoteInput): Promise<SessionNote> {
    const { sql, parameters } = this.access.condition('c', 5, 'coach');
    const [rows]: [{ id: string }[], number] = await this.db.manager.query(
      `update session_note n set held_on = coalesce($3, n.held_on), body = coalesce($4, n.body), updated_at = now()
         from client c
        where n.tenant_id = $1 and n.id = $2 and c.tenant_id = n.tenant_id and c.id = n.client_id and ${sql}
        returning n.id`,
      [this.context.practiceId, input.id, input.heldOn ?? null, input.body ?? null, ...parameters],
    );
    if (!rows.length) throw noteNotFound('input.id');
    return this.byId(input.id);
  }

  async remove(id: string): Promise<void> {
    const { sql, parameters } = this.access.condition('c', 3, 'coach');
    const [rows]: [unknown[], number] = await this.db.manager.query(
      `delete from session_note n using client c
        where n.tenant_id = $1 and n.id = $2 and c.tenant_id = n.tenant_id and c.id = n.client_id and ${sql}
        returning n.id`,
      [this.context.practiceId, id, ...parameters],
    );
    if (!rows.length) throw noteNotFound('id');
  }

  private async byId(id: string): Promise<SessionNote> {
    const [note]: SessionNote[] = await this.db.manager.query(
      `select ${NOTE_COLUMNS} from session_note n left join app_user u on u.id = n.author_user_id where n.tenant_id = $1 and n.id = $2`,
      [this.context.practiceId, id],
    );
    return note;
  }
}

function noteNotFound(field: string): DomainError {
  return new DomainError('NOT_FOUND', 'No such session note', [{ field, message: 'is not a session note you can reach' }]);
}
