import type { Provider } from '@nestjs/common';
import { MasterclassMail, MasterclassReminders } from './masterclass-mail.jobs';
import { RegistrantMail } from './registrant-mail.job';

/** Registrants' mail: confirmations with their .ics, waitlist and promotion, updates, reminders and the replay. */
export const mailProviders: Provider[] = [RegistrantMail, MasterclassMail, MasterclassReminders];
