import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionAccess1764200000000 implements MigrationInterface {
  name = 'SessionAccess1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Every signed-in request's one access check, as one statement of its own transaction: the session the access
    // token names must still be live (not signed out, not ended by a password reset, not expired), then the person
    // is set, and the practice only where they are a member. Returns null for an ended session, '' for a live one
    // without a role in that practice (or none asked), else the role. Runs with the caller's rights, so the reads
    // go through row level security like any other (the person is set before the session row is read).
    await queryRunner.query(`
      create function app_enter(practice uuid, person uuid, session uuid) returns text
      language plpgsql volatile
      set search_path = public, pg_temp
      as $$
      declare
        found_role text;
      begin
        perform set_config('app.user_id', person::text, true);
        perform set_config('app.tenant_id', '', true);
        if not exists (select 1 from refresh_token t
                        where t.family_id = session and t.user_id = person
                          and t.revoked_at is null and t.expires_at > now()) then
          perform set_config('app.user_id', '', true);
          return null;
        end if;
        if practice is null then
          return '';
        end if;
        select m.role into found_role from membership m where m.tenant_id = practice and m.user_id = person;
        if found_role is not null then
          perform set_config('app.tenant_id', practice::text, true);
        end if;
        return coalesce(found_role, '');
      end
      $$`);
    await queryRunner.query('drop function app_enter_practice(uuid, uuid)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
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
    await queryRunner.query('drop function app_enter(uuid, uuid, uuid)');
  }
}
