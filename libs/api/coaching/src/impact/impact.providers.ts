import type { Provider } from '@nestjs/common';
import { ImpactResolver } from './impact.resolver';
import { ImpactService } from './impact.service';

/** The impact log and the legible summary. */
export const impactProviders: Provider[] = [ImpactResolver, ImpactService];
