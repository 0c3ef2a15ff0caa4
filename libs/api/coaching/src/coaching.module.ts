import { Module } from '@nestjs/common';
import { IdentityModule } from '@ascend/identity';
import { actionItemProviders } from './action-items/action-items.providers';
import { checkInProviders } from './check-ins/check-ins.providers';
import { dashboardProviders } from './dashboard/dashboard.providers';
import { impactProviders } from './impact/impact.providers';
import { leadProviders } from './leads/leads.providers';
import { methodProviders } from './method/method.providers';
import { privacyProviders } from './privacy/privacy.providers';
import { rosterProviders } from './roster/roster.providers';
import { RosterService } from './roster/roster.service';
import { sessionNoteProviders } from './session-notes/session-notes.providers';

/** Coaching: clients and leads, the five-step method, weekly accountability and the coach's view of it all. */
@Module({
  // Invitations, accounts, public practice pages and the audit trail are identity's.
  imports: [IdentityModule],
  providers: [
    ...rosterProviders,
    ...leadProviders,
    ...methodProviders,
    ...checkInProviders,
    ...dashboardProviders,
    ...actionItemProviders,
    ...sessionNoteProviders,
    ...impactProviders,
    ...privacyProviders,
  ],
  // Masterclass registrants become clients through the roster.
  exports: [RosterService],
})
export class CoachingModule {}
