import type { Provider } from '@nestjs/common';
import { FunnelResolver } from './funnel.resolver';
import { FunnelService } from './funnel.service';

/** Funnel figures from registration to client. */
export const funnelProviders: Provider[] = [FunnelService, FunnelResolver];
