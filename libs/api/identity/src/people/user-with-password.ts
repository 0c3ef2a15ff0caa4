import type { EntityManager } from 'typeorm';
import { User } from './user.entity';

/** The account with that (normalised) email including its password hash, which ordinary reads never load. */
export function findUserWithPasswordHash(manager: EntityManager, email: string): Promise<User | null> {
  return manager.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
}
