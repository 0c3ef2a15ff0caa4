import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { ClientStatus, ClientStatusEnum } from '../shared/coaching.enums';
import { DashboardSort } from './dashboard-rules';
import { ClientDetail, DashboardClient, DashboardSortEnum } from './dashboard.models';
import { DashboardService, DEFAULT_DASHBOARD_STATUSES } from './dashboard.service';

@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboard: DashboardService) {}

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => [DashboardClient], {
    description: 'Every client the caller coaches (a coach: their own; owners and admins: all), one row each, in a fixed number of statements.',
  })
  coachDashboard(
    @Args('sort', { type: () => DashboardSortEnum, defaultValue: 'URGENCY' }) sort: DashboardSort,
    @Args('statuses', { type: () => [ClientStatusEnum], defaultValue: DEFAULT_DASHBOARD_STATUSES, description: 'ACTIVE and PAUSED unless given.' })
    statuses: ClientStatus[],
  ): Promise<DashboardClient[]> {
    return this.dashboard.dashboard(sort, statuses);
  }

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => ClientDetail, { description: "The client detail page's header and progress and energy over time." })
  clientDetail(@Args('clientId', { type: () => ID }, IdArgumentPipe) clientId: string): Promise<ClientDetail> {
    return this.dashboard.detail(clientId);
  }
}
