import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { AddSessionNoteInput, SessionNote, UpdateSessionNoteInput } from './session-notes.models';
import { SessionNotesService } from './session-notes.service';

/** Coaches only: a CLIENT is refused by role before anything is read. */
@Resolver()
export class SessionNotesResolver {
  constructor(private readonly notes: SessionNotesService) {}

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => [SessionNote], { description: "A client's session notes, newest session first." })
  sessionNotes(@Args('clientId', { type: () => ID }, IdArgumentPipe) clientId: string): Promise<SessionNote[]> {
    return this.notes.list(clientId);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => SessionNote)
  addSessionNote(@Args('input') input: AddSessionNoteInput): Promise<SessionNote> {
    return this.notes.add(input);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => SessionNote)
  updateSessionNote(@Args('input') input: UpdateSessionNoteInput): Promise<SessionNote> {
    return this.notes.update(input);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => Boolean)
  async removeSessionNote(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<boolean> {
    await this.notes.remove(id);
    return true;
  }
}
