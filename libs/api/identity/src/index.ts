export { IdentityModule } from './identity.module';
export { RoleEnum } from './sessions/session.models';
export { PracticeService } from './practices/practice.service';
export type { NewPractice } from './practices/practice.service';
export { SessionService } from './sessions/session.service';
export { AuditTrail } from './audit/audit-trail';
export { hashPassword } from './people/password-hasher';
