import type { Provider } from '@nestjs/common';
import { ActionItemsResolver } from './action-items.resolver';
import { ActionItemsService } from './action-items.service';

/** Action items, in both portals. */
export const actionItemProviders: Provider[] = [ActionItemsService, ActionItemsResolver];
