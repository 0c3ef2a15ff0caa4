import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { ClientAccess, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { addWeeks, wallClock } from '../weeks/week-rules';
import { dateRangeProblems, impactSummary, OutcomeKind, summaryRangeProblems } from './impact-summary-rules';
import { AddImpactEntryInput, ImpactEntry, ImpactEntryFields, ImpactSuggestion, ImpactSummary, UpdateImpactEntryInput } from './impact.models';

interface ImpactEntryRow {
  id: string;
  what_i_did: string;
  outcome: string;
  outcome_kind: OutcomeKind;
  beneficiary: string;
  significance: number;
  occurred_on: string;
  check_in_id: string | null;
  created_at: Date;
}

const COLUMNS = `id, what_i_did, outcome, outcome_kind, beneficiary, significance, occurred_on::text as occurred_on, check_in_id, created_at`;

/** How far back check-ins are offered as impact to log. */
const SUGGESTION_WEEKS = 12;

/**
 * The client's impact log: their own records only (the signed-in CLIENT's profile, never an id from the request),
 * and nothing here is shown to coaches; the client prints or downloads a summary to share it themself.
 */
@Injectable()
export class ImpactService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly access: ClientAccess,
  ) {}

  async entries(from?: string, to?: string): Promise<ImpactEntry[]> {
    const problems = dateRangeProblems(from, to);
    if (problems.length) throw new InvalidInputError(problems);
    return this.entriesOf(await this.access.ownClientId(), from, to);
  }

  private async entriesOf(clientId: string, from?: string, to?: string): Promise<ImpactEntry[]> {
    const rows: ImpactEntryRow[] = await this.db.manager.query(
      `select ${COLUMNS} from impact_entry
        where tenant_id = $1 and client_id = $2 and ($3::date is null or occurred_on >= $3) and ($4::date is null or occurred_on <= $4)
        order by occurred_on desc, created_at desc`,
      [this.context.practiceId, clientId, from ?? null, to ?? null],
    );
    return rows.map(toImpactEntry);
  }

  async add(input: AddImpactEntryInput): Promise<ImpactEntry> {
    const clientId = await this.access.ownClientId();
    await this.refuseFutureDate(clientId, input.occurredOn);
    if (input.checkInId) await this.lockUnloggedCheckIn(clientId, input.checkInId);
    const [row]: ImpactEntryRow[] = await this.db.manager.query(
      `insert into impact_entry (tenant_id, client_id, check_in_id, what_i_did, outcome, outcome_kind, beneficiary, significance, occurred_on)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${COLUMNS}`,
      [this.context.practiceId, clientId, input.checkInId ?? null, ...fieldValues(input)],
    );
    return toImpactEntry(row);
  }

  async update(input: UpdateImpactEntryInput): Promise<ImpactEntry> {
    const clientId = await this.access.ownClientId();
    await this.refuseFutureDate(clientId, input.occurredOn);
    const [rows]: [ImpactEntryRow[], number] = await this.db.manager.query(
      `update impact_entry set what_i_did = $4, outcome = $5, outcome_kind = $6, beneficiary = $7, significance = $8, occurred_on = $9
        where tenant_id = $1 and client_id = $2 and id = $3 returning ${COLUMNS}`,
      [this.context.practiceId, clientId, input.id, ...fieldValues(input)],
    );
    if (!rows.length) throw entryNotFound('input.id');
    return toImpactEntry(rows[0]);
  }

  async remove(id: string): Promise<void> {
    const clientId = await this.access.ownClientId();
    const [rows]: [unknown[], number] = await this.db.manager.query(`delete from impact_entry where tenant_id = $1 and client_id = $2 and id = $3 returning id`, [
      this.context.practiceId,
      clientId,
      id,
    ]);
    if (!rows.length) throw entryNotFound('id');
  }

  /** Recent check-ins of the client with impact written down that no entry links yet, newest first. */
  async suggestions(): Promise<ImpactSuggestion[]> {
    const clientId = await this.access.ownClientId();
    const rows: { id: string; week_start: string; impact_made_legible: string }[] = await this.db.manager.query(
      `select c.id, c.week_start::text as week_start, c.impact_made_legible
         from check_in c
        where c.tenant_id = $1 and c.client_id = $2 and c.week_start >= $3::date and btrim(c.impact_made_legible) <> ''
          and not exists (select 1 from impact_entry e where e.tenant_id = c.tenant_id and e.check_in_id = c.id)
        order by c.week_start desc`,
      [this.context.practiceId, clientId, addWeeks(wallClock(new Date(), 'UTC').date, -SUGGESTION_WEEKS)],
    );
    return rows.map((r) => ({ checkInId: r.id, weekStart: r.week_start, impactMadeLegible: r.impact_made_legible }));
  }

  async summary(from: string, to: string): Promise<ImpactSummary> {
    const problems = summaryRangeProblems(from, to);
    if (problems.length) throw new InvalidInputError(problems);
    const clientId = await this.access.ownClientId();
    const [client]: { name: string }[] = await this.db.manager.query(`select name from client where tenant_id = $1 and id = $2`, [this.context.practiceId, clientId]);
    const entries = await this.entriesOf(clientId, from, to);
    const page = impactSummary(client.name, from, to, entries);
    return { from, to, ...page };
  }

  /** The client's own zone decides what "today" is. */
  private async refuseFutureDate(clientId: string, occurredOn: string): Promise<void> {
    const [client]: { time_zone: string }[] = await this.db.manager.query(`select time_zone from client where tenant_id = $1 and id = $2`, [
      this.context.practiceId,
      clientId,
    ]);
    if (occurredOn > wallClock(new Date(), client.time_zone).date) {
      throw new InvalidInputError([{ field: 'input.occurredOn', message: 'must not be in the future' }]);
    }
  }

  /**
   * The check-in must be the client's own (else NOT_FOUND, like an unknown id) and not logged yet. Locked, so two
   * clicks of "Log this as impact" at once make one entry.
   */
  private async lockUnloggedCheckIn(clientId: string, checkInId: string): Promise<void> {
    const found: unknown[] = await this.db.manager.query(`select 1 from check_in where tenant_id = $1 and client_id = $2 and id = $3 for update`, [
      this.context.practiceId,
      clientId,
      checkInId,
    ]);
    if (!found.length) throw new DomainError('NOT_FOUND', 'No such check-in of yours', [{ field: 'input.checkInId', message: 'is not one of your check-ins' }]);
    const logged: unknown[] = await this.db.manager.query(`select 1 from impact_entry where tenant_id = $1 and check_in_id = $2`, [this.context.practiceId, checkInId]);
    if (logged.length) throw new DomainError('CONFLICT', 'This check-in is already logged as impact', [{ field: 'input.checkInId', message: 'is already logged as impact' }]);
  }
}

function fieldValues(input: ImpactEntryFields): unknown[] {
  return [input.whatIDid, input.outcome, input.outcomeKind, input.beneficiary?.trim() ?? '', input.significance, input.occurredOn];
}

function entryNotFound(field: string): DomainError {
  return new DomainError('NOT_FOUND', 'No such impact entry of yours', [{ field, message: 'is not one of your impact entries' }]);
}

function toImpactEntry(row: ImpactEntryRow): ImpactEntry {
  return {
    id: row.id,
    whatIDid: row.what_i_did,
    outcome: row.outcome,
    outcomeKind: row.outcome_kind,
    beneficiary: row.beneficiary,
    significance: row.significance,
    occurredOn: row.occurred_on,
    checkInId: row.check_in_id,
    createdAt: row.created_at,
  };
}
