import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { NewsletterSettings, NewsletterSettingsInput } from './settings.models';

/** The defaults a practice has before it saves any (the migration's column defaults). */
const DEFAULTS: NewsletterSettings = { weeklyEnabled: true, weeklyWeekday: 4 };

@Resolver()
export class NewsletterSettingsResolver {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
  ) {}

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => NewsletterSettings, { description: 'Whether and on which day the weekly insights issue is drafted.' })
  async newsletterSettings(): Promise<NewsletterSettings> {
    const rows: NewsletterSettings[] = await this.db.manager.query(
      `select weekly_enabled as "weeklyEnabled", weekly_weekday as "weeklyWeekday" from newsletter_settings where tenant_id = $1`,
      [this.context.practiceId],
    );
    return rows[0] ?? DEFAULTS;
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Mutation(() => NewsletterSettings)
  async updateNewsletterSettings(@Args('input') input: NewsletterSettingsInput): Promise<NewsletterSettings> {
    const [row]: NewsletterSettings[] = await this.db.manager.query(
      `insert into newsletter_settings (tenant_id, weekly_enabled, weekly_weekday) values ($1, $2, $3)
       on conflict (tenant_id) do update set weekly_enabled = excluded.weekly_enabled, weekly_weekday = excluded.weekly_weekday, updated_at = now()
       returning weekly_enabled as "weeklyEnabled", weekly_weekday as "weeklyWeekday"`,
      [this.context.practiceId, input.weeklyEnabled, input.weeklyWeekday],
    );
    return row;
  }
}
