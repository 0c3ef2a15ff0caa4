import type { PracticeScenario, TestApp } from '@ascend/platform/testing';
import { uniqueEmail } from '@ascend/platform/testing';
import type { Attendance, RegistrationStatus } from '../../registrations/registration.models';

export interface RegistrationSpec {
  status?: RegistrationStatus;
  email?: string;
  name?: string;
  userId?: string;
  waitlistNumber?: number;
  holdExpiresAt?: Date;
  attendance?: Attendance;
}

/** A registration written as the cluster administrator, in whatever state a test needs (no seat rules, no mail). */
export async function buildRegistration(t: TestApp, practice: PracticeScenario, masterclassId: string, spec: RegistrationSpec = {}) {
  const status = spec.status ?? 'CONFIRMED';
  const email = (spec.email ?? uniqueEmail('registrant')).toLowerCase();
  const [row] = await t.db.query<{ id: string }>(
    `insert into registration (tenant_id, masterclass_id, name, email, user_id, status, waitlist_number, hold_expires_at, attendance, consent_text,
                               confirmed_at, cancelled_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'I agree to be emailed about this masterclass.',
             case when $6 = 'CONFIRMED' then now() end, case when $6 = 'CANCELLED' then now() end)
     returning id`,
    [
      practice.practiceId,
      masterclassId,
      spec.name ?? 'Priya Raman',
      email,
      spec.userId ?? null,
      status,
      status === 'WAITLISTED' ? (spec.waitlistNumber ?? 1) : null,
      status === 'PENDING_PAYMENT' ? (spec.holdExpiresAt ?? new Date(Date.now() + 30 * 60_000)) : null,
      spec.attendance ?? null,
    ],
  );
  return { id: row.id, email, ref: { practiceId: practice.practiceId, registrationId: row.id } };
}
