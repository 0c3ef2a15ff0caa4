import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { Public, RateLimited, RunsAlone, SignedIn, TenantContext } from '@ascend/platform/tenancy';
import { clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './session-cookie';
import { Session, SignInInput, SignUpInput, Viewer } from './session.models';
import { IssuedSession, SessionService } from './session.service';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver()
export class SessionResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly context: TenantContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @RateLimited()
  @Mutation(() => Session, { description: 'Creates an account, its practice and the OWNER membership, and signs in.' })
  async signUp(@Args('input') input: SignUpInput, @Context() { req, res }: HttpContext): Promise<Session> {
    return this.started(await this.sessions.signUp(input, req.ip), res);
  }

  @Public()
  @RateLimited()
  @Mutation(() => Session)
  async signIn(@Args('input') input: SignInInput, @Context() { req, res }: HttpContext): Promise<Session> {
    return this.started(await this.sessions.signIn(input, req.ip), res);
  }

  @Public()
  @RunsAlone()
  @Mutation(() => Session, { description: 'Trades the refresh cookie for a new access token and a new cookie.' })
  async refreshSession(@Context() { req, res }: HttpContext): Promise<Session> {
    return this.started(await this.sessions.refresh(refreshCookieOf(req)), res);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session everywhere it was refreshed.' })
  async signOut(@Context() { req, res }: HttpContext): Promise<boolean> {
    await this.sessions.signOut(refreshCookieOf(req));
    clearRefreshCookie(res, this.config.publicUrl);
    return true;
  }

  @SignedIn()
  @Query(() => Viewer, { description: 'The signed-in person and the practices they belong to.' })
  viewer(): Promise<Viewer> {
    return this.sessions.viewer(this.context.userId);
  }

  private started(issued: IssuedSession, res: Response): Session {
    setRefreshCookie(res, this.config.publicUrl, issued.refreshToken, issued.refreshExpiresAt);
    return issued.session;
  }
}
