import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A registration in one statement, so the masterclass row is locked only inside the database, never across a
 * round trip to the API: in a rush, admissions queue on the row and each holds it for a fraction of a millisecond.
 * Each statement of the function sees what committed before it, so after the lock the existing registration and the
 * counts are exact. It scopes row level security to the practice it is given (like every transaction of the API)
 * and admits only into a published masterclass that is still open, answering why not otherwise.
 */
const ADMIT_SIGNATURE = 'app_admit_registrant(uuid, text, uuid, jsonb, timestamptz, timestamptz, jsonb)';

const ADMIT = `
  create function public.app_admit_registrant(
    practice uuid, masterclass_slug text, masterclass uuid, registrant jsonb, at timestamptz, hold_until timestamptz, jobs jsonb
  ) returns table (outcome text, registration_id uuid, status text, waitlist_position int, hold_expires_at timestamptz, join_url text, replay_url text)
  language plpgsql volatile
  set search_path = public, pg_temp
  as $$
  #variable_conflict use_column
  declare
    mc record;
    existing record;
    decided text;
    number int;
    held timestamptz;
    saved uuid;
    kind text;
  begin
    perform set_config('app.tenant_id', practice::text, true);
    select m.id, m.status, m.capacity, m.price_cents, m.starts_at, m.registration_deadline, m.seats_taken, m.waitlist_issued, m.waitlist_left,
           m.join_url, m.replay_url
      into mc from masterclass m
     where m.tenant_id = practice and (m.slug = masterclass_slug or m.id = masterclass) and m.status <> 'DRAFT'
       for update;
    if not found then
      return query select 'NOT_FOUND', null::uuid, null::text, null::int, null::timestamptz, null::text, null::text;
      return;
    end if;
    if mc.status <> 'PUBLISHED' or mc.starts_at <= at or mc.registration_deadline < at then
      return query select 'CLOSED', null::uuid, mc.status, null::int, null::timestamptz, null::text, null::text;
      return;
    end if;
    select r.id, r.status into existing from registration r
     where r.tenant_id = practice and r.masterclass_id = mc.id and r.email = registrant->>'email';
    if found and existing.status <> 'CANCELLED' then
      return query select 'EXISTING', existing.id, existing.status, null::int, null::timestamptz, null::text, null::text;
      return;
    end if;
    if mc.seats_taken < mc.capacity then
      decided := case when mc.price_cents is null then 'CONFIRMED' else 'PENDING_PAYMENT' end;
      held := case when decided = 'PENDING_PAYMENT' then hold_until end;
    else
      decided := 'WAITLISTED';
      number := mc.waitlist_issued + 1;
    end if;
    -- A cancelled registration of the same address is reused: one row per address and masterclass, always.
    insert into registration as r (tenant_id, masterclass_id, name, email, question, user_id, status, waitlist_number, hold_expires_at,
                                   source, newsletter_issue, utm_source, utm_medium, utm_campaign, consent_text, registered_at, confirmed_at)
    values (practice, mc.id, registrant->>'name', registrant->>'email', registrant->>'question', (registrant->>'userId')::uuid, decided, number, held,
            registrant->>'source', registrant->>'newsletterIssue', registrant->>'utmSource', registrant->>'utmMedium', registrant->>'utmCampaign',
            registrant->>'consentText', clock_timestamp(), case when decided = 'CONFIRMED' then clock_timestamp() end)
    on conflict on constraint registration_one_per_email do update
       set name = excluded.name, question = excluded.question, user_id = coalesce(excluded.user_id, r.user_id), status = excluded.status,
           waitlist_number = excluded.waitlist_number, hold_expires_at = excluded.hold_expires_at, source = excluded.source,
           newsletter_issue = excluded.newsletter_issue, utm_source = excluded.utm_source, utm_medium = excluded.utm_medium,
           utm_campaign = excluded.utm_campaign, consent_text = excluded.consent_text, registered_at = excluded.registered_at,
           confirmed_at = excluded.confirmed_at, cancelled_at = null, attendance = null, updated_at = now()
    returning r.id into saved;
    -- Job keys as Jobs builds them (task:practice:key), so a second change before the mail goes sends the newest once.
    kind := case decided when 'PENDING_PAYMENT' then 'PAYMENT_HOLD' else decided end;
    perform ascend_enqueue_job(jobs->'mail'->>'task', json_build_object('practiceId', practice, 'registrationId', saved, 'kind', kind),
                               null, (jobs->'mail'->>'maxAttempts')::int, format('%s:%s:%s:%s', jobs->'mail'->>'task', practice, kind, saved), null);
    if held is not null then
      perform ascend_enqueue_job(jobs->'hold'->>'task', json_build_object('practiceId', practice, 'registrationId', saved),
                                 held, (jobs->'hold'->>'maxAttempts')::int, format('%s:%s:%s', jobs->'hold'->>'task', practice, saved), null);
    end if;
    return query select 'ADMITTED', saved, decided, case when number is null then null else number - mc.waitlist_left end, held, mc.join_url, mc.replay_url;
  end
  $$`;

