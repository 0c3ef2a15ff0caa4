import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { PracticeProfile } from './practice-profile.model';
import { Practice } from './practice.entity';
import { isValidSlug, isValidTimeZone } from './practice-rules';

export interface NewPractice {
  /** Chosen by the caller, whose transaction must already be scoped to it (row level security checks inserts). */
  id?: string;
  slug: string;
  name: string;
  tagline?: string;
  coachName?: string;
  coachBio?: string;
  timeZone: string;
}

@Injectable()
export class PracticeService {
  constructor(private readonly db: TenantDatabase) {}

  findBySlug(slug: string): Promise<Practice | null> {
    return this.db.manager.findOneBy(Practice, { slug });
  }

  /**
   * The public page of a practice, from the view of the columns anyone may read (the table itself is readable only
   * inside the practice); one plain statement, as this is the busiest anonymous read.
   */
  async publicProfile(slug: string): Promise<PracticeProfile | null> {
    const rows: PracticeProfile[] = await this.db.manager.query(
      `select id, slug, name, tagline, coach_name as "coachName", coach_bio as "coachBio", time_zone as "timeZone"
         from practice_profile where slug = $1`,
      [slug],
    );
    return rows[0] ?? null;
  }

  findById(id: string): Promise<Practice | null> {
    return this.db.manager.findOneBy(Practice, { id });
  }

  /**
   * Creates a practice, or, when `ifMissing` (the demo seed), returns the one that already has this slug and the id
   * the transaction is scoped to (a practice is readable only inside itself).
   */
  async create(input: NewPractice, { ifMissing = false } = {}): Promise<Practice> {
    if (!isValidSlug(input.slug)) {
      throw new DomainError('BAD_USER_INPUT', 'Invalid input: slug must be 3-63 lower-case letters, digits and single hyphens', [
        { field: 'slug', message: 'must be 3-63 lower-case letters, digits and single hyphens' },
      ]);
    }
    if (!isValidTimeZone(input.timeZone)) {
      throw new DomainError('BAD_USER_INPUT', 'Invalid input: timeZone must be an IANA time zone such as Europe/London', [
        { field: 'timeZone', message: 'must be an IANA time zone such as Europe/London' },
      ]);
    }
    const rows: { id: string }[] = await this.db.manager.query(
      `insert into practice (id, slug, name, tagline, coach_name, coach_bio, time_zone)
       values (coalesce($1::uuid, nullif(current_setting('app.tenant_id', true), '')::uuid), $2, $3, $4, $5, $6, $7)
       on conflict (slug) do nothing
       returning id`,
      [input.id ?? null, input.slug, input.name, input.tagline ?? '', input.coachName ?? '', input.coachBio ?? '', input.timeZone],
    );
    if (rows.length === 0) {
      const existing = await this.findBySlug(input.slug);
      if (ifMissing && existing) return existing;
      throw new DomainError('CONFLICT', `The address "${input.slug}" is already taken`, [{ field: 'slug', message: 'is already taken' }]);
    }
    return this.db.manager.findOneByOrFail(Practice, { id: rows[0].id });
  }
}
