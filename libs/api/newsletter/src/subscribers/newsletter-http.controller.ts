import { Body, Controller, Headers, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { SubscriberLinks } from '../shared/subscriber-links';
import { BounceListError, MARK_UNDELIVERABLE, markParameters, readBounceReport } from './bounce-rules';
import { UNSUBSCRIBE } from './subscriber-rows';

/**
 * The newsletter's routes outside GraphQL. A POST to the one-click address unsubscribes (RFC 8058: mail clients send
 * `List-Unsubscribe=One-Click` to the List-Unsubscribe-Post target); a GET there is never an unsubscribe (link
 * scanners follow links), it is the web app's page. Providers report hard bounces and complaints to /bounces.
 */
@Controller('newsletter')
export class NewsletterHttpController {
  constructor(
    private readonly db: TenantDatabase,
    private readonly links: SubscriberLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('unsubscribe/:token')
  @HttpCode(200)
  async oneClick(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    res.set({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' }).type('text/plain; charset=utf-8');
    const ref = this.links.read('unsubscribe', token);
    const practice =
      ref &&
      (await this.db.run({ practiceId: ref.practiceId }, async (manager) => {
        const [row]: { practice_name: string }[] = await manager.query(
          `select p.name as practice_name from subscriber s join practice_profile p on p.id = s.tenant_id where s.tenant_id = $1 and s.id = $2`,
          [ref.practiceId, ref.subscriberId],
        );
        if (row) await manager.query(UNSUBSCRIBE, [ref.practiceId, ref.subscriberId]);
        return row?.practice_name;
      }));
    if (!practice) {
      res.status(404);
      return 'This unsubscribe link is not valid. Use the link in your latest newsletter.\n';
    }
    return `You are unsubscribed from ${practice}'s newsletter. You will not receive another issue.\n`;
  }

  @Post('bounces')
  @HttpCode(200)
  async bounces(@Headers('authorization') authorization: string | undefined, @Body() body: unknown, @Res({ passthrough: true }) res: Response): Promise<object> {
    res.set('cache-control', 'no-store');
    const secret = this.config.newsletter.bounceSecret;
    // Without a secret configured, nobody may report: the route does not exist.
    if (!secret) return res.status(404) && { message: 'Not found' };
    if (!sameSecret(authorization, secret)) {
      res.status(401).set('www-authenticate', 'Bearer');
      return { message: 'A bounce report must carry the bounce secret: authorization: Bearer <NEWSLETTER_BOUNCE_SECRET>' };
    }
    let events;
    try {
      events = readBounceReport(body);
    } catch (error) {
      if (!(error instanceof BounceListError)) throw error;
      res.status(400);
      return { message: `Nothing was marked: ${error.message}`, problems: error.problems };
    }
    // A bounce is about the address, in every practice; the function reaches across practices by itself.
    const [{ marked }] = await this.db.run({}, (manager) => manager.query(MARK_UNDELIVERABLE, markParameters(events)));
    return { received: events.length, marked };
  }
}

/** Compared as hashes of equal length in constant time: neither the secret nor its length leaks through timing. */
function sameSecret(authorization: string | undefined, secret: string): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(authorization?.trim() ?? '')?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(secret));
}
