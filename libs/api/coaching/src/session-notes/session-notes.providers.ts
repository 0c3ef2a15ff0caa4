import type { Provider } from '@nestjs/common';
import { SessionNotesResolver } from './session-notes.resolver';
import { SessionNotesService } from './session-notes.service';

/** Session notes, private to the practice's coaches. */
export const sessionNoteProviders: Provider[] = [SessionNotesService, SessionNotesResolver];
