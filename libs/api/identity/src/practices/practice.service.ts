import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { TenantDatabase } from '@ascend/platform/tenancy';
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

  findById(id: string): Promise<Practice | null> {
    return this.db.manager.findOneBy(Practice, { id });
  }

  /** Creates a practice, or returns the existing one with that slug when `ifMissing` (used by the demo seed). */
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
