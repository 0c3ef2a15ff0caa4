import { MigrationInterface, QueryRunner } from 'typeorm';

/** The one write across practices: these actions, in practices of the person the transaction names. */
export const ACROSS_PRACTICES = (actions: string[]) => `
  create policy audit_event_own_account on audit_event for insert
    with check (
      action in (${actions.map((action) => `'${action}'`).join(', ')})
      and exists (select 1 from membership m
                   where m.tenant_id = audit_event.tenant_id
                     and m.user_id = nullif(current_setting('app.user_id', true), '')::uuid))`;

/**
 * What a person does to their own account is recorded in every practice they belong to, in one statement: a sign-in
 * (or a failed one), and now a changed password or sign-in address. It stays the one write across practices, limited
 * to these actions and to practices of the person the transaction names (app.user_id).
 */
export class AccountAudit1765400000000 implements MigrationInterface {
  name = 'AccountAudit1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('drop policy audit_event_own_sign_in on audit_event');
    await queryRunner.query(ACROSS_PRACTICES(['SIGNED_IN', 'SIGN_IN_FAILED', 'PASSWORD_CHANGED', 'EMAIL_CHANGED']));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`delete from audit_event where action in ('PASSWORD_CHANGED', 'EMAIL_CHANGED')`);
    await queryRunner.query('drop policy audit_event_own_account on audit_event');
    await queryRunner.query(ACROSS_PRACTICES(['SIGNED_IN', 'SIGN_IN_FAILED']).replace('audit_event_own_account', 'audit_event_own_sign_in'));
  }
}
