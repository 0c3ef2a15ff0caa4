import { Module } from '@nestjs/common';
import { CoachingModule } from '@ascend/coaching';
import { IdentityModule } from '@ascend/identity';
import { attendanceProviders } from './attendance/attendance.providers';
import { calendarControllers, calendarProviders } from './calendar/calendar.providers';
import { funnelProviders } from './funnel/funnel.providers';
import { mailProviders } from './mail/mail.providers';
import { masterclassProviders } from './masterclasses/masterclass.providers';
import { paymentProviders } from './payments/payments.providers';
import { SeatPayments } from './payments/seat-payments';
import { publicPageProviders } from './public-pages/public-pages.providers';
import { MasterclassPage } from './public-pages/masterclass-page';
import { PublicMasterclasses } from './public-pages/public-masterclasses';
import { registrationProviders } from './registrations/registration.providers';
import { EventsClock } from './shared/events-clock';
import { RegistrationMailQueue } from './shared/registration-mail-queue';

/** Masterclasses and events: public registration, seats and the waitlist, calendars, reminders, attendance and the funnel. */
@Module({
  // Practices and people are identity's; registrants become clients through coaching's roster.
  imports: [IdentityModule, CoachingModule],
  controllers: [...calendarControllers],
  providers: [
    EventsClock,
    RegistrationMailQueue,
    ...masterclassProviders,
    ...registrationProviders,
    ...paymentProviders,
    ...attendanceProviders,
    ...funnelProviders,
    ...publicPageProviders,
    ...mailProviders,
    ...calendarProviders,
  ],
  // Billing confirms and releases held seats; the server renders the public masterclass page.
  exports: [SeatPayments, PublicMasterclasses, MasterclassPage],
})
export class EventsModule {}
