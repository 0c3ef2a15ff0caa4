import { Injectable } from '@nestjs/common';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { Subscriber, SubscriberCounts, SubscriberFilter, SubscriberPage } from './subscriber.models';
import { subscribersCsv } from './subscriber-rules';
import type { SubscriberStatus } from './subscriber-rules';
import { SUBSCRIBER_COLUMNS, SubscriberRow, subscriberFromRow, subscriberNotFound, UNSUBSCRIBE } from './subscriber-rows';

/** The team's side of the list: finding, exporting, unsubscribing on someone's behalf, and erasing. */
@Injectable()
export class SubscriberService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
  ) {}

  async page(filter: SubscriberFilter | undefined): Promise<SubscriberPage> {
    const practiceId = this.context.practiceId;
    const parameters: unknown[] = [practiceId];
    const conditions = ['s.tenant_id = $1'];
    if (filter?.status) {
      parameters.push(filter.status);
      conditions.push(`s.status = $${parameters.length}`);
    }
    const search = filter?.search?.trim();
    if (search) {
      parameters.push(`%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      conditions.push(`(s.email like $${parameters.length} or lower(s.name) like $${parameters.length})`);
    }
    const limit = filter?.limit ?? 50;
    const offset = filter?.offset ?? 0;
    const rows: (SubscriberRow & { total: number })[] = await this.db.manager.query(
      `select ${SUBSCRIBER_COLUMNS}, count(*) over ()::int as total from subscriber s where ${conditions.join(' and ')}
        order by s.created_at desc, s.id limit ${limit} offset ${offset}`,
      parameters,
    );
    const counts: { status: SubscriberStatus; count: number }[] = await this.db.manager.query(
      `select status, count(*)::int as count from subscriber where tenant_id = $1 group by status`,
      [practiceId],
    );
    // Past the last page there are no rows to carry the total: counted apart, only then.
    const total =
      rows[0]?.total ??
      (offset ? (await this.db.manager.query(`select count(*)::int as total from subscriber s where ${conditions.join(' and ')}`, parameters))[0].total : 0);
    return { subscribers: rows.map(subscriberFromRow), total, counts: countsOf(counts) };
  }

  async csv(status: SubscriberStatus | undefined): Promise<string> {
    const rows: SubscriberRow[] = await this.db.manager.query(
      `select ${SUBSCRIBER_COLUMNS} from subscriber s where s.tenant_id = $1 and ($2::text is null or s.status = $2) order by s.created_at, s.id`,
      [this.context.practiceId, status ?? null],
    );
    return subscribersCsv(rows.map((r) => ({ email: r.email, name: r.name, status: r.status, consentAt: r.consent_at, consentSource: r.consent_source, createdAt: r.created_at })));
  }

  /** The person asked by other means (a reply, a call): unsubscribed at once, credited to the issue they last received. */
  async unsubscribe(id: string): Promise<Subscriber> {
    await this.byId(id);
    await this.db.manager.query(UNSUBSCRIBE, [this.context.practiceId, id]);
    return this.byId(id);
  }

  /** Erasure on request: the subscriber and their delivery rows go; an issue's sent count stays as it was. */
  async delete(id: string): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await this.db.manager.query(`delete from subscriber where tenant_id = $1 and id = $2 returning id`, [this.context.practiceId, id]);
    if (!rows.length) throw subscriberNotFound('id');
    return true;
  }

  private async byId(id: string): Promise<Subscriber> {
    const [row]: SubscriberRow[] = await this.db.manager.query(`select ${SUBSCRIBER_COLUMNS} from subscriber s where s.tenant_id = $1 and s.id = $2`, [this.context.practiceId, id]);
    if (!row) throw subscriberNotFound('id');
    return subscriberFromRow(row);
  }
}

function countsOf(rows: { status: SubscriberStatus; count: number }[]): SubscriberCounts {
  const count = (status: SubscriberStatus) => rows.find((r) => r.status === status)?.count ?? 0;
  return { pending: count('PENDING'), subscribed: count('SUBSCRIBED'), unsubscribed: count('UNSUBSCRIBED'), bounced: count('BOUNCED'), complained: count('COMPLAINED') };
}
