import { MigrationInterface, QueryRunner } from 'typeorm';

/** Counters for rate limits, shared by every API process (an in-memory counter would be per process). */
export class RateLimit1763900000000 implements MigrationInterface {
  name = 'RateLimit1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table rate_limit (
        key text primary key,
        hits int not null,
        window_ends_at timestamptz not null,
        blocked_until timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop table rate_limit');
  }
}
