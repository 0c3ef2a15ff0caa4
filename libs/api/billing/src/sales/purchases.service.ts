import { Injectable } from '@nestjs/common';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { PurchaseLedger } from './purchase-ledger';
import { PurchaseRefunds } from './purchase-refunds';
import { PURCHASE_COLUMNS, PurchaseRow, purchaseFromRow } from './purchase-rows';
import { refundable } from './purchase-rules';
import type { Purchase, PurchaseList, SalesTotal } from './purchase.models';

export const MAX_PURCHASES = 500;

/** Money that came in: paid purchases, whether or not refunded since. */
const PAID = `status in ('PAID', 'REFUNDED', 'PARTIALLY_REFUNDED')`;

const purchaseNotFound = () => new DomainError('NOT_FOUND', 'No such purchase in this practice', [{ field: 'id', message: 'is not a purchase of this practice' }]);

/** The practice's sales as its owners and admins see them: purchases with totals per currency, and refunds. */
@Injectable()
export class PurchasesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly ledger: PurchaseLedger,
    private readonly refunds: PurchaseRefunds,
  ) {}

  /** The newest `first` purchases since `since`; the totals cover every purchase since then, however many are listed. */
  async list(since: Date | undefined, first: number): Promise<PurchaseList> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PURCHASES) throw new InvalidInputError([{ field: 'first', message: `must be between 1 and ${MAX_PURCHASES}` }]);
    const practiceId = this.context.practiceId;
    const rows: PurchaseRow[] = await this.db.manager.query(
      `select ${PURCHASE_COLUMNS} from purchase where tenant_id = $1 and ($2::timestamptz is null or created_at >= $2) order by created_at desc, id limit $3`,
      [practiceId, since ?? null, first],
    );
    const totals: SalesTotal[] = await this.db.manager.query(
      `select currency, coalesce(sum(amount_cents), 0)::int as "paidCents", coalesce(sum(refunded_cents), 0)::int as "refundedCents",
              coalesce(sum(amount_cents - refunded_cents), 0)::int as "netCents", count(*)::int as purchases
         from purchase where tenant_id = $1 and ($2::timestamptz is null or created_at >= $2) and ${PAID}
        group by currency order by currency`,
      [practiceId, since ?? null],
    );
    return { purchases: rows.map(purchaseFromRow), totals };
  }

  /** Refunds a paid purchase in full; a refunded seat is cancelled and goes to the waitlist. */
  async refund(id: string): Promise<Purchase> {
    const purchase = await this.ledger.byId(id);
    if (!purchase) throw purchaseNotFound();
    if (!refundable(purchase.status)) {
      throw new DomainError('CONFLICT', `This purchase is ${purchase.status.toLowerCase().replace('_', ' ')}: only a paid purchase can be refunded`, [
        { field: 'id', message: 'is not a paid purchase' },
      ]);
    }
    const [practice]: { stripe_account_id: string | null }[] = await this.db.manager.query(`select stripe_account_id from practice where id = $1`, [this.context.practiceId]);
    if (!practice?.stripe_account_id) throw new DomainError('CONFLICT', 'The practice has no connected Stripe account to refund from', [{ field: 'id', message: 'cannot be refunded here' }]);
    return purchaseFromRow(await this.refunds.refundInFull(purchase, practice.stripe_account_id));
  }
}
