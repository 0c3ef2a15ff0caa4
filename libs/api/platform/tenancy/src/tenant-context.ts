import type { PracticeStanding } from './tenant-transaction';
import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { Role } from './roles';

export interface RequestIdentity {
  userId?: string;
  practiceId?: string;
  role?: Role;
  /** Set when the practice is not in good standing (read-only or suspended). */
  standing?: PracticeStanding;
  ip?: string;
  /** The session (refresh-token family) a signed-in request's access token was issued in, once the access check found it live. */
  sessionId?: string;
}

// Symbol keys: nestjs-cls reads a string key as a dotted path, splitting it on every call, and these are read
// several times per resolver.
const IDENTITY = Symbol('ascend:identity');

/** Who is asking and for which practice, carried through the request (or job) by nestjs-cls. */
@Injectable()
export class TenantContext {
  constructor(private readonly cls: ClsService) {}

  get identity(): RequestIdentity {
    return (this.cls.get()?.[IDENTITY] as RequestIdentity | undefined) ?? {};
  }

  set(identity: RequestIdentity) {
    this.cls.set(IDENTITY, { ...this.identity, ...identity });
  }

  /** The signed-in user; the access guard has already refused anonymous callers of guarded operations. */
  get userId(): string {
    const { userId } = this.identity;
    if (!userId) throw new Error('No signed-in user in this request');
    return userId;
  }

  /** The signed-in request's session: a change of password ends every other one. */
  get sessionId(): string {
    const { sessionId } = this.identity;
    if (!sessionId) throw new Error('No session in this request');
    return sessionId;
  }

  get practiceId(): string {
    const { practiceId } = this.identity;
    if (!practiceId) throw new Error('No practice in this request');
    return practiceId;
  }

  get role(): Role {
    const { role } = this.identity;
    if (!role) throw new Error('No role in this request');
    return role;
  }

  /** A value kept for the rest of this request (or job): memoised checks, loaders. */
  remember<T>(key: symbol, make: () => T): T {
    const existing = this.cls.get(key) as T | undefined;
    if (existing !== undefined) return existing;
    const value = make();
    this.cls.set(key, value);
    return value;
  }
}
