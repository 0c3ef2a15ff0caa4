import type { Provider } from '@nestjs/common';
import { MasterclassFieldsResolver, MasterclassResolver } from './masterclass.resolver';
import { MasterclassService } from './masterclass.service';

/** Creating, publishing, changing and cancelling masterclasses. */
export const masterclassProviders: Provider[] = [MasterclassService, MasterclassResolver, MasterclassFieldsResolver];
