import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { ADD_TO_COUNTER, Counted, waitingTime } from './counters';
import { TenantDatabase } from './tenant-database';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

export interface Allowance {
  /** What is counted and against whom, e.g. `invitations:<practice id>`. */
  key: string;
  perHour: number;
  perDay: number;
  /** The refusal's words: "This practice has sent its 20 invitations for this hour". */
  spent: (limit: number, window: 'hour' | 'day') => string;
}

/**
 * Mail a person can make Ascend send (invitations, confirmation mails) is counted in the transaction of the change
 * that sends it, on a counter row locked until that transaction ends: a change that rolls back (a refusal included)
 * counts nothing, and each mail of a request counts, so neither aliases nor racing requests multiply them.
 */
@Injectable()
export class SendAllowances {
  constructor(private readonly db: TenantDatabase) {}

  async spend(allowance: Allowance): Promise<void> {
    for (const [window, ms, limit] of [['hour', HOUR_MS, allowance.perHour], ['day', DAY_MS, allowance.perDay]] as const) {
      const [counted]: Counted[] = await this.db.manager.query(ADD_TO_COUNTER, [`send:${allowance.key}:${window}`, 1, ms, limit]);
      if (counted.hits > limit) {
        throw new DomainError('TOO_MANY_REQUESTS', `${allowance.spent(limit, window)}: try again in ${waitingTime(counted.seconds_left)}`);
      }
    }
  }
}
