import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { ClientErasure } from './privacy.models';
import { PrivacyService } from './privacy.service';

/** A client's right to see and to remove what the practice keeps about them, exercised by an owner or admin. */
@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Roles('OWNER', 'ADMIN')
  // A mutation, though it changes no record: every export is written to the audit trail, which a query must not do.
  @Mutation(() => String, {
    description: 'Everything the practice keeps about one client, as a JSON document; each export is recorded in the audit trail.',
  })
  exportClientData(@Args('clientId', { type: () => ID }, IdArgumentPipe) clientId: string): Promise<string> {
    return this.privacy.export(clientId);
  }

  @Roles('OWNER', 'ADMIN')
  @Mutation(() => ClientErasure, {
    description:
      "Deletes the client's profile and every coaching record, their client membership and invitations here, and their " +
      "address from this practice's audit trail. Their account and other practices are untouched. Cannot be undone.",
  })
  eraseClient(
    @Args('clientId', { type: () => ID }, IdArgumentPipe) clientId: string,
    @Args('confirmEmail', { type: () => String, description: "The client's email, typed again to confirm." }) confirmEmail: string,
  ): Promise<ClientErasure> {
    return this.privacy.erase(clientId, confirmEmail);
  }
}
