export { IdentityModule, identityResolvers } from './identity.module';
export { PracticeService } from './practices/practice.service';
export type { NewPractice } from './practices/practice.service';
