import type { Provider } from '@nestjs/common';
import { ClientFieldsResolver } from './client-fields.resolver';
import { ClientImportService } from './client-import.service';
import { RosterResolver } from './roster.resolver';
import { RosterService } from './roster.service';

/** The client roster: listing, changes, invitations, CSV import and export. */
export const rosterProviders: Provider[] = [RosterService, ClientImportService, RosterResolver, ClientFieldsResolver];
