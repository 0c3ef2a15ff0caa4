import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { Public, RateLimited } from '@ascend/platform/tenancy';
import { HttpContext, startedSession } from '../sessions/session.resolver';
import { Session } from '../sessions/session.models';
import { ConfirmSignUpInput, SignUpInput } from './sign-up.models';
import { SignUpService } from './sign-up.service';

@Resolver()
export class SignUpResolver {
  constructor(
    private readonly signUps: SignUpService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @RateLimited()
  @Mutation(() => Boolean, {
    description:
      'Starts a sign-up: mails the address a link that opens the practice. Always true, whether or not the address has an account (its owner is told by mail).',
  })
  async signUp(@Args('input') input: SignUpInput): Promise<boolean> {
    await this.signUps.start(input);
    return true;
  }

  @Public()
  @RateLimited()
  @Mutation(() => Session, { description: 'The link from the sign-up mail: creates the account, its practice and the OWNER membership, and signs in.' })
  async confirmSignUp(@Args('input') input: ConfirmSignUpInput, @Context() { req, res }: HttpContext): Promise<Session> {
    return startedSession(await this.signUps.confirm(input, req.ip), res, this.config.publicUrl);
  }
}
