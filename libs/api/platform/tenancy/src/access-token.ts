import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';

const ISSUER = 'ascend';
const AUDIENCE = 'ascend-api';

export interface AccessTokenClaims {
  sub: string;
  typ: 'access';
}

/** Short-lived bearer tokens naming the user; the practice is named per request, so one token serves every membership. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issue(userId: string): { token: string; expiresAt: Date } {
    const minutes = this.config.auth.accessTokenMinutes;
    const token = this.jwt.sign({ sub: userId, typ: 'access' } satisfies AccessTokenClaims, {
      secret: this.config.auth.jwtSecret,
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
      secretOrKey: config.auth.jwtSecret,
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): { userId: string } | false {
    return claims.typ === 'access' && typeof claims.sub === 'string' ? { userId: claims.sub } : false;
  }
}
