import { MigrationInterface, QueryRunner } from 'typeorm';

/** Definer functions of this migration, granted to the application role (application-role.ts). */
export const ACCOUNT_FUNCTIONS = {
  forgetInAudit: 'app_forget_account_in_audit(uuid, text)',
  onlyOwnedBy: 'app_practices_only_owned_by(uuid)',
};

/**
 * Accounts people run themselves. A change of address waits, as an email token, for the new address to confirm it
 * (the token keeps the address it is for). A deleted account stays in every practice's audit trail only as "a
 * deleted person": its address and IP leave the rows, flags say whose they were. The rows of practices the person
 * already left are theirs too, so the forgetting runs as the owner, in one function that names the person.
 */
export class Accounts1765300000000 implements MigrationInterface {
  name = 'Accounts1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `alter table email_token drop constraint email_token_purpose`,
      `alter table email_token add constraint email_token_purpose check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL'))`,
      `alter table email_token add column new_email text
         constraint email_token_new_email_format check (new_email = lower(new_email) and new_email like '%_@_%'),
         add constraint email_token_change_has_address check ((purpose = 'CHANGE_EMAIL') = (new_email is not null))`,
      // The viewer's pending address and "earlier links stop working" look up a person's live tokens on every sign-in.
      `create index email_token_live_by_user on email_token (user_id, purpose) where used_at is null`,
      `alter table audit_event add column actor_deleted boolean not null default false, add column target_deleted boolean not null default false`,
      // Filtering the trail by person and by action, newest first, without reading the whole practice's history.
      `create index audit_event_action_recent on audit_event (tenant_id, action, created_at desc)`,
      `create policy audit_event_owner_forgets on audit_event for all to current_user using (true) with check (true)`,
      `create function public.app_forget_account_in_audit(person uuid, address text) returns void
       language sql volatile security definer set search_path = pg_catalog, pg_temp
       as $$
         update public.audit_event
            set actor_email = null, ip = null, actor_deleted = true
          where actor_user_id = person or actor_email = address;
         update public.audit_event
            set target_email = null, target_deleted = true
          where target_email = address;
       $$`,
      // Leaving and deleting are refused while the person is a practice's last owner; the other owners are in rows
      // of practices the request is not scoped to (membership_owner_reads lets the owner read them).
      `create function public.app_practices_only_owned_by(person uuid) returns table (practice_id uuid, practice_name text)
       language sql stable security definer set search_path = pg_catalog, pg_temp
       as $$
         select m.tenant_id, p.name
           from public.membership m join public.practice p on p.id = m.tenant_id
          where m.user_id = person and m.role = 'OWNER'
            and not exists (select 1 from public.membership o where o.tenant_id = m.tenant_id and o.role = 'OWNER' and o.user_id <> person)
          order by p.name
       $$`,
      ...Object.values(ACCOUNT_FUNCTIONS).map((fn) => `revoke execute on function public.${fn} from public`),
    ];
    for (const sql of statements) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      ...Object.values(ACCOUNT_FUNCTIONS).map((fn) => `drop function public.${fn}`),
      `drop policy audit_event_owner_forgets on audit_event`,
      `drop index audit_event_action_recent`,
      `alter table audit_event drop column target_deleted, drop column actor_deleted`,
      `drop index email_token_live_by_user`,
      `delete from email_token where purpose = 'CHANGE_EMAIL'`,
      `alter table email_token drop constraint email_token_change_has_address, drop column new_email`,
      `alter table email_token drop constraint email_token_purpose`,
      `alter table email_token add constraint email_token_purpose check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD'))`,
    ];
    for (const sql of statements) await queryRunner.query(sql);
  }
}
