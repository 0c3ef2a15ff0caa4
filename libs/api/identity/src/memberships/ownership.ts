import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@ascend/platform/tenancy';

export interface OwnedPractice {
  practiceId: string;
  practiceName: string;
}

/** A practice always keeps an owner: who is the last one where, for leaving a practice and deleting an account. */
@Injectable()
export class Ownership {
  constructor(private readonly db: TenantDatabase) {}

  /** Practices where `userId` is the only owner, by name. */
  async practicesOnlyOwnedBy(userId: string): Promise<OwnedPractice[]> {
    const rows: { practice_id: string; practice_name: string }[] = await this.db.manager.query('select * from app_practices_only_owned_by($1)', [userId]);
    return rows.map((r) => ({ practiceId: r.practice_id, practiceName: r.practice_name }));
  }

  /**
   * "Dana Whitlock, Sam Ortiz": the admins and coaches the last owner could make owner (clients run no practice);
   * empty when there are none. Runs in the practice's scope.
   */
  async possibleSuccessors(practiceId: string, userId: string): Promise<string[]> {
    const rows: { name: string }[] = await this.db.manager.query(
      `select u.name from membership m join app_user u on u.id = m.user_id
        where m.tenant_id = $1 and m.user_id <> $2 and m.role in ('ADMIN', 'COACH')
        order by case m.role when 'ADMIN' then 0 else 1 end, u.name
        limit 3`,
      [practiceId, userId],
    );
    return rows.map((r) => r.name);
  }
}
