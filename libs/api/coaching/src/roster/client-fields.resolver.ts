import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { People } from '@ascend/identity';
import { Loaders, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { Client, ClientCoach } from './client.models';

/** The roster's own fields of a client, each loaded in one batch per operation however many clients ask. */
@Resolver(() => Client)
export class ClientFieldsResolver {
  constructor(
    private readonly people: People,
    private readonly loaders: Loaders,
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
  ) {}

  @ResolveField(() => ClientCoach, { nullable: true })
  async coach(@Parent() client: Client): Promise<ClientCoach | null> {
    if (!client.coachUserId) return null;
    const { id, name } = await this.people.byId(client.coachUserId);
    return { id, name };
  }

  @ResolveField(() => Boolean, { description: 'Whether a client invitation to their address waits to be accepted.' })
  invitationPending(@Parent() client: Client): Promise<boolean> {
    if (client.userId) return Promise.resolve(false);
    return this.loaders.get<string, boolean>('coaching.pending-invitation', (emails) => this.pendingInvitations(emails)).load(client.email);
  }

  private async pendingInvitations(emails: readonly string[]): Promise<boolean[]> {
    const rows: { email: string }[] = await this.db.manager.query(
      `select email from invitation
        where tenant_id = $1 and email = any($2::text[]) and role = 'CLIENT' and accepted_at is null and revoked_at is null and expires_at > now()`,
      [this.context.practiceId, emails],
    );
    const pending = new Set(rows.map((r) => r.email));
    return emails.map((email) => pending.has(email));
  }
}
