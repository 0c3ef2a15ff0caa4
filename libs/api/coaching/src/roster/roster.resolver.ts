import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { AddClientInput, Client, ClientFilter, ClientImportResult, ClientImportRow, ClientPage, ClientSort, ImportModeEnum, UpdateClientInput } from './client.models';
import type { ImportMode } from './client.models';
import { ClientImportService } from './client-import.service';
import { RosterService } from './roster.service';

@Resolver()
export class RosterResolver {
  constructor(
    private readonly roster: RosterService,
    private readonly csv: ClientImportService,
  ) {}

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => ClientPage, { description: 'The roster the caller may see (a COACH: their own clients), a page at a time (at most 100).' })
  clients(
    @Args('filter', { type: () => ClientFilter, nullable: true }) filter?: ClientFilter,
    @Args('sort', { type: () => ClientSort, nullable: true }) sort?: ClientSort,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<ClientPage> {
    return this.roster.page(filter, sort, first ?? undefined, after ?? undefined);
  }

  @Roles('OWNER', 'ADMIN', 'COACH', 'CLIENT')
  @Query(() => Client, { description: 'One client: their coach, an owner or admin, or the client themself.' })
  client(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<Client> {
    return this.roster.client(id);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => Client, { description: 'Changes what is given. A COACH changes their own clients only and cannot hand them to another coach.' })
  updateClient(@Args('input') input: UpdateClientInput): Promise<Client> {
    return this.roster.update(input);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => Client, { description: "Adds a person to the roster; with invite, sends them a client invitation (owners and admins)." })
  addClient(@Args('input') input: AddClientInput): Promise<Client> {
    return this.roster.add(input);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => Client, { description: 'Invites a lead (or any client without an account) to join as a client (owners and admins).' })
  inviteClient(@Args('clientId', { type: () => ID }, IdArgumentPipe) clientId: string): Promise<Client> {
    return this.roster.invite(clientId);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => [ClientImportRow], { description: 'Reads a CSV (name, email, status, tags, coach email) and says what is wrong with each row; writes nothing.' })
  previewClientImport(@Args('csv', { type: () => String }) csv: string): Promise<ClientImportRow[]> {
    return this.csv.preview(csv);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => ClientImportResult, { description: 'Reads the CSV again and adds its clients: all or nothing, or only the valid rows.' })
  importClients(
    @Args('csv', { type: () => String }) csv: string,
    @Args('mode', { type: () => ImportModeEnum }) mode: ImportMode,
  ): Promise<ClientImportResult> {
    return this.csv.import(csv, mode);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => String, { description: 'The roster the caller may see, filtered, as CSV with the import\'s columns.' })
  exportClientsCsv(@Args('filter', { type: () => ClientFilter, nullable: true }) filter?: ClientFilter): Promise<string> {
    return this.csv.export(filter);
  }
}
