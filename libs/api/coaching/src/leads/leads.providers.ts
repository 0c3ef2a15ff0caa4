import type { Provider } from '@nestjs/common';
import { LeadResolver } from './lead.resolver';
import { LeadService } from './lead.service';
import { NewLeadMail } from './new-lead-mail.job';

/** Lead capture from the practice's public page. */
export const leadProviders: Provider[] = [LeadService, NewLeadMail, LeadResolver];
