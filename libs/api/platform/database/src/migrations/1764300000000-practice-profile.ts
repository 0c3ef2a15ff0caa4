import { MigrationInterface, QueryRunner } from 'typeorm';

const MEMBER = `id = nullif(current_setting('app.tenant_id', true), '')::uuid`;

export class PracticeProfile1764300000000 implements MigrationInterface {
  name = 'PracticeProfile1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Anyone may read a practice's public page, and only that: the view names its columns, so a private column
    // added to practice later is not exposed. The table itself is readable only inside the practice.
    await queryRunner.query('drop policy practice_public_read on practice');
    await queryRunner.query(`create policy practice_member_read on practice for select using (${MEMBER})`);
    // The view reads practice as its owner (this role), which row level security also binds (forced): this
    // policy lets the owner, and so the view, see every practice.
    await queryRunner.query('create policy practice_owner_read on practice for select to current_user using (true)');
    await queryRunner.query(`
      create view practice_profile with (security_barrier) as
        select id, slug, name, tagline, coach_name, coach_bio, time_zone from practice`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop view practice_profile');
    await queryRunner.query('drop policy practice_owner_read on practice');
    await queryRunner.query('drop policy practice_member_read on practice');
    await queryRunner.query('create policy practice_public_read on practice for select using (true)');
  }
}
