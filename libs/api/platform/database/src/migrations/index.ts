import { CreatePractice1763700000000 } from './1763700000000-create-practice';

/** Every schema change, oldest first. `npm run db:migration:new -- <name>` adds one here. */
export const migrations = [CreatePractice1763700000000];
