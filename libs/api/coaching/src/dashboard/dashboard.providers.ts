import type { Provider } from '@nestjs/common';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

/** The coach's dashboard and client detail. */
export const dashboardProviders: Provider[] = [DashboardService, DashboardResolver];
