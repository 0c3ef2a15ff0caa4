import type { Provider } from '@nestjs/common';
import { RegistrationLinks } from './registration-links';
import { RegistrationResolver } from './registration.resolver';
import { RegistrationService } from './registration.service';
import { Seats } from './seats';

/** Registering, the waitlist, and a registrant's own view through their signed link. */
export const registrationProviders: Provider[] = [Seats, RegistrationLinks, RegistrationService, RegistrationResolver];
