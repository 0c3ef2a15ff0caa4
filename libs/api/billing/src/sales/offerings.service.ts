import { Injectable } from '@nestjs/common';
import { DomainError, FieldProblem, InvalidInputError } from '@ascend/platform/graphql';
import { Entitlements, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { firstFreeSlug, normaliseCurrency, offeringProblems, slugFromTitle } from './offering-rules';
import { OFFERING_COLUMNS, OFFERING_FROM, OfferingRow, offeringFromRow, publicOfferingFromRow } from './offering-rows';
import { CreateOfferingInput, Offering, PublicOffering, UpdateOfferingInput } from './offering.models';

const COACH_ROLES = ['OWNER', 'ADMIN', 'COACH'];

export const offeringNotFound = (field: string) => new DomainError('NOT_FOUND', 'No such package in this practice', [{ field, message: 'is not a package of this practice' }]);

/** The practice's coaching packages: what its team sets up, and what anyone sees of the active ones. */
@Injectable()
export class OfferingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly entitlements: Entitlements,
  ) {}

  /** Active ones first, newest first. */
  async list(): Promise<Offering[]> {
    const rows: OfferingRow[] = await this.db.manager.query(`select ${OFFERING_COLUMNS} from ${OFFERING_FROM} where o.tenant_id = $1 order by o.active desc, o.created_at desc`, [
      this.context.practiceId,
    ]);
    return rows.map(offeringFromRow);
  }

  async create(input: CreateOfferingInput): Promise<Offering> {
    const practiceId = this.context.practiceId;
    await this.entitlements.allowPaidOfferings(practiceId);
    const problems = offeringProblems({ ...input, slug: input.slug ?? undefined });
    await this.checkCoach(input.coachUserId, problems);
    if (problems.length) throw new InvalidInputError(problems);
    const title = input.title.trim();
    const slug = input.slug ?? (await this.freeSlug(slugFromTitle(title)));
    const inserted: { id: string }[] = await this.db.manager.query(
      `insert into offering (tenant_id, slug, title, description, price_cents, currency, billing, months, coach_user_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (tenant_id, slug) do nothing
       returning id`,
      [practiceId, slug, title, input.description, input.priceCents, normaliseCurrency(input.currency), input.billing, input.months, input.coachUserId ?? null],
    );
    if (!inserted.length) {
      throw new DomainError('CONFLICT', `Another package of this practice is at ${slug}: choose another address`, [{ field: 'input.slug', message: 'is the address of another package' }]);
    }
    return this.one(inserted[0].id);
  }

  /** Changes what is given; switching a package on again needs a plan with paid offerings, as making one does. */
  async update(input: UpdateOfferingInput): Promise<Offering> {
    const practiceId = this.context.practiceId;
    const [current]: { active: boolean }[] = await this.db.manager.query(`select active from offering where tenant_id = $1 and id = $2 for update`, [practiceId, input.id]);
    if (!current) throw offeringNotFound('input.id');
    const fields = { title: input.title ?? undefined, description: input.description ?? undefined, priceCents: input.priceCents ?? undefined, months: input.months ?? undefined };
    const problems = offeringProblems(fields);
    await this.checkCoach(input.coachUserId, problems);
    if (problems.length) throw new InvalidInputError(problems);
    if (input.active === true && !current.active) await this.entitlements.allowPaidOfferings(practiceId);

    const parameters: unknown[] = [practiceId, input.id];
    const set = (column: string, value: unknown) => `${column} = $${parameters.push(value)}`;
    const changes = [
      fields.title !== undefined && set('title', fields.title.trim()),
      fields.description !== undefined && set('description', fields.description),
      fields.priceCents !== undefined && set('price_cents', fields.priceCents),
      fields.months !== undefined && set('months', fields.months),
      input.coachUserId !== undefined && set('coach_user_id', input.coachUserId),
      input.active != null && set('active', input.active),
    ].filter((change): change is string => typeof change === 'string');
    if (changes.length) await this.db.manager.query(`update offering set ${changes.join(', ')}, updated_at = now() where tenant_id = $1 and id = $2`, parameters);
    return this.one(input.id);
  }

  /** The practice's active packages, by its address; none for a practice that is unknown or suspended. */
  async publicList(practiceSlug: string): Promise<PublicOffering[]> {
    const practiceId = await this.publicPractice(practiceSlug);
    if (!practiceId) return [];
    const rows: OfferingRow[] = await this.db.manager.query(
      `select ${OFFERING_COLUMNS} from ${OFFERING_FROM} where o.tenant_id = $1 and o.active order by o.price_cents, o.title`,
      [practiceId],
    );
    return rows.map(publicOfferingFromRow);
  }

  async publicOne(practiceSlug: string, offeringSlug: string): Promise<PublicOffering | null> {
    const practiceId = await this.publicPractice(practiceSlug);
    if (!practiceId) return null;
    const [row]: OfferingRow[] = await this.db.manager.query(`select ${OFFERING_COLUMNS} from ${OFFERING_FROM} where o.tenant_id = $1 and o.slug = $2 and o.active`, [
      practiceId,
      offeringSlug,
    ]);
    return row ? publicOfferingFromRow(row) : null;
  }

  private async one(id: string): Promise<Offering> {
    const [row]: OfferingRow[] = await this.db.manager.query(`select ${OFFERING_COLUMNS} from ${OFFERING_FROM} where o.tenant_id = $1 and o.id = $2`, [this.context.practiceId, id]);
    return offeringFromRow(row);
  }

  /** A practice's public pages go through its public profile, which a suspended practice does not have. */
  private async publicPractice(practiceSlug: string): Promise<string | undefined> {
    const [practice]: { id: string }[] = await this.db.manager.query(`select id from practice_profile where slug = $1`, [practiceSlug]);
    if (practice) this.db.actAs({ practiceId: practice.id });
    return practice?.id;
  }

  private async freeSlug(base: string): Promise<string> {
    const rows: { slug: string }[] = await this.db.manager.query(`select slug from offering where tenant_id = $1 and (slug = $2 or slug like $3)`, [
      this.context.practiceId,
      base,
      `${base}-%`,
    ]);
    return firstFreeSlug(
      base,
      rows.map((r) => r.slug),
    );
  }

  private async checkCoach(coachUserId: string | null | undefined, problems: FieldProblem[]): Promise<void> {
    if (!coachUserId) return;
    const rows: unknown[] = await this.db.manager.query(`select 1 from membership where tenant_id = $1 and user_id = $2 and role = any($3)`, [
      this.context.practiceId,
      coachUserId,
      COACH_ROLES,
    ]);
    if (!rows.length) problems.push({ field: 'input.coachUserId', message: 'is not an owner, admin or coach of this practice' });
  }
}
