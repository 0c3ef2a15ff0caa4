import { Injectable } from '@nestjs/common';
import { ClientAccess, clientNotFound, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { CoachingClock } from '../check-ins/coaching-clock';
import { ClientStatus } from '../shared/coaching.enums';
import { DashboardSort, SPARKLINE_WEEKS } from './dashboard-rules';
import { ClientDetail, DashboardClient } from './dashboard.models';
import { clientDetailOf, ClientFactsRow, clientFactsSql, dashboardClients } from './dashboard-rows';

export const DEFAULT_DASHBOARD_STATUSES: ClientStatus[] = ['ACTIVE', 'PAUSED'];

/** The coach's view of their clients: the dashboard and the header and progress of the client detail page. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly access: ClientAccess,
    private readonly clock: CoachingClock,
  ) {}

  async dashboard(sort: DashboardSort, statuses: ClientStatus[]): Promise<DashboardClient[]> {
    const now = this.clock.now();
    return dashboardClients(await this.facts({ statuses, clientId: null, weeks: SPARKLINE_WEEKS, now }), now, sort);
  }

  /** The client detail page's header and whole progress series; NOT_FOUND unless the caller coaches this client. */
  async detail(clientId: string): Promise<ClientDetail> {
    const now = this.clock.now();
    const [row] = await this.facts({ statuses: ['LEAD', 'ACTIVE', 'PAUSED', 'ALUMNI'], clientId, weeks: null, now });
    if (!row) throw clientNotFound();
    return clientDetailOf(row, now);
  }

  /** `weeks` back from the current week: the sparkline's twelve weeks are all in, whatever the client's zone. */
  private facts(filter: { statuses: ClientStatus[]; clientId: string | null; weeks: number | null; now: Date }): Promise<ClientFactsRow[]> {
    const { sql, parameters } = this.access.condition('c', 6, 'coach');
    return this.db.manager.query(clientFactsSql(sql), [
      this.context.practiceId,
      filter.statuses,
      filter.clientId,
      filter.weeks,
      filter.now.toISOString(),
      ...parameters,
    ]);
  }
}
