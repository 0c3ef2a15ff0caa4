import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { RegistrationLinks } from '../registrations/registration-links';
import { CalendarFiles } from './calendar-files';
import { CalendarFeeds } from './calendar-feeds';
import { readRegistrationEntry } from './registration-entry';

/** The name without `.ics`, or undefined for any other name. */
const tokenOf = (file: string) => (file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : undefined);

/**
 * Calendar files by link, for calendar apps (which send no session): a registration's .ics by its signed link,
 * and a person's private feed by its secret address. Anything not found answers 404 in a line of text, the same
 * for a changed character as for a registration that is gone or a feed that was revoked.
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly db: TenantDatabase,
    private readonly links: RegistrationLinks,
    private readonly files: CalendarFiles,
    private readonly feeds: CalendarFeeds,
  ) {}

  @Get('registrations/:file')
  async registration(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const token = tokenOf(file);
    const ref = token === undefined ? undefined : this.links.read(token);
    const row = ref && (await this.db.run({ practiceId: ref.practiceId }, (manager) => readRegistrationEntry(manager, ref.practiceId, ref.registrationId)));
    if (row?.practice_suspended) return notFound(res, 'This practice is suspended by Ascend: its calendar links work again once it is reactivated.');
    if (!row) return notFound(res, 'No registration behind this calendar link. Use the link in your latest email about the masterclass.');
    return calendar(res, this.files.forRegistration(row).ics, `${row.slug}.ics`);
  }

  @Get('feeds/:file')
  async feed(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const token = tokenOf(file);
    const rows = token === undefined ? undefined : await this.feeds.events(token);
    if (!rows) return notFound(res, 'This calendar feed address no longer works. Make a new one in Ascend and subscribe to that.');
    return calendar(res, this.files.forFeed(rows), 'masterclasses.ics');
  }
}

function headers(res: Response) {
  // Private links: never cached on the way, never indexed.
  res.set({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex', 'x-content-type-options': 'nosniff' });
}

function calendar(res: Response, ics: string, filename: string): string {
  headers(res);
  res.set({ 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `inline; filename="${filename}"` });
  return ics;
}

function notFound(res: Response, message: string): string {
  headers(res);
  res.status(404).type('text/plain; charset=utf-8');
  return `${message}\n`;
}
