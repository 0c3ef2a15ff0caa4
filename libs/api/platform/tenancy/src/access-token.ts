import { createSecretKey, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';

const ISSUER = 'ascend';
const AUDIENCE = 'ascend-api';

/**
 * The HS256 key as a KeyObject: given the secret as a string, jsonwebtoken first tries to read it as a PEM public
 * key and builds a key object on every call, which cost a fifth of a signed-in request's CPU.
 */
function signingKey(config: AppConfig): KeyObject {
  return createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
}

export interface AccessTokenClaims {
  sub: string;
  /** The session (refresh-token family) the token was issued in: each request checks that it is still live. */
  sid: string;
  typ: 'access';
}

/** Who a valid access token speaks for. */
export interface Bearer {
  userId: string;
  sessionId: string;
}

/** Short-lived bearer tokens naming the user; the practice is named per request, so one token serves every membership. */
@Injectable()
export class AccessTokens {
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = signingKey(config);
  }

  issue(userId: string, sessionId: string): { token: string; expiresAt: Date } {
    const minutes = this.config.auth.accessTokenMinutes;
    const token = this.jwt.sign({ sub: userId, sid: sessionId, typ: 'access' } satisfies AccessTokenClaims, {
      privateKey: this.key,
      algorithm: 'HS256',
      expiresIn: minutes * 60,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    return { token, expiresAt: new Date(Date.now() + minutes * 60_000) };
  }
}

@Injectable()
export class AccessTokenStrategy extends PassportStrategy(Strategy, 'access-token') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands it to jsonwebtoken, which takes a KeyObject; its typings only name strings and buffers.
      secretOrKey: signingKey(config) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Bearer | false {
    const valid = claims.typ === 'access' && typeof claims.sub === 'string' && typeof claims.sid === 'string';
    return valid ? { userId: claims.sub, sessionId: claims.sid } : false;
  }
}
