import { CreatePractice1763700000000 } from './1763700000000-create-practice';
import { IdentityAndTenancy1763800000000 } from './1763800000000-identity-and-tenancy';
import { RateLimit1763900000000 } from './1763900000000-rate-limit';

/** Every schema change, oldest first. `npm run db:migration:new -- <name>` adds one here. */
export const migrations = [CreatePractice1763700000000, IdentityAndTenancy1763800000000, RateLimit1763900000000];
