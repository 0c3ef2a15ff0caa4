import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePractice1763700000000 implements MigrationInterface {
  name = 'CreatePractice1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The practice is the tenant itself, so it has no tenant_id; its public profile is read by slug before anyone signs in.
    await queryRunner.query(`
      create table practice (
        id uuid primary key default gen_random_uuid(),
        slug text not null,
        name text not null,
        tagline text not null default '',
        coach_name text not null default '',
        coach_bio text not null default '',
        time_zone text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint practice_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) between 3 and 63),
        constraint practice_name_length check (length(name) between 1 and 120)
      )`);
    await queryRunner.query('create unique index practice_slug_key on practice (slug)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table practice');
  }
}
