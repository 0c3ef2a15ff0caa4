import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { passwordMatches } from '../people/password-hasher';

export interface ProvenPerson {
  email: string;
  name: string;
  passwordMatches: boolean;
}

/** The signed-in person's own row, and whether a password is theirs: the proof every change of an account asks for. */
@Injectable()
export class OwnAccount {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * Locks the row, so the check and the change that follows see the same password and address. The access check
   * began the operation's transaction, so the hash is checked on its one connection, never waiting for another.
   */
  async checkPassword(userId: string, password: string): Promise<ProvenPerson> {
    const [row]: { email: string; name: string; password_hash: string }[] = await this.db.manager.query(
      'select email, name, password_hash from app_user where id = $1 for update',
      [userId],
    );
    if (!row) throw new DomainError('UNAUTHENTICATED', 'Your account no longer exists: sign in again');
    return { email: row.email, name: row.name, passwordMatches: await passwordMatches(row.password_hash, password) };
  }
}
