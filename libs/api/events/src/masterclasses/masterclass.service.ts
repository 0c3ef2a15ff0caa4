import { Inject, Injectable } from '@nestjs/common';
import { isValidTimeZone, PracticeService } from '@ascend/identity';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DomainError, FieldProblem, InvalidInputError } from '@ascend/platform/graphql';
import { Entitlements, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { Seats } from '../registrations/seats';
import { EventsClock } from '../shared/events-clock';
import { RegistrationMailQueue } from '../shared/registration-mail-queue';
import { MASTERCLASS_COLUMNS, MASTERCLASS_HOST_JOIN, MasterclassRow, masterclassFromRow } from './masterclass-rows';
import { calendarChanged, endsAt, masterclassProblems, numberedSlug, slugFromTitle } from './masterclass-rules';
import { Masterclass, MasterclassInput, UpdateMasterclassInput } from './masterclass.models';

export const masterclassNotFound = (field = 'id') =>
  new DomainError('NOT_FOUND', 'No such masterclass in this practice', [{ field, message: 'is not a masterclass of this practice' }]);

/** A practice's masterclasses as its team manages them: drafts, publishing, changes that registrants must hear of, cancelling. */
@Injectable()
export class MasterclassService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly seats: Seats,
    private readonly mail: RegistrationMailQueue,
    private readonly practices: PracticeService,
    private readonly clock: EventsClock,
    private readonly entitlements: Entitlements,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Upcoming (not yet ended) soonest first, or past latest first, or all latest first. */
  async list(when: 'UPCOMING' | 'PAST' | 'ALL'): Promise<Masterclass[]> {
    const ended = `m.starts_at + m.duration_minutes * interval '1 minute' <= $2`;
    const [condition, order] = when === 'UPCOMING' ? [`not (${ended})`, 'm.starts_at'] : when === 'PAST' ? [ended, 'm.starts_at desc'] : ['$2::timestamptz is not null', 'm.starts_at desc'];
    const rows: MasterclassRow[] = await this.db.manager.query(
      `select ${MASTERCLASS_COLUMNS} from masterclass m ${MASTERCLASS_HOST_JOIN} where m.tenant_id = $1 and ${condition} order by ${order} limit 500`,
      [this.context.practiceId, this.clock.now()],
    );
    const slug = await this.practiceSlug();
    return rows.map((row) => masterclassFromRow(row, this.publicUrl(slug, row.slug)));
  }

  async get(id: string, field = 'id'): Promise<Masterclass> {
    const rows: MasterclassRow[] = await this.db.manager.query(
      `select ${MASTERCLASS_COLUMNS} from masterclass m ${MASTERCLASS_HOST_JOIN} where m.tenant_id = $1 and m.id = $2`,
      [this.context.practiceId, id],
    );
    if (!rows[0]) throw masterclassNotFound(field);
    return masterclassFromRow(rows[0], this.publicUrl(await this.practiceSlug(), rows[0].slug));
  }

  /** A draft: nobody outside the team sees it until it is published. */
  async create(input: MasterclassInput): Promise<Masterclass> {
    const hostUserId = input.hostUserId ?? this.context.userId;
    await this.check(input, { hostUserId });
    if (input.price) await this.entitlements.allowPaidOfferings(this.context.practiceId);
    const slug = input.slug ?? (await this.freeSlug(slugFromTitle(input.title)));
    const rows: { id: string }[] = await this.db.manager.query(
      `insert into masterclass (tenant_id, slug, title, description, starts_at, duration_minutes, time_zone, capacity, price_cents, currency,
                                registration_deadline, join_url, replay_url, host_user_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       on conflict (tenant_id, slug) do nothing returning id`,
      [this.context.practiceId, slug, ...this.columns(input), hostUserId],
    );
    if (!rows[0]) throw slugTaken(slug);
    return this.get(rows[0].id);
  }

  /**
   * Changes a masterclass. Registrants hear of a new time or join link (with a new .ics), reminders move with the
   * start, a larger room promotes the waitlist, and a replay link added after the end is mailed to registrants.
   */
  async update(input: UpdateMasterclassInput): Promise<Masterclass> {
    const before = await this.lockedForChange(input.id, 'input.id');
    if (before.status === 'CANCELLED') throw new DomainError('BAD_USER_INPUT', 'A cancelled masterclass cannot be changed', [{ field: 'input.id', message: 'is cancelled' }]);
    const hostUserId = input.hostUserId === undefined ? before.host?.userId ?? null : input.hostUserId;
    await this.check(input, { hostUserId, seatsTaken: before.seatsTaken, previousStart: before.startsAt });
    // Becoming paid needs a plan with paid offerings; a masterclass already paid keeps being editable.
    if (input.price && !before.price) await this.entitlements.allowPaidOfferings(this.context.practiceId);
    const slug = input.slug ?? before.slug;
    if (slug !== before.slug && (await this.slugInUse(slug, before.id))) throw slugTaken(slug);
    const moved = before.status !== 'DRAFT' && calendarChanged(before, input);
    await this.db.manager.query(
      `update masterclass set slug = $3, title = $4, description = $5, starts_at = $6, duration_minutes = $7, time_zone = $8, capacity = $9,
              price_cents = $10, currency = $11, registration_deadline = $12, join_url = $13, replay_url = $14, host_user_id = $15,
              calendar_sequence = calendar_sequence + $16, updated_at = now()
        where tenant_id = $1 and id = $2`,
      [this.context.practiceId, before.id, slug, ...this.columns(input), hostUserId, moved ? 1 : 0],
    );
    const now = this.clock.now();
    if (moved) {
      await this.mail.toEveryRegistrant(before.id, 'MASTERCLASS_UPDATED');
      if (before.status === 'PUBLISHED') await this.mail.scheduleReminders(before.id, input.startsAt, now);
    }
    if (input.capacity > before.capacity) {
      const locked = await this.seats.lock({ id: before.id });
      if (locked) await this.seats.promote(locked, now);
    }
    const ended = endsAt(input.startsAt, input.durationMinutes).getTime() <= now.getTime();
    if (!before.replayUrl && input.replayUrl.trim() && ended && before.status !== 'DRAFT') await this.mail.toEveryRegistrant(before.id, 'REPLAY');
    return this.get(before.id);
  }

  async publish(id: string): Promise<Masterclass> {
    const masterclass = await this.lockedForChange(id);
    if (masterclass.status !== 'DRAFT') throw wrongStatus(`Only a draft can be published; this one is ${masterclass.status.toLowerCase()}`);
    if (masterclass.price) await this.entitlements.allowPaidOfferings(this.context.practiceId);
    const now = this.clock.now();
    if (masterclass.startsAt.getTime() <= now.getTime()) {
      throw new DomainError('BAD_USER_INPUT', 'The start is in the past: move it before publishing', [{ field: 'id', message: 'starts in the past' }]);
    }
    await this.setStatus(id, 'PUBLISHED', 'published_at = now()');
    await this.mail.scheduleReminders(id, masterclass.startsAt, now);
    return this.get(id);
  }

  /** Cancels it for everyone: every registrant is told, and their calendars drop it. */
  async cancel(id: string): Promise<Masterclass> {
    const masterclass = await this.lockedForChange(id);
    if (masterclass.status === 'CANCELLED' || masterclass.status === 'COMPLETED') throw wrongStatus(`It is ${masterclass.status.toLowerCase()} already`);
    await this.setStatus(id, 'CANCELLED', 'cancelled_at = now(), calendar_sequence = calendar_sequence + 1');
    if (masterclass.status === 'PUBLISHED') await this.mail.toEveryRegistrant(id, 'MASTERCLASS_CANCELLED');
    return this.get(id);
  }

  /** Marks a masterclass that has taken place as completed; registrants get the replay if its link is there. */
  async complete(id: string): Promise<Masterclass> {
    const masterclass = await this.lockedForChange(id);
    if (masterclass.status !== 'PUBLISHED') throw wrongStatus(`Only a published masterclass can be completed; this one is ${masterclass.status.toLowerCase()}`);
    if (masterclass.startsAt.getTime() > this.clock.now().getTime()) throw wrongStatus('It has not started yet');
    await this.setStatus(id, 'COMPLETED');
    if (masterclass.replayUrl) await this.mail.toEveryRegistrant(id, 'REPLAY');
    return this.get(id);
  }

  /** Only a draft goes away entirely; anything published is cancelled instead, so registrants are told. */
  async remove(id: string): Promise<boolean> {
    const masterclass = await this.lockedForChange(id);
    if (masterclass.status !== 'DRAFT') throw wrongStatus('Only a draft can be deleted: cancel a published masterclass instead');
    await this.db.manager.query(`delete from masterclass where tenant_id = $1 and id = $2`, [this.context.practiceId, id]);
    return true;
  }

  private async lockedForChange(id: string, field = 'id'): Promise<Masterclass> {
    const rows = await this.db.manager.query(`select id from masterclass where tenant_id = $1 and id = $2 for update`, [this.context.practiceId, id]);
    if (!rows.length) throw masterclassNotFound(field);
    return this.get(id, field);
  }

  private async setStatus(id: string, status: string, also = '') {
    await this.db.manager.query(`update masterclass set status = $3, updated_at = now()${also ? `, ${also}` : ''} where tenant_id = $1 and id = $2`, [
      this.context.practiceId,
      id,
      status,
    ]);
  }

  private async check(input: MasterclassInput, { hostUserId, seatsTaken, previousStart }: { hostUserId: string | null; seatsTaken?: number; previousStart?: Date }) {
    const problems: FieldProblem[] = [];
    if (!isValidTimeZone(input.timeZone)) problems.push({ field: 'input.timeZone', message: 'must be an IANA time zone such as Europe/London' });
    const registrationDeadline = input.registrationDeadline ?? input.startsAt;
    problems.push(...masterclassProblems({ startsAt: input.startsAt, registrationDeadline, capacity: input.capacity }, { now: this.clock.now(), seatsTaken, previousStart }));
    if (input.joinUrl && !isHttpUrl(input.joinUrl)) problems.push({ field: 'input.joinUrl', message: 'must be an http(s) address' });
    if (input.replayUrl && !isHttpUrl(input.replayUrl)) problems.push({ field: 'input.replayUrl', message: 'must be an http(s) address' });
    if (hostUserId && !(await this.isTeamMember(hostUserId))) problems.push({ field: 'input.hostUserId', message: 'must be a coach, admin or owner of this practice' });
    if (problems.length) throw new InvalidInputError(problems);
  }

  private columns(input: MasterclassInput): unknown[] {
    return [
      input.title,
      input.description,
      input.startsAt,
      input.durationMinutes,
      input.timeZone,
      input.capacity,
      input.price?.amountCents ?? null,
      input.price?.currency ?? null,
      input.registrationDeadline ?? input.startsAt,
      input.joinUrl.trim(),
      input.replayUrl.trim(),
    ];
  }

  private async isTeamMember(userId: string): Promise<boolean> {
    const rows = await this.db.manager.query(`select 1 from membership where tenant_id = $1 and user_id = $2 and role in ('OWNER', 'ADMIN', 'COACH')`, [
      this.context.practiceId,
      userId,
    ]);
    return rows.length > 0;
  }

  private async freeSlug(base: string): Promise<string> {
    const rows: { slug: string }[] = await this.db.manager.query(`select slug from masterclass where tenant_id = $1 and (slug = $2 or slug like $2 || '-%')`, [
      this.context.practiceId,
      base,
    ]);
    const taken = new Set(rows.map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = numberedSlug(base, n);
    return slug;
  }

  private async slugInUse(slug: string, exceptId: string): Promise<boolean> {
    const rows = await this.db.manager.query(`select 1 from masterclass where tenant_id = $1 and slug = $2 and id <> $3`, [this.context.practiceId, slug, exceptId]);
    return rows.length > 0;
  }

  private async practiceSlug(): Promise<string> {
    const practice = await this.practices.findById(this.context.practiceId);
    return practice?.slug ?? '';
  }

  private publicUrl(practiceSlug: string, slug: string): string {
    return `${this.config.publicUrl}/p/${practiceSlug}/masterclasses/${slug}`;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const slugTaken = (slug: string) =>
  new DomainError('CONFLICT', `Another masterclass already has the address "${slug}"`, [{ field: 'input.slug', message: 'is already used by another masterclass' }]);

const wrongStatus = (message: string) => new DomainError('BAD_USER_INPUT', message, [{ field: 'id', message }]);
