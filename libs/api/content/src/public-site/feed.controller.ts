import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { articleFeed, FEED_SIZE } from './feed-xml';
import { articleListFromRows, articleListQuery } from './site-queries';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The practice's article feeds for feed readers, which send no session: RSS 2.0 and Atom, the newest public
 * articles, one statement outside any transaction. Readers poll, so a feed may be cached for five minutes.
 */
@Controller('p/:practiceSlug')
export class FeedController {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('feed.xml')
  rss(@Param('practiceSlug') practiceSlug: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.feed(practiceSlug, res, 'application/rss+xml; charset=utf-8', (feed) => feed.rss2());
  }

  @Get('atom.xml')
  atom(@Param('practiceSlug') practiceSlug: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.feed(practiceSlug, res, 'application/atom+xml; charset=utf-8', (feed) => feed.atom1());
  }

  private async feed(practiceSlug: string, res: Response, type: string, write: (feed: ReturnType<typeof articleFeed>) => string): Promise<string> {
    const query = SLUG.test(practiceSlug) ? articleListQuery(practiceSlug, { limit: FEED_SIZE, offset: 0, withBody: true }) : undefined;
    const read = query && articleListFromRows(await this.db.autocommit(query.sql, query.parameters));
    res.set({ 'x-content-type-options': 'nosniff' });
    if (!read) {
      res.status(404).set({ 'cache-control': 'no-cache', 'content-type': 'text/plain; charset=utf-8' });
      return 'No practice has this address.\n';
    }
    res.set({ 'content-type': type, 'cache-control': 'public, max-age=300' });
    return write(articleFeed(read.practice, read.articles, this.config.publicUrl));
  }
}
