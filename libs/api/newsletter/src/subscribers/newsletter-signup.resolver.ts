import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RateLimited } from '@ascend/platform/tenancy';
import { NewsletterSignupService } from './newsletter-signup.service';
import { NewsletterConfirmation, SubscribeInput, SubscribeReceipt } from './subscriber.models';

/** The public side of the newsletter: the signup form and the pages a subscriber's links open. */
@Resolver()
export class NewsletterSignupResolver {
  constructor(private readonly signups: NewsletterSignupService) {}

  @Public()
  @RateLimited()
  @Mutation(() => SubscribeReceipt, { description: 'Signs an address up (double opt-in): a confirmation mail follows. The answer never tells whether the address was known.' })
  subscribeToNewsletter(@Args('input') input: SubscribeInput): Promise<SubscribeReceipt> {
    return this.signups.subscribe(input);
  }

  @Public()
  @Query(() => String, { description: 'The consent wording the signup form shows beside its checkbox; a signup records exactly these words.' })
  newsletterSignupWording(@Args('practiceSlug', { type: () => String }) practiceSlug: string): Promise<string> {
    return this.signups.wording(practiceSlug);
  }

  @Public()
  @Query(() => NewsletterConfirmation, { description: 'What the confirm page shows before its button is pressed; reading it confirms nothing.' })
  newsletterConfirmation(@Args('token', { type: () => String }) token: string): Promise<NewsletterConfirmation> {
    return this.signups.confirmation(token);
  }

  @Public()
  @Mutation(() => NewsletterConfirmation, { description: "Confirms a subscription: the confirm page's button." })
  confirmNewsletterSubscription(@Args('token', { type: () => String }) token: string): Promise<NewsletterConfirmation> {
    return this.signups.confirm(token);
  }

  @Public()
  @Mutation(() => NewsletterConfirmation, { description: 'Unsubscribes at once through the link in every issue; no sign-in.' })
  unsubscribeFromNewsletter(@Args('token', { type: () => String }) token: string): Promise<NewsletterConfirmation> {
    return this.signups.unsubscribe(token);
  }

  @Public()
  @Mutation(() => NewsletterConfirmation, { description: 'Undoes an unsubscribe from the same link; the consent is recorded again.' })
  resubscribeToNewsletter(@Args('token', { type: () => String }) token: string): Promise<NewsletterConfirmation> {
    return this.signups.resubscribe(token);
  }
}