/**
 * Seat counts on the masterclass row, kept by a trigger on registration: a registration takes its seat (or its
 * waitlist number) in one statement that updates the masterclass row, which also locks it, instead of locking it
 * and then counting registrations in further statements while everyone else waits. The counts are exact because
 * every change of a registration's status goes through the trigger, and the database refuses a count past capacity.
 */
export class MasterclassSeatCounts1764900000000 implements MigrationInterface {
  name = 'MasterclassSeatCounts1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `alter table masterclass
         add column seats_taken int not null default 0,
         add column waitlist_issued int not null default 0,
         add column waitlist_left int not null default 0`,
      `update masterclass m set
         seats_taken = (select count(*) from registration r where r.tenant_id = m.tenant_id and r.masterclass_id = m.id and r.status in ('CONFIRMED', 'PENDING_PAYMENT')),
         waitlist_issued = coalesce((select max(r.waitlist_number) from registration r where r.tenant_id = m.tenant_id and r.masterclass_id = m.id), 0),
         waitlist_left = coalesce((select max(r.waitlist_number) from registration r where r.tenant_id = m.tenant_id and r.masterclass_id = m.id), 0)
           - (select count(*) from registration r where r.tenant_id = m.tenant_id and r.masterclass_id = m.id and r.status = 'WAITLISTED')`,
      `alter table masterclass add constraint masterclass_seats_within_capacity check (seats_taken between 0 and capacity)`,
      `alter table masterclass add constraint masterclass_waitlist_counts check (waitlist_left between 0 and waitlist_issued)`,
      // A registration holds a seat while confirmed or held for payment, and leaves the waitlist once, when its
      // status moves off WAITLISTED. Registrations go only with their masterclass (or practice), so deletes need nothing.
      `create function app_masterclass_seat_counts() returns trigger language plpgsql as $$
       declare
         seat_change int := (new.status in ('CONFIRMED', 'PENDING_PAYMENT'))::int
                            - (tg_op = 'UPDATE' and old.status in ('CONFIRMED', 'PENDING_PAYMENT'))::int;
         left_waitlist int := (tg_op = 'UPDATE' and old.status = 'WAITLISTED' and new.status <> 'WAITLISTED')::int;
       begin
         -- A waitlist number written directly (not issued by an admission) counts as issued too.
         if seat_change <> 0 or left_waitlist <> 0 or new.waitlist_number is not null then
           update masterclass set seats_taken = seats_taken + seat_change, waitlist_left = waitlist_left + left_waitlist,
                                  waitlist_issued = greatest(waitlist_issued, coalesce(new.waitlist_number, 0))
            where tenant_id = new.tenant_id and id = new.masterclass_id;
         end if;
         return null;
       end $$`,
      `create trigger registration_seat_counts after insert or update of status on registration
         for each row execute function app_masterclass_seat_counts()`,
      `create or replace view public_masterclass with (security_barrier) as
         select m.tenant_id, m.id, m.slug, m.title, m.description, m.starts_at, m.duration_minutes, m.time_zone, m.capacity,
                m.price_cents, m.currency, m.registration_deadline, m.status, coalesce(u.name, '') as host_name, m.seats_taken
           from masterclass m
           left join app_user u on u.id = m.host_user_id
          where m.status <> 'DRAFT'`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
    await queryRunner.query(ADMIT);
    await queryRunner.query(`revoke execute on function public.${ADMIT_SIGNATURE} from public`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop function public.${ADMIT_SIGNATURE}`);
    await queryRunner.query(`create or replace view public_masterclass with (security_barrier) as
         select m.tenant_id, m.id, m.slug, m.title, m.description, m.starts_at, m.duration_minutes, m.time_zone, m.capacity,
                m.price_cents, m.currency, m.registration_deadline, m.status, coalesce(u.name, '') as host_name,
                (select count(*)::int from registration r
                  where r.tenant_id = m.tenant_id and r.masterclass_id = m.id and r.status in ('CONFIRMED', 'PENDING_PAYMENT')) as seats_taken
           from masterclass m
           left join app_user u on u.id = m.host_user_id
          where m.status <> 'DRAFT'`);
    await queryRunner.query('drop trigger registration_seat_counts on registration');
    await queryRunner.query('drop function app_masterclass_seat_counts()');
    await queryRunner.query('alter table masterclass drop column seats_taken, drop column waitlist_issued, drop column waitlist_left');
  }
}
