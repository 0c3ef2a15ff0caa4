import type { Provider } from '@nestjs/common';
import { AttendanceResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';
import { ClientRegistrationsResolver } from './client-registrations.resolver';

/** The host's registration list, attendance, the export, and registrants who become clients. */
export const attendanceProviders: Provider[] = [AttendanceService, AttendanceResolver, ClientRegistrationsResolver];
