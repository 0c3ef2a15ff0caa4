/** What this helper uses of the testing lib's TestApp and practice scenario (which only test files may import). */
interface TestApp {
  db: { query<T>(sql: string, parameters?: unknown[]): Promise<T[]> };
}
interface PracticeScenario {
  practiceId: string;
  owner: { userId: string };
}

export interface MasterclassSpec {
  title?: string;
  slug?: string;
  capacity?: number;
  /** Hours from now (negative: in the past). */
  startsInHours?: number;
  durationMinutes?: number;
  timeZone?: string;
  status?: 'DRAFT' | 'PUBLISHED' | 'CANCELLED' | 'COMPLETED';
  priceCents?: number;
  joinUrl?: string;
  replayUrl?: string;
  /** Hours from now; defaults to the start. */
  deadlineInHours?: number;
}

export interface MasterclassScenario {
  id: string;
  slug: string;
  title: string;
  capacity: number;
  startsAt: Date;
}

let counter = 0;

/** A masterclass of the practice, written as the cluster administrator (fast, no mail), hosted by its owner. */
export async function buildMasterclass(t: TestApp, practice: PracticeScenario, spec: MasterclassSpec = {}): Promise<MasterclassScenario> {
  counter += 1;
  const title = spec.title ?? `Leading without fixing ${counter}`;
  const slug = spec.slug ?? `leading-without-fixing-${counter}-${Date.now().toString(36)}`;
  const capacity = spec.capacity ?? 20;
  const startsAt = new Date(Date.now() + (spec.startsInHours ?? 72) * 3_600_000);
  const deadline = spec.deadlineInHours === undefined ? startsAt : new Date(Date.now() + spec.deadlineInHours * 3_600_000);
  const [row] = await t.db.query<{ id: string }>(
    `insert into masterclass (tenant_id, slug, title, description, starts_at, duration_minutes, time_zone, capacity, price_cents, currency,
                              registration_deadline, join_url, replay_url, host_user_id, status, published_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, case when $15 <> 'DRAFT' then now() end)
     returning id`,
    [
      practice.practiceId,
      slug,
      title,
      'A practical hour on **delegating** the work only you were doing.',
      startsAt,
      spec.durationMinutes ?? 60,
      spec.timeZone ?? 'Europe/London',
      capacity,
      spec.priceCents ?? null,
      spec.priceCents ? 'EUR' : null,
      deadline,
      spec.joinUrl ?? 'https://meet.example.com/leading',
      spec.replayUrl ?? '',
      practice.owner.userId,
      spec.status ?? 'PUBLISHED',
    ],
  );
  return { id: row.id, slug, title, capacity, startsAt };
}

/** A guest's registration input for the public page. */
export function guest(practiceSlug: string, masterclassSlug: string, email: string, extra: Record<string, unknown> = {}) {
  return { practiceSlug, masterclassSlug, name: 'Guest Registrant', email, question: '', consent: true, ...extra };
}
