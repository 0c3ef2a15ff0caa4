import { Injectable } from '@nestjs/common';
import { RosterService } from '@ascend/coaching';
import { DomainError, FieldProblem, InvalidInputError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { masterclassNotFound } from '../masterclasses/masterclass.service';
import type { Registration, RegistrationPage } from '../registrations/registration.models';
import { EventsClock } from '../shared/events-clock';
import { attendanceProblem, pageSize, readCursor, registrationsCsv, writeCursor } from './attendance-rules';
import { MarkAttendanceInput, RegistrantInvitation, RegistrationFilter } from './attendance.models';
import { REGISTRATION_COLUMNS, RegistrationRow, registrationFromRow } from './registration-rows';

/** The host's side of registrations: the list, attendance, the export, and turning a registrant into a client. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly roster: RosterService,
    private readonly clock: EventsClock,
  ) {}

  async page(masterclassId: string, filter: RegistrationFilter | undefined, first: number | undefined, after: string | undefined): Promise<RegistrationPage> {
    await this.requireMasterclass(masterclassId);
    const offset = readCursor(after);
    if (offset === undefined) throw new InvalidInputError([{ field: 'after', message: 'is not a cursor from this list' }]);
    const size = pageSize(first);
    const { where, parameters } = this.where(masterclassId, filter);
    const rows: (RegistrationRow & { total: number })[] = await this.db.manager.query(
      `select ${REGISTRATION_COLUMNS}, count(*) over ()::int as total from registration r where ${where}
        order by r.registered_at, r.id limit ${size + 1} offset ${offset}`,
      parameters,
    );
    const more = rows.length > size;
    const total = rows[0]?.total ?? (offset ? await this.count(where, parameters) : 0);
    return { registrations: rows.slice(0, size).map(registrationFromRow), total, nextCursor: more ? writeCursor(offset + size) : null };
  }

  async csv(masterclassId: string): Promise<string> {
    await this.requireMasterclass(masterclassId);
    const { where, parameters } = this.where(masterclassId, undefined);
    const rows: RegistrationRow[] = await this.db.manager.query(`select ${REGISTRATION_COLUMNS} from registration r where ${where} order by r.registered_at, r.id`, parameters);
    return registrationsCsv(rows.map(registrationFromRow));
  }

  /** All or nothing: every mark must name a confirmed registration of this masterclass, once it has started. */
  async mark(input: MarkAttendanceInput): Promise<Registration[]> {
    const startsAt = await this.requireMasterclass(input.masterclassId, 'input.masterclassId');
    const notYet = attendanceProblem(startsAt, this.clock.now());
    if (notYet) throw new DomainError('BAD_USER_INPUT', `Attendance ${notYet}`, [{ field: 'input.masterclassId', message: notYet }]);
    const ids = input.marks.map((m) => m.registrationId);
    const found: { id: string; status: string }[] = await this.db.manager.query(
      `select id, status from registration where tenant_id = $1 and masterclass_id = $2 and id = any($3::uuid[])`,
      [this.context.practiceId, input.masterclassId, ids],
    );
    const status = new Map(found.map((r) => [r.id, r.status]));
    const problems: FieldProblem[] = input.marks.flatMap((mark, i): FieldProblem[] => {
      const field = `input.marks.${i}.registrationId`;
      if (!status.has(mark.registrationId)) return [{ field, message: 'is not a registration of this masterclass' }];
      return status.get(mark.registrationId) === 'CONFIRMED' ? [] : [{ field, message: 'is not a confirmed seat: only confirmed registrants can attend' }];
    });
    if (problems.length) throw new DomainError(problems.some((p) => p.message.startsWith('is not a registration')) ? 'NOT_FOUND' : 'BAD_USER_INPUT', problems[0].message, problems);
    await this.db.manager.query(
      `update registration r set attendance = m.attendance, updated_at = now()
         from unnest($2::uuid[], $3::text[]) as m(id, attendance)
        where r.tenant_id = $1 and r.id = m.id`,
      [this.context.practiceId, ids, input.marks.map((m) => m.attendance)],
    );
    const rows: RegistrationRow[] = await this.db.manager.query(`select ${REGISTRATION_COLUMNS} from registration r where r.tenant_id = $1 and r.id = any($2::uuid[]) order by r.registered_at, r.id`, [
      this.context.practiceId,
      ids,
    ]);
    return rows.map(registrationFromRow);
  }

  /**
   * Invites a registrant to become a client in one step: onto the roster (or the lead already there) with a client
   * invitation. Every registration of their address points at their client profile, so their history goes with them.
   */
  async inviteAsClient(registrationId: string): Promise<RegistrantInvitation> {
    const [registration]: { name: string; email: string }[] = await this.db.manager.query(`select name, email from registration where tenant_id = $1 and id = $2`, [
      this.context.practiceId,
      registrationId,
    ]);
    if (!registration) throw new DomainError('NOT_FOUND', 'No such registration in this practice', [{ field: 'registrationId', message: 'is not a registration of this practice' }]);
    const [onRoster]: { id: string }[] = await this.db.manager.query(`select id from client where tenant_id = $1 and email = $2`, [this.context.practiceId, registration.email]);
    const client = onRoster
      ? await this.rethrowAs(() => this.roster.invite(onRoster.id))
      : await this.rethrowAs(() => this.roster.add({ name: registration.name, email: registration.email, invite: true }, 'MASTERCLASS'));
    await this.db.manager.query(
      `update registration set client_id = $3, invited_as_client_at = now(), updated_at = now() where tenant_id = $1 and email = $2`,
      [this.context.practiceId, registration.email, client.id],
    );
    return { clientId: client.id, email: registration.email };
  }

  /** The roster's refusals (already a member, invited already) name their own fields; here the registration is the argument. */
  private async rethrowAs<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DomainError) throw new DomainError(error.code, error.message, error.fields.map((f) => ({ ...f, field: 'registrationId' })));
      throw error;
    }
  }

  private where(masterclassId: string, filter: RegistrationFilter | undefined): { where: string; parameters: unknown[] } {
    const parameters: unknown[] = [this.context.practiceId, masterclassId];
    const conditions = ['r.tenant_id = $1', 'r.masterclass_id = $2'];
    const search = filter?.search?.trim();
    if (search) {
      parameters.push(`%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      conditions.push(`(lower(r.name) like $${parameters.length} or r.email like $${parameters.length})`);
    }
    if (filter?.statuses?.length) {
      parameters.push(filter.statuses);
      conditions.push(`r.status = any($${parameters.length}::text[])`);
    }
    return { where: conditions.join(' and '), parameters };
  }

  private async count(where: string, parameters: unknown[]): Promise<number> {
    const [row]: { total: number }[] = await this.db.manager.query(`select count(*)::int as total from registration r where ${where}`, parameters);
    return row.total;
  }

  private async requireMasterclass(id: string, field = 'masterclassId'): Promise<Date> {
    const [row]: { starts_at: Date }[] = await this.db.manager.query(`select starts_at from masterclass where tenant_id = $1 and id = $2`, [this.context.practiceId, id]);
    if (!row) throw masterclassNotFound(field);
    return row.starts_at;
  }
}
