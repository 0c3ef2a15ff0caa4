import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { Public, RateLimited, RunsAlone, SignedIn, TenantContext } from '@ascend/platform/tenancy';
import { clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './session-cookie';
import { Session, SignInInput, Viewer } from './session.models';
import { IssuedSession, SessionService } from './session.service';

export interface HttpContext {
  req: Request;
  res: Response;
}

/** Hands a new session to the browser: the refresh token as its cookie, the rest as the answer. */
export function startedSession(issued: IssuedSession, res: Response, publicUrl: string): Session {
  setRefreshCookie(res, publicUrl, issued.refreshToken, issued.refreshExpiresAt);
  return issued.session;
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
    return startedSession(issued, res, this.config.publicUrl);
  }
}
