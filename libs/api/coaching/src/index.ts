export { CoachingModule } from './coaching.module';
export { addDays, addWeeks, checkInDate, instantAt, streakWeeks, wallClock, weekStartAt } from './weeks/week-rules';
