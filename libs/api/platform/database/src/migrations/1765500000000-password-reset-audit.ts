import { MigrationInterface, QueryRunner } from 'typeorm';
import { ACROSS_PRACTICES } from './1765400000000-account-audit';

const BEFORE = ['SIGNED_IN', 'SIGN_IN_FAILED', 'PASSWORD_CHANGED', 'EMAIL_CHANGED'];

/**
 * A password set through an emailed reset link is recorded in every practice of the person too, like a password
 * changed while signed in: the reset link runs as the link's person (app.user_id), so the same policy admits it.
 */
export class PasswordResetAudit1765500000000 implements MigrationInterface {
  name = 'PasswordResetAudit1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop policy audit_event_own_account on audit_event');
    await queryRunner.query(ACROSS_PRACTICES([...BEFORE, 'PASSWORD_RESET']));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`delete from audit_event where action = 'PASSWORD_RESET'`);
    await queryRunner.query('drop policy audit_event_own_account on audit_event');
    await queryRunner.query(ACROSS_PRACTICES(BEFORE));
  }
}
