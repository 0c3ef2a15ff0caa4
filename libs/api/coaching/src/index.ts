export { CoachingModule } from './coaching.module';
export { addDays, addWeeks, checkInDate, instantAt, streakWeeks, wallClock, weekStartAt } from './weeks/week-rules';
export { RosterService } from './roster/roster.service';
export { Client } from './roster/client.models';
export { csvField } from './roster/client-csv-rules';
