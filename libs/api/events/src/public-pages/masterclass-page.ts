import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { EventsClock } from '../shared/events-clock';
import { PUBLIC_MASTERCLASS_COLUMNS, PUBLIC_MASTERCLASS_FROM, PublicMasterclassRow, publicMasterclassFromRow } from './public-masterclass-rows';
import { masterclassPageHtml } from './masterclass-page-html';

/** What the server puts into the web app's HTML for one page: its head and the content of its root element. */
export interface RenderedPage {
  status: number;
  title: string;
  head: string;
  body: string;
}

/**
 * The public masterclass page as HTML from the server: link previews (LinkedIn, Slack, mail) run no JavaScript, so
 * the title, time, description and Open Graph tags must be in the response. One statement, outside any transaction:
 * the public view holds only what anyone may read. The web app then takes the page over.
 */
@Injectable()
export class MasterclassPage {
  readonly path = '/p/:practiceSlug/masterclasses/:masterclassSlug';

  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: EventsClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The page, or undefined when the address names no masterclass anyone may see (the web app then says so, with a 404). */
  async render(params: Record<string, string>): Promise<RenderedPage | undefined> {
    const { practiceSlug, masterclassSlug } = params;
    if (!SLUG.test(practiceSlug ?? '') || !SLUG.test(masterclassSlug ?? '')) return undefined;
    const rows = await this.db.autocommit<PublicMasterclassRow[]>(
      `select ${PUBLIC_MASTERCLASS_COLUMNS} from ${PUBLIC_MASTERCLASS_FROM} where p.slug = $1 and pm.slug = $2`,
      [practiceSlug, masterclassSlug],
    );
    if (!rows[0]) return undefined;
    const masterclass = publicMasterclassFromRow(rows[0], this.clock.now());
    return { status: 200, ...masterclassPageHtml(masterclass, `${this.config.publicUrl}/p/${practiceSlug}/masterclasses/${masterclassSlug}`) };
  }
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
