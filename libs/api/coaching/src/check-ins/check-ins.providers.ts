import type { Provider } from '@nestjs/common';
import { CheckInAlertScan, ClientCheckInAlerts } from './check-in-alerts.jobs';
import { CheckInMail } from './check-in-mail';
import { CheckInRepliedMail, CheckInSubmittedMail } from './check-in-mail.jobs';
import { CheckInResolver } from './check-ins.resolver';
import { CheckInService } from './check-ins.service';
import { CoachingClock } from './coaching-clock';
import { PortalHomeService } from './portal-home.service';

/** Weekly check-ins, the coach's replies, reminders and escalation. */
export const checkInProviders: Provider[] = [
  CoachingClock,
  CheckInService,
  PortalHomeService,
  CheckInResolver,
  CheckInMail,
  CheckInSubmittedMail,
  CheckInRepliedMail,
  CheckInAlertScan,
  ClientCheckInAlerts,
];
