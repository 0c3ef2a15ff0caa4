import type { Provider } from '@nestjs/common';
import { MasterclassPage } from './masterclass-page';
import { PublicMasterclassFieldsResolver, PublicMasterclassResolver } from './public-masterclass.resolver';
import { PublicMasterclasses } from './public-masterclasses';

/** What anyone may read: a practice's upcoming masterclasses and each masterclass page. */
export const publicPageProviders: Provider[] = [PublicMasterclasses, PublicMasterclassResolver, PublicMasterclassFieldsResolver, MasterclassPage];
