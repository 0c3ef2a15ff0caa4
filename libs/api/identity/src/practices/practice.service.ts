import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { AuditTrail } from '../audit/audit-trail';
import { PracticeProfileInput } from './practice-profile.input';
import { PracticeProfile } from './practice-profile.model';
import { Practice } from './practice.entity';
import { callToActionProblems, isValidSlug, isValidTimeZone } from './practice-rules';

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

const PROFILE_COLUMNS = `id, slug, name, tagline, coach_name as "coachName", coach_bio as "coachBio", time_zone as "timeZone",
  photo_url as "photoUrl", cta_text as "ctaText", cta_url as "ctaUrl", social_links as "socialLinks"`;

/** The profile's fields an owner edits, in the order the audit trail lists what changed. */
const EDITABLE: (keyof PracticeProfileInput)[] = ['name', 'tagline', 'coachName', 'coachBio', 'photoUrl', 'ctaText', 'ctaUrl', 'socialLinks', 'timeZone'];

@Injectable()
export class PracticeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly audit: AuditTrail,
  ) {}

  findBySlug(slug: string): Promise<Practice | null> {
    return this.db.manager.findOneBy(Practice, { slug });
  }

  /**
   * The public page of a practice, from the view of the columns anyone may read (the table itself is readable only
   * inside the practice); one plain statement, as this is the busiest anonymous read.
   */
  async publicProfile(slug: string): Promise<PracticeProfile | null> {
    const rows: Omit<PracticeProfile, 'available'>[] = await this.db.manager.query(`select ${PROFILE_COLUMNS} from practice_profile where slug = $1`, [slug]);
    return rows[0] ? { ...rows[0], available: true } : null;
  }

  /** Whether a practice, suspended or not, has this address. */
  async addressTaken(slug: string): Promise<boolean> {
    const rows: unknown[] = await this.db.manager.query('select 1 from practice_directory where slug = $1', [slug]);
    return rows.length > 0;
  }

  /**
   * What the public page at /p/<slug> shows: the profile, or for a suspended practice (which the view hides) only
   * its name, so the page can say it is unavailable rather than that no practice has the address.
   */
  async publicPage(slug: string): Promise<PracticeProfile | null> {
    // One statement, the public page being the busiest anonymous read: the suspension is looked up only when the
    // view has no such practice.
    const [row]: (Omit<PracticeProfile, 'available'> & { suspendedName: string | null })[] = await this.db.manager.query(
      `select profile.*, case when profile.id is null then app_practice_suspended($1) end as "suspendedName"
         from (select 1) one left join (select ${PROFILE_COLUMNS} from practice_profile where slug = $1) profile on true`,
      [slug],
    );
    const { suspendedName, ...profile } = row;
    if (profile.id) return { ...profile, available: true };
    return suspendedName === null ? null : unavailable(slug, suspendedName);
  }

  /**
   * Replaces the public profile of the request's practice as a whole (the form shows every field), and records
   * in the audit trail which fields changed: the profile is what visitors and search engines see.
   */
  async updateProfile(input: PracticeProfileInput): Promise<PracticeProfile> {
    const problems = callToActionProblems(input.ctaText, input.ctaUrl);
    if (problems.length) throw new InvalidInputError(problems.map((p) => ({ ...p, field: `input.${p.field}` })));
    const practiceId = this.context.practiceId;
    const [before]: PracticeProfile[] = await this.db.manager.query(`select ${PROFILE_COLUMNS} from practice where id = $1 for update`, [practiceId]);
    if (!before) throw new DomainError('NOT_FOUND', 'This practice no longer exists');
    const socialLinks = input.socialLinks.map(({ label, url }) => ({ label, url }));
    const [after]: Omit<PracticeProfile, 'available'>[] = await this.db.manager.query(
      // Wrapped in a select: TypeORM answers a bare UPDATE ... RETURNING with [rows, count].
      `with updated as (
         update practice
            set name = $2, tagline = $3, coach_name = $4, coach_bio = $5, photo_url = $6, cta_text = $7, cta_url = $8,
                social_links = $9::jsonb, time_zone = $10, updated_at = now()
          where id = $1
          returning *
       )
       select ${PROFILE_COLUMNS} from updated`,
      [practiceId, input.name, input.tagline, input.coachName, input.coachBio, input.photoUrl, input.ctaText, input.ctaUrl, JSON.stringify(socialLinks), input.timeZone],
    );
    const changed = EDITABLE.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
    if (changed.length) {
      await this.audit.record(practiceId, { action: 'PRACTICE_PROFILE_UPDATED', actorUserId: this.context.userId, detail: { changed }, ip: this.context.identity.ip });
    }
    // A suspended practice cannot get this far (the access guard refuses it).
    return { ...after, available: true };
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

/** A suspended practice's public face: its address and name, nothing else. */
function unavailable(slug: string, name: string): PracticeProfile {
  return { id: '', slug, name, tagline: '', coachName: '', coachBio: '', timeZone: '', photoUrl: '', ctaText: '', ctaUrl: '', socialLinks: [], available: false };
}
