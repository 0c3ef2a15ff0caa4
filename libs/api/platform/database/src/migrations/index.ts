import { CreatePractice1763700000000 } from './1763700000000-create-practice';
import { IdentityAndTenancy1763800000000 } from './1763800000000-identity-and-tenancy';
import { RateLimit1763900000000 } from './1763900000000-rate-limit';
import { JobQueue1764000000000 } from './1764000000000-job-queue';
import { OperationAccess1764100000000 } from './1764100000000-operation-access';
import { SessionAccess1764200000000 } from './1764200000000-session-access';
import { PracticeProfile1764300000000 } from './1764300000000-practice-profile';
import { SignUp1764400000000 } from './1764400000000-sign-up';
import { OwnRows1764500000000 } from './1764500000000-own-rows';
import { Coaching1764600000000 } from './1764600000000-coaching';
import { CheckInReminders1764700000000 } from './1764700000000-check-in-reminders';
import { Masterclasses1764800000000 } from './1764800000000-masterclasses';
import { MasterclassSeatCounts1764900000000 } from './1764900000000-masterclass-seat-counts';
import { Content1765000000000 } from './1765000000000-content';
import { Newsletter1765100000000 } from './1765100000000-newsletter';
import { Billing1765200000000 } from './1765200000000-billing';
import { Accounts1765300000000 } from './1765300000000-accounts';
import { AccountAudit1765400000000 } from './1765400000000-account-audit';
import { PasswordResetAudit1765500000000 } from './1765500000000-password-reset-audit';

/** Every schema change, oldest first. `npm run db:migration:new -- <name>` adds one here. */
export const migrations = [CreatePractice1763700000000, IdentityAndTenancy1763800000000, RateLimit1763900000000, JobQueue1764000000000, OperationAccess1764100000000, SessionAccess1764200000000, PracticeProfile1764300000000, SignUp1764400000000, OwnRows1764500000000, Coaching1764600000000, CheckInReminders1764700000000, Masterclasses1764800000000, MasterclassSeatCounts1764900000000, Content1765000000000, Newsletter1765100000000, Billing1765200000000, Accounts1765300000000, AccountAudit1765400000000, PasswordResetAudit1765500000000];
