import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Public, RateLimited, Roles } from '@ascend/platform/tenancy';
import { MyRegistration, RegisterForMasterclassInput, RegistrationReceipt } from './registration.models';
import { RegistrationService } from './registration.service';

@Resolver()
export class RegistrationResolver {
  constructor(private readonly registrations: RegistrationService) {}

  @Public()
  @RateLimited()
  @Mutation(() => RegistrationReceipt, {
    description: 'Registers a guest from the public page: a seat if one is free (held for payment when paid), else the waitlist.',
  })
  registerForMasterclass(@Args('input') input: RegisterForMasterclassInput): Promise<RegistrationReceipt> {
    return this.registrations.register(input);
  }

  @Roles('CLIENT')
  @Mutation(() => MyRegistration, { description: 'Registers the signed-in client, with the name and address of their account.' })
  registerMeForMasterclass(@Args('masterclassId', { type: () => ID }, IdArgumentPipe) masterclassId: string): Promise<MyRegistration> {
    return this.registrations.registerMe(masterclassId);
  }

  @Public()
  @Query(() => MyRegistration, { description: 'The registration a signed link from its mails names.' })
  registrationByLink(@Args('token', { type: () => String }) token: string): Promise<MyRegistration> {
    return this.registrations.byLink(token);
  }

  @Public()
  @RateLimited()
  @Mutation(() => MyRegistration, { description: 'Cancels through the signed link in every mail; the seat goes to the head of the waitlist.' })
  cancelRegistration(@Args('token', { type: () => String }) token: string): Promise<MyRegistration> {
    return this.registrations.cancelByLink(token);
  }

  @Roles('OWNER', 'ADMIN', 'COACH', 'CLIENT')
  @Query(() => [MyRegistration], { description: "The signed-in person's own registrations in this practice, latest first." })
  myMasterclassRegistrations(): Promise<MyRegistration[]> {
    return this.registrations.myRegistrations();
  }
}
