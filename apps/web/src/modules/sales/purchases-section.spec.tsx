import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, type OperationAnswer, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { rememberSignedIn } from '../../testing/session';
import { accountData, ownerSession, purchaseData } from './sales-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const paid = purchaseData();
const seat = purchaseData({
  id: 'pur-2',
  kind: 'MASTERCLASS_SEAT',
  description: 'Seat: Lead without fixing everything',
  buyerName: 'Grace Hopper',
  buyerEmail: 'grace@example.com',
  amountCents: 4500,
  currency: 'eur',
  status: 'PARTIALLY_REFUNDED',
  refundedCents: 1500,
});
const expired = purchaseData({ id: 'pur-3', buyerName: 'Alan Turing', buyerEmail: 'alan@example.com', status: 'EXPIRED', paidAt: null });
const totals = [
  { currency: 'eur', paidCents: 4500, refundedCents: 1500, netCents: 3000, purchases: 1 },
  { currency: 'usd', paidCents: 480000, refundedCents: 0, netCents: 480000, purchases: 1 },
];

function renderSales(answers: Record<string, OperationAnswer>) {
  answerOperations(fetchStub, { ...ownerSession, SalesAccount: { salesAccount: accountData() }, SalesOfferings: { offerings: [] }, ...answers });
  return renderRoute('/app/sales');
}

const purchasesTable = async () => within(await screen.findByRole('table', { name: 'Purchases' }));
const rowOf = async (buyer: string) => within((await (await purchasesTable()).findByText(buyer)).closest('tr') as HTMLElement);
const sent = (operation: string) => requests(fetchStub).filter((r) => r.operationName === operation).map((r) => r.variables);
const DAY = 24 * 60 * 60_000;

describe('the sales page’s purchases', () => {
  it('shows the totals per currency and each purchase with its status, over the last 30 days', async () => {
    renderSales({ SalesPurchases: { purchases: { purchases: [paid, seat, expired], totals } } });

    const totalsTable = within(await screen.findByRole('table', { name: 'Totals' }));
    const usd = within(totalsTable.getByRole('rowheader', { name: 'USD' }).closest('tr') as HTMLElement);
    expect(usd.getAllByText('USD 4,800')).toHaveLength(2);
    expect(usd.getByText('USD 0')).toBeInTheDocument();
    const eur = within(totalsTable.getByRole('rowheader', { name: 'EUR' }).closest('tr') as HTMLElement);
    expect(eur.getByText('EUR 45')).toBeInTheDocument();
    expect(eur.getByText('EUR 15')).toBeInTheDocument();
    expect(eur.getByText('EUR 30')).toBeInTheDocument();

    const ada = await rowOf('Ada Lovelace');
    expect(ada.getByText('ada@example.com')).toBeInTheDocument();
    expect(ada.getByText('12-month leadership accelerator')).toBeInTheDocument();
    expect(ada.getByText('Paid')).toBeInTheDocument();
    expect(ada.getByRole('button', { name: 'Refund Ada Lovelace: 12-month leadership accelerator' })).toBeInTheDocument();
    const grace = await rowOf('Grace Hopper');
    expect(grace.getByText('Seat: Lead without fixing everything')).toBeInTheDocument();
    expect(grace.getByText('EUR 15 refunded')).toBeInTheDocument();
    expect(grace.getByText('Partly refunded')).toBeInTheDocument();
    const alan = await rowOf('Alan Turing');
    expect(alan.getByText('Expired')).toBeInTheDocument();
    expect(alan.queryByRole('button', { name: /Refund/ })).not.toBeInTheDocument();

    const [{ since }] = sent('SalesPurchases') as [{ since: string }];
    expect(Math.abs(Date.now() - 30 * DAY - Date.parse(since))).toBeLessThan(DAY);
  });

  it('asks again for the period chosen: 90 days, then all time', async () => {
    const { user } = renderSales({ SalesPurchases: { purchases: { purchases: [], totals: [] } } });

    expect(await screen.findByText('No purchase in this period.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Last 90 days');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'All time');

    await waitFor(() => expect(sent('SalesPurchases')).toHaveLength(3));
    const [, ninety, all] = sent('SalesPurchases') as { since: string | null }[];
    expect(Math.abs(Date.now() - 90 * DAY - Date.parse(ninety.since as string))).toBeLessThan(DAY);
    expect(all).toEqual({ since: null });
  });

  it('refunds what is left of a purchase after a confirmation, then shows the new status and totals', async () => {
    let refunded = false;
    const { user } = renderSales({
      SalesPurchases: () =>
        graphQLAnswer({
          purchases: refunded
            ? { purchases: [{ ...seat, status: 'REFUNDED', refundedCents: 4500 }], totals: [{ ...totals[0], refundedCents: 4500, netCents: 0 }] }
            : { purchases: [seat], totals: [totals[0]] },
        }),
      RefundPurchase: () => {
        refunded = true;
        return graphQLAnswer({ refundPurchase: { ...seat, status: 'REFUNDED', refundedCents: 4500 } });
      },
    });

    await user.click((await rowOf('Grace Hopper')).getByRole('button', { name: /^Refund/ }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Refund EUR 30 to Grace Hopper?' }));
    expect(dialog.getByText(/A refund cannot be taken back/)).toBeInTheDocument();
    expect(sent('RefundPurchase')).toEqual([]);
    await user.click(dialog.getByRole('button', { name: 'Refund EUR 30' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await (await rowOf('Grace Hopper')).findByText('Refunded')).toBeInTheDocument();
    expect((await rowOf('Grace Hopper')).queryByRole('button', { name: /^Refund/ })).not.toBeInTheDocument();
    const eur = within(screen.getByRole('rowheader', { name: 'EUR' }).closest('tr') as HTMLElement);
    expect(eur.getByText('EUR 0')).toBeInTheDocument();
    expect(sent('RefundPurchase')).toEqual([{ id: 'pur-2' }]);
  });

  it('keeps the payment when the owner changes their mind, and says why a refund failed', async () => {
    const { user } = renderSales({
      SalesPurchases: { purchases: { purchases: [paid], totals: [totals[1]] } },
      RefundPurchase: () => graphQLError('SERVICE_UNAVAILABLE', 'Stripe could not be reached: try again in a moment'),
    });

    await user.click((await rowOf('Ada Lovelace')).getByRole('button', { name: /^Refund/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Keep the payment' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent('RefundPurchase')).toEqual([]);

    await user.click((await rowOf('Ada Lovelace')).getByRole('button', { name: /^Refund/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Refund USD 4,800' }));

    expect(await screen.findByRole('alert', { name: 'Nothing was refunded' })).toHaveTextContent('Stripe could not be reached');
    expect((await rowOf('Ada Lovelace')).getByText('Paid')).toBeInTheDocument();
  });
});
