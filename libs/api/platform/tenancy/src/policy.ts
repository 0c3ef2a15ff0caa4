import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles';

/**
 * Every Query and Mutation declares who may call it; the access guard refuses operations without a policy,
 * and a test enumerates the schema so none ships without one.
 */
export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'member'; roles: readonly Role[] }
  | { kind: 'operator' };

export const ACCESS_POLICY = 'ascend:access-policy';
export const RUNS_ALONE = 'ascend:runs-alone';
export const RATE_LIMITED = 'ascend:rate-limited';
export const STANDING_EXEMPT = 'ascend:standing-exempt';

/** Anyone, signed in or not: public pages, signing in and up. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in person, whatever practice: their own account and memberships. */
export const SignedIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy);

/** Members of the practice the request names (X-Practice-Id) holding one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { kind: 'member', roles } satisfies AccessPolicy);

/**
 * The operation must be the only field of its request: it decides who the request acts as (signing in,
 * accepting an invitation), checks a password before its transaction begins, or is rate limited (so that
 * aliases cannot multiply attempts inside one request).
 */
export const RunsAlone = () => SetMetadata(RUNS_ALONE, true);

/** Platform operators only (the operator console), whatever practice the request names. */
export const Operator = () => SetMetadata(ACCESS_POLICY, { kind: 'operator' } satisfies AccessPolicy);

/**
 * A practice operation that still works when the practice is not in good standing: 'read-only' lets a mutation
 * through while payment is overdue (paying is how it ends), 'suspended' lets the operation through even for a
 * suspended practice (reading why). Queries of a read-only practice need nothing: read-only stops changes only.
 */
export const AllowedWhen = (standing: 'read-only' | 'suspended') => SetMetadata(STANDING_EXEMPT, standing);

/** What anyone acting in a suspended practice is told. */
export const PRACTICE_SUSPENDED =
  'This practice is suspended by Ascend: its workspace and public pages are closed until it is reactivated. Nothing has been deleted; contact Ascend support.';
