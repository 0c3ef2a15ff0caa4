import { MigrationInterface, QueryRunner } from 'typeorm';

export class OperationAccess1764100000000 implements MigrationInterface {
  name = 'OperationAccess1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The access check and the tenant switch as one statement of the operation's transaction. It runs with the
    // caller's rights (not SECURITY DEFINER): the membership read goes through row level security like any other,
    // seeing only the user's own rows, and the practice is set only once the membership is found.
    await queryRunner.query(`
      create function app_enter_practice(practice uuid, person uuid) returns text
      language plpgsql volatile
      set search_path = public, pg_temp
      as $$
      declare
        found_role text;
      begin
        perform set_config('app.user_id', person::text, true);
        perform set_config('app.tenant_id', '', true);
        select m.role into found_role from membership m where m.tenant_id = practice and m.user_id = person;
        if found_role is not null then
          perform set_config('app.tenant_id', practice::text, true);
        end if;
        return found_role;
      end
      $$`);
    // A sign-in (or a failed one) is recorded in every practice of the person in one statement: the one write
    // across practices, limited to sign-in events of practices the user (app.user_id) belongs to.
    await queryRunner.query(`
      create policy audit_event_own_sign_in on audit_event for insert
        with check (
          action in ('SIGNED_IN', 'SIGN_IN_FAILED')
          and exists (select 1 from membership m
                       where m.tenant_id = audit_event.tenant_id
                         and m.user_id = nullif(current_setting('app.user_id', true), '')::uuid))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop policy audit_event_own_sign_in on audit_event');
    await queryRunner.query('drop function app_enter_practice(uuid, uuid)');
  }
}
