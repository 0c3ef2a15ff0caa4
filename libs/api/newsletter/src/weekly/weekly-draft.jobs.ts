import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { JobHandler, JobHandlerOf, Jobs } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { NewsletterClock } from './newsletter-clock';
import { composeWeeklyDraft, isDraftHour, weekOf } from './weekly-draft-rules';

export const WEEKLY_DRAFTS = 'newsletter.weekly-drafts';
export const WEEKLY_DRAFT = 'newsletter.weekly-draft';

export interface WeeklyDraftPayload {
  practiceId: string;
  weekOf: string;
  [key: string]: unknown;
}

/**
 * Every hour: each practice for which it is now the draft hour of its chosen weekday, in its own zone, gets its draft
 * job for the week (keyed by week). Hourly, because that hour comes at a different time in every zone.
 */
@Injectable()
@JobHandler(WEEKLY_DRAFTS, { schedule: '5 * * * *', maxAttempts: 1 })
export class WeeklyDraftsJob implements JobHandlerOf {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: Jobs,
    private readonly clock: NewsletterClock,
  ) {}

  async handle(): Promise<void> {
    const now = this.clock.now();
    const practices: { practice_id: string; time_zone: string; weekly_weekday: number }[] = await this.db.manager.query(
      `select practice_id, time_zone, weekly_weekday from app_newsletter_practices()`,
    );
    for (const practice of practices) {
      if (!isDraftHour(now, practice.time_zone, practice.weekly_weekday)) continue;
      const week = weekOf(now, practice.time_zone);
      await this.jobs.enqueue(WEEKLY_DRAFT, { practiceId: practice.practice_id, weekOf: week }, { jobKey: week, jobKeyMode: 'unsafe_dedupe' });
    }
  }
}

/** One practice's weekly insights draft for one week, made once: the unique weekly index settles any race. */
@Injectable()
@JobHandler(WEEKLY_DRAFT, { maxAttempts: 5 })
export class WeeklyDraftJob implements JobHandlerOf<WeeklyDraftPayload> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: NewsletterClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ practiceId, weekOf: week }: WeeklyDraftPayload): Promise<void> {
    const manager = this.db.manager;
    const existing: unknown[] = await manager.query(`select 1 from newsletter_issue where tenant_id = $1 and kind = 'WEEKLY' and week_of = $2`, [practiceId, week]);
    if (existing.length) return;
    const [practice]: { name: string; slug: string; time_zone: string }[] = await manager.query(`select name, slug, time_zone from practice where id = $1`, [practiceId]);
    if (!practice) return;
    const now = this.clock.now();
    const site = `${this.config.publicUrl}/p/${practice.slug}`;
    const articles: { slug: string; title: string; description: string }[] = await manager.query(
      `select slug, title, description from article
        where tenant_id = $1 and not draft and pub_date > $2::timestamptz - interval '7 days' and pub_date <= $2
        order by pub_date desc limit 20`,
      [practiceId, now],
    );
    const masterclasses: { slug: string; title: string; starts_at: Date }[] = await manager.query(
      `select slug, title, starts_at from masterclass
        where tenant_id = $1 and status = 'PUBLISHED' and starts_at > $2 and starts_at <= $2::timestamptz + interval '30 days'
        order by starts_at limit 10`,
      [practiceId, now],
    );
    const draft = composeWeeklyDraft({
      practiceName: practice.name,
      timeZone: practice.time_zone,
      weekOf: week,
      articles: articles.map((a) => ({ title: a.title, description: a.description, url: `${site}/articles/${a.slug}` })),
      masterclasses: masterclasses.map((m) => ({ title: m.title, startsAt: m.starts_at, url: `${site}/masterclasses/${m.slug}` })),
    });
    if (!draft) return;
    await manager.query(
      `insert into newsletter_issue (tenant_id, subject, preheader, body, kind, week_of) values ($1, $2, $3, $4, 'WEEKLY', $5)
       on conflict (tenant_id, week_of) where kind = 'WEEKLY' do nothing`,
      [practiceId, draft.subject, draft.preheader, draft.body, week],
    );
  }
}
