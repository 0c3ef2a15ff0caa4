import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { ClientAccess, Entitlements, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { checkAgainstPractice, ClientCsvRow, clientsCsv, CsvFileError, readClientCsv } from './client-csv-rules';
import type { ClientFilter, ClientImportResult, ImportMode } from './client.models';
import { filterConditions } from './client-rows';

/** Problems listed in one refusal at most; the preview shows every one. */
const LISTED_PROBLEMS = 50;

/**
 * CSV in and out. The preview and the import read the file with the same rules; the import reads it again (the
 * roster may have changed since the preview) and writes in the operation's one transaction, so ALL_OR_NOTHING
 * leaves the roster untouched when any row is wrong.
 */
@Injectable()
export class ClientImportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly access: ClientAccess,
    private readonly entitlements: Entitlements,
  ) {}

  /** Every row with its problems; nothing is written. */
  async preview(csv: string): Promise<ClientCsvRow[]> {
    return (await this.check(csv)).rows;
  }

  async import(csv: string, mode: ImportMode): Promise<ClientImportResult> {
    const { rows, coaches } = await this.check(csv);
    const wrong = rows.filter((row) => row.problems.length);
    if (mode === 'ALL_OR_NOTHING' && wrong.length) {
      const problems = wrong.flatMap((row) => row.problems.map((p) => ({ field: 'csv', message: `row ${row.row}, ${p.column}: ${p.message}` })));
      throw new DomainError('BAD_USER_INPUT', `${wrong.length} of ${rows.length} rows have problems, so none was imported: fix them or import only the valid rows`, problems.slice(0, LISTED_PROBLEMS));
    }
    const good = rows.filter((row) => !row.problems.length);
    // Every client the file would make active fits the plan, or none is imported.
    await this.entitlements.allow(this.context.practiceId, 'activeClients', good.filter((row) => row.status === 'ACTIVE').length);
    // The address is unique per practice: a row someone added meanwhile is skipped here, and refused for ALL_OR_NOTHING.
    const added: { email: string }[] = good.length
      ? await this.db.manager.query(
          `insert into client (tenant_id, name, email, status, coach_user_id, tags, time_zone, source, started_on)
           select $1, r.name, r.email, r.status, r.coach_user_id, string_to_array(r.tags, chr(31)), p.time_zone, 'IMPORT',
                  case when r.status = 'ACTIVE' then current_date end
             from unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[]) as r(name, email, status, coach_user_id, tags),
                  practice p
            where p.id = $1
           on conflict (tenant_id, email) do nothing
           returning email`,
          [
            this.context.practiceId,
            good.map((r) => r.name),
            good.map((r) => r.email),
            good.map((r) => r.status),
            good.map((r) => (r.coachEmail ? coaches.get(r.coachEmail) : null) ?? this.ownCoachId()),
            // unnest cannot take an array of arrays of different lengths: each row's tags travel as one joined text.
            good.map((r) => r.tags.join('\u001f')),
          ],
        )
      : [];
    const addedEmails = new Set(added.map((r) => r.email));
    const late = good.filter((row) => !addedEmails.has(row.email)).map((row) => ({ ...row, problems: [{ column: 'email' as const, message: 'is already on the roster' }] }));
    if (mode === 'ALL_OR_NOTHING' && late.length) {
      throw new InvalidInputError(late.map((row) => ({ field: 'csv', message: `row ${row.row}, email: was added to the roster meanwhile, so none was imported` })));
    }
    return { added: added.length, skipped: [...wrong, ...late].sort((a, b) => a.row - b.row) };
  }

  /** The roster the caller sees, filtered as asked, in name order. */
  async export(filter: ClientFilter | undefined): Promise<string> {
    const visible = this.access.condition('c', 2);
    const parameters: unknown[] = [this.context.practiceId, ...visible.parameters];
    const conditions = ['c.tenant_id = $1', visible.sql, ...filterConditions(filter, parameters)];
    const rows: { name: string; email: string; status: string; tags: string[]; coach_email: string | null }[] = await this.db.manager.query(
      `select c.name, c.email, c.status, c.tags, u.email as coach_email
         from client c left join app_user u on u.id = c.coach_user_id
        where ${conditions.join(' and ')}
        order by lower(c.name), c.id`,
      parameters,
    );
    return clientsCsv(rows.map((r) => ({ ...r, coachEmail: r.coach_email })));
  }

  private async check(csv: string): Promise<{ rows: ClientCsvRow[]; coaches: Map<string, string> }> {
    let rows: ClientCsvRow[];
    try {
      rows = readClientCsv(csv);
    } catch (error) {
      if (error instanceof CsvFileError) throw new InvalidInputError([{ field: 'csv', message: error.message }]);
      throw error;
    }
    const coaches = await this.coaches();
    const emails = rows.map((r) => r.email).filter(Boolean);
    const onRoster: { email: string }[] = await this.db.manager.query(
      `select email from client where tenant_id = $1 and email = any($2::text[])`,
      [this.context.practiceId, emails],
    );
    const checked = checkAgainstPractice(rows, { coaches, onRoster: new Set(onRoster.map((r) => r.email)) });
    if (this.context.role !== 'COACH') return { rows: checked, coaches };
    // A COACH imports clients for themself: a row naming another coach is refused, one naming none is theirs.
    const others = (row: ClientCsvRow) => coaches.has(row.coachEmail) && coaches.get(row.coachEmail) !== this.context.userId;
    const own = checked.map((row) =>
      others(row) ? { ...row, problems: [...row.problems, { column: 'coach email' as const, message: 'must be you or empty: only an owner or admin assigns clients to other coaches' }] } : row,
    );
    return { rows: own, coaches };
  }

  /** Who may coach, by address: the practice's owners, admins and coaches (a handful of rows). */
  private async coaches(): Promise<Map<string, string>> {
    const rows: { email: string; user_id: string }[] = await this.db.manager.query(
      `select u.email, m.user_id from membership m join app_user u on u.id = m.user_id
        where m.tenant_id = $1 and m.role in ('OWNER', 'ADMIN', 'COACH')`,
      [this.context.practiceId],
    );
    return new Map(rows.map((r) => [r.email, r.user_id]));
  }

  private ownCoachId(): string | null {
    return this.context.role === 'COACH' ? this.context.userId : null;
  }
}
