import type { Provider } from '@nestjs/common';
import { NewsletterClock } from './newsletter-clock';
import { NewsletterSettingsResolver } from './settings.resolver';
import { WeeklyDraftJob, WeeklyDraftsJob } from './weekly-draft.jobs';

/** The weekly insights draft, on the day the practice chose. */
export const weeklyProviders: Provider[] = [NewsletterClock, NewsletterSettingsResolver, WeeklyDraftsJob, WeeklyDraftJob];
