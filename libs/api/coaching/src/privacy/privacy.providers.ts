import type { Provider } from '@nestjs/common';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** Exporting and erasing one client's data. */
export const privacyProviders: Provider[] = [PrivacyResolver, PrivacyService];
