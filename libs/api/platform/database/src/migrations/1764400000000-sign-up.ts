import { MigrationInterface, QueryRunner } from 'typeorm';

const FUNCTIONS = ['app_sign_up_to_mail(uuid, text)', 'app_take_sign_up(text)', 'app_forget_expired_sign_ups()'];

/**
 * A sign-up waits here until its address is confirmed: only then do the account, the practice and the session
 * start, so signing up with an address that has an account answers exactly like a new one (the mail tells the
 * difference, to the owner of the address). The application role may add a sign-up and nothing else; it reaches
 * one only through the functions below, by the id its job was given or by the hash of the link's token.
 */
export class SignUp1764400000000 implements MigrationInterface {
  name = 'SignUp1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table sign_up (
        id uuid primary key,
        email text not null constraint sign_up_email_format check (email = lower(email) and email like '%_@_%'),
        name text not null constraint sign_up_name_length check (length(name) between 1 and 120),
        password_hash text not null,
        practice_name text not null constraint sign_up_practice_name_length check (length(practice_name) between 1 and 120),
        practice_slug text not null,
        time_zone text not null,
        token_hash text,
        expires_at timestamptz not null,
        created_at timestamptz not null default now()
      )`);
    await queryRunner.query('create unique index sign_up_token_hash_key on sign_up (token_hash)');
    await queryRunner.query('create index sign_up_email_idx on sign_up (email)');
    await queryRunner.query('alter table sign_up enable row level security');
    await queryRunner.query('alter table sign_up force row level security');
    await queryRunner.query('create policy sign_up_anyone_adds on sign_up for insert with check (true)');
    // The owner (these functions) sees every row; the application role sees none.
    await queryRunner.query('create policy sign_up_owner on sign_up to current_user using (true) with check (true)');

    // The mail job: gives the sign-up its link's token (a retry replaces it), drops the address's older sign-ups,
    // and says whether the address already has an account, in which case the sign-up itself is dropped too.
    await queryRunner.query(`
      create function public.app_sign_up_to_mail(sign_up_id uuid, new_token_hash text)
      returns table (email text, name text, has_account boolean)
      language plpgsql volatile
      security definer
      set search_path = pg_catalog, pg_temp
      as $$
      declare
        found public.sign_up;
      begin
        update public.sign_up s set token_hash = new_token_hash
         where s.id = sign_up_id and s.expires_at > now()
        returning s.* into found;
        if found.id is null then
          return;
        end if;
        delete from public.sign_up s where s.email = found.email and s.id <> found.id and s.created_at <= found.created_at;
        has_account := exists (select 1 from public.app_user u where u.email = found.email);
        if has_account then
          delete from public.sign_up s where s.id = found.id;
        end if;
        email := found.email;
        name := found.name;
        return next;
      end
      $$`);
    // The confirmation: spends the link (the row goes, password hash and all) and hands back what it carried.
    // A confirmation that then fails rolls back, and the link works again.
    await queryRunner.query(`
      create function public.app_take_sign_up(presented_token_hash text)
      returns table (email text, name text, password_hash text, practice_name text, practice_slug text, time_zone text)
      language sql volatile
      security definer
      set search_path = pg_catalog, pg_temp
      as $$
        delete from public.sign_up s
         where s.token_hash = presented_token_hash and s.expires_at > now()
        returning s.email, s.name, s.password_hash, s.practice_name, s.practice_slug, s.time_zone
      $$`);
    // The hourly clean-up: an expired sign-up is of no use and holds a password hash.
    await queryRunner.query(`
      create function public.app_forget_expired_sign_ups() returns void
      language sql volatile
      security definer
      set search_path = pg_catalog, pg_temp
      as $$ delete from public.sign_up where expires_at <= now() $$`);
    for (const fn of FUNCTIONS) await queryRunner.query(`revoke execute on function public.${fn} from public`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of FUNCTIONS) await queryRunner.query(`drop function public.${fn}`);
    await queryRunner.query('drop table sign_up');
  }
}
