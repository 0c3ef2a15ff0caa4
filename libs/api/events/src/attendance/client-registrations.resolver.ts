import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Client } from '@ascend/coaching';
import { Loaders, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { Registration } from '../registrations/registration.models';
import { REGISTRATION_COLUMNS, RegistrationRow, registrationFromRow } from './registration-rows';

/** A client's masterclass history on their profile: their registrations by client profile or by address, latest first. */
@Resolver(() => Client)
export class ClientRegistrationsResolver {
  constructor(
    private readonly loaders: Loaders,
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
  ) {}

  @ResolveField(() => [Registration], { description: 'Their masterclass registrations, latest first.' })
  masterclassRegistrations(@Parent() client: Client): Promise<Registration[]> {
    return this.loaders.get<string, Registration[]>('events.client-registrations', (ids) => this.load(ids)).load(client.id);
  }

  private async load(clientIds: readonly string[]): Promise<Registration[][]> {
    const rows: (RegistrationRow & { for_client: string })[] = await this.db.manager.query(
      `select ${REGISTRATION_COLUMNS}, c.id as for_client
         from client c join registration r on r.tenant_id = c.tenant_id and (r.client_id = c.id or r.email = c.email)
        where c.tenant_id = $1 and c.id = any($2::uuid[])
        order by r.registered_at desc`,
      [this.context.practiceId, clientIds],
    );
    const grouped = new Map<string, Registration[]>();
    for (const row of rows) grouped.set(row.for_client, [...(grouped.get(row.for_client) ?? []), registrationFromRow(row)]);
    return clientIds.map((id) => grouped.get(id) ?? []);
  }
}
