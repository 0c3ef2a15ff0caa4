import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@ascend/platform/tenancy';
import type { PublicMasterclass } from '../registrations/registration.models';
import { EventsClock } from '../shared/events-clock';
import { PUBLIC_MASTERCLASS_COLUMNS, PUBLIC_MASTERCLASS_FROM, PublicMasterclassRow, publicMasterclassFromRow } from './public-masterclass-rows';

/** The public side of masterclasses: what a practice's page lists and what a masterclass page shows. One statement each. */
@Injectable()
export class PublicMasterclasses {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: EventsClock,
  ) {}

  /** Published masterclasses that have not ended, soonest first. */
  async upcoming(practiceSlug: string): Promise<PublicMasterclass[]> {
    const now = this.clock.now();
    const rows: PublicMasterclassRow[] = await this.db.manager.query(
      `select ${PUBLIC_MASTERCLASS_COLUMNS} from ${PUBLIC_MASTERCLASS_FROM}
        where p.slug = $1 and pm.status = 'PUBLISHED' and pm.starts_at + pm.duration_minutes * interval '1 minute' > $2
        order by pm.starts_at limit 100`,
      [practiceSlug, now],
    );
    return rows.map((row) => publicMasterclassFromRow(row, now));
  }

  /** One masterclass of the practice, unless it is a draft; null when there is none. */
  async one(practiceSlug: string, slug: string): Promise<PublicMasterclass | null> {
    const rows: PublicMasterclassRow[] = await this.db.manager.query(
      `select ${PUBLIC_MASTERCLASS_COLUMNS} from ${PUBLIC_MASTERCLASS_FROM} where p.slug = $1 and pm.slug = $2`,
      [practiceSlug, slug],
    );
    return rows[0] ? publicMasterclassFromRow(rows[0], this.clock.now()) : null;
  }
}
