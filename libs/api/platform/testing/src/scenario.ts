import { argon2id, hash } from 'argon2';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AccessTokens, Role } from '@ascend/platform/tenancy';
import type { TestApp } from './test-app';

/** The password of every person a scenario creates: signing in with it works. */
export const SCENARIO_PASSWORD = 'Scenario-Harbour-93-Lantern';

/** The name of the refresh cookie the API sets (identity's REFRESH_COOKIE; the testing lib may not import a domain). */
export const REFRESH_COOKIE_NAME = 'ascend_refresh';

const REFRESH_DAYS = 30;

export interface ScenarioPerson {
  userId: string;
  /** Their membership in the scenario's practice (what removeMember and changeMemberRole take). */
  membershipId: string;
  email: string;
  name: string;
  /** {@link SCENARIO_PASSWORD}. */
  password: string;
  role: Role;
  accessToken: string;
  /** `authorization` and `x-practice-id` for operations on the scenario's practice. */
  headers: Record<string, string>;
  /** `ascend_refresh=…`, ready for a Cookie header; only with `withRefreshCookies: true`. */
  refreshCookie?: string;
}

export interface PracticeScenario {
  practiceId: string;
  slug: string;
  name: string;
  timeZone: string;
  owner: ScenarioPerson;
  admins: ScenarioPerson[];
  coaches: ScenarioPerson[];
  clients: ScenarioPerson[];
}

export interface PracticeSpec {
  coaches?: number;
  clients?: number;
  admins?: number;
  /** The practice's name; unique by default. */
  name?: string;
  /** The practice's address; unique by default. */
  slug?: string;
  timeZone?: string;
  /** The owner's name; `Olive Owner` by default. */
  ownerName?: string;
  /** The owner's address; unique by default. */
  ownerEmail?: string;
  /** Hand out each person's refresh cookie too (everyone always has a session: their access token names it). */
  withRefreshCookies?: boolean;
  /** Whether every person has confirmed their email; true by default. */
  emailVerified?: boolean;
}

let counter = 0;

/** Unique within the run: the process id (one per Jest worker), a counter and some randomness. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${process.pid}-${counter}-${randomBytes(3).toString('hex')}`;
}

/** An address no other test uses, e.g. `uniqueEmail('coach')` → `coach-4242-7-a1b2c3@example.com`. */
export function uniqueEmail(label = 'person'): string {
  return `${label}-${uniqueSuffix()}@example.com`;
}

let passwordHash: Promise<string> | undefined;

/** One argon2id hash of {@link SCENARIO_PASSWORD} per test process, with the API's own settings. */
function scenarioPasswordHash(): Promise<string> {
  passwordHash ??= hash(SCENARIO_PASSWORD, { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  return passwordHash;
}

/** The headers a signed-in person sends to act in a practice. */
export function practiceHeaders(accessToken: string, practiceId: string): Record<string, string> {
  return { authorization: `Bearer ${accessToken}`, 'x-practice-id': practiceId };
}

interface Planned {
  userId: string;
  email: string;
  name: string;
  role: Role;
  familyId: string;
  refreshToken: string;
}

/**
 * A practice with an OWNER and the requested admins, coaches and clients, each signed in, written in one SQL
 * statement as the cluster administrator (row level security does not apply). Fast: no sign-up, no mail, one
 * password hash per process. Every call makes a new practice and new people, so tests never share data.
 */
export async function buildPractice(t: TestApp, spec: PracticeSpec = {}): Promise<PracticeScenario> {
  const unique = uniqueSuffix();
  const practiceId = randomUUID();
  const slug = spec.slug ?? `practice-${unique}`;
  const name = spec.name ?? `Practice ${unique}`;
  const timeZone = spec.timeZone ?? 'Europe/London';

  const planned: Planned[] = [];
  const plan = (role: Role, personName: string, label: string, email = `${label}-${unique}@example.com`) =>
    planned.push({ userId: randomUUID(), email, name: personName, role, familyId: randomUUID(), refreshToken: randomBytes(32).toString('base64url') });
  plan('OWNER', spec.ownerName ?? 'Olive Owner', 'owner', spec.ownerEmail);
  for (let i = 1; i <= (spec.admins ?? 0); i++) plan('ADMIN', `Admin ${i}`, `admin${i}`);
  for (let i = 1; i <= (spec.coaches ?? 0); i++) plan('COACH', `Coach ${i}`, `coach${i}`);
  for (let i = 1; i <= (spec.clients ?? 0); i++) plan('CLIENT', `Client ${i}`, `client${i}`);

  const withCookies = spec.withRefreshCookies ?? false;
  // Foreign keys are checked at the end of the statement, so the practice, people and memberships go in together.
  const memberships = await t.db.query<{ user_id: string; id: string }>(
    `with practice_row as (
       insert into practice (id, slug, name, tagline, coach_name, coach_bio, time_zone)
       values ($1, $2, $3, '', '', '', $4)
     ), people as (
       insert into app_user (id, email, name, password_hash, email_verified_at)
       select id, email, name, $8, case when $9 then now() end
         from unnest($5::uuid[], $6::text[], $7::text[]) as person(id, email, name)
     ), sessions as (
       insert into refresh_token (user_id, family_id, token_hash, expires_at)
       select user_id, family_id, token_hash, now() + make_interval(days => $13)
         from unnest($5::uuid[], $11::uuid[], $12::text[]) as session(user_id, family_id, token_hash)
     )
     insert into membership (tenant_id, user_id, role)
     select $1, user_id, role from unnest($5::uuid[], $10::text[]) as member(user_id, role)
     returning user_id, id`,
    [
      practiceId,
      slug,
      name,
      timeZone,
      planned.map((p) => p.userId),
      planned.map((p) => p.email),
      planned.map((p) => p.name),
      await scenarioPasswordHash(),
      spec.emailVerified ?? true,
      planned.map((p) => p.role),
      planned.map((p) => p.familyId),
      planned.map((p) => sha256Hex(p.refreshToken)),
      REFRESH_DAYS,
    ],
  );
  const membershipOf = new Map(memberships.map((m) => [m.user_id, m.id]));

  const tokens = t.app.get(AccessTokens);
  const people = planned.map((p): ScenarioPerson => {
    const accessToken = tokens.issue(p.userId, p.familyId).token;
    return {
      userId: p.userId,
      membershipId: membershipOf.get(p.userId)!,
      email: p.email,
      name: p.name,
      password: SCENARIO_PASSWORD,
      role: p.role,
      accessToken,
      headers: practiceHeaders(accessToken, practiceId),
      ...(withCookies ? { refreshCookie: `${REFRESH_COOKIE_NAME}=${p.refreshToken}` } : {}),
    };
  });
  const withRole = (role: Role) => people.filter((p) => p.role === role);
  return { practiceId, slug, name, timeZone, owner: people[0], admins: withRole('ADMIN'), coaches: withRole('COACH'), clients: withRole('CLIENT') };
}

/** Two practices, each with its own owner (and whatever else `spec` asks for): the start of every isolation case. */
export async function buildPracticePair(t: TestApp, spec: Omit<PracticeSpec, 'name' | 'slug'> = {}): Promise<{ a: PracticeScenario; b: PracticeScenario }> {
  const [a, b] = await Promise.all([buildPractice(t, spec), buildPractice(t, spec)]);
  return { a, b };
}

// As identity's hashSecretToken: refresh and email tokens are stored as the hex SHA-256 of the token.
export function sha256Hex(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
