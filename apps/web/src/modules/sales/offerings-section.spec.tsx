import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, type OperationAnswer, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { rememberSignedIn } from '../../testing/session';
import { accountData, monthlyOffering, offeringData, ownerSession, team } from './sales-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

function renderSales(answers: Record<string, OperationAnswer>) {
  answerOperations(fetchStub, {
    ...ownerSession,
    SalesAccount: { salesAccount: accountData() },
    SalesPurchases: { purchases: { purchases: [], totals: [] } },
    Team: { team },
    ...answers,
  });
  return renderRoute('/app/sales');
}

/** The API's packages, kept as it would: what updateOffering saved, the next SalesOfferings answers. */
function savedOfferings(initial: ReturnType<typeof offeringData>[], saved: ReturnType<typeof offeringData>): Record<string, OperationAnswer> {
  let offerings = initial;
  return {
    SalesOfferings: () => graphQLAnswer({ offerings }),
    UpdateOffering: () => {
      offerings = offerings.map((offering) => (offering.id === saved.id ? saved : offering));
      return graphQLAnswer({ updateOffering: saved });
    },
  };
}

const row = async (title: string) => within((await screen.findByText(title)).closest('tr') as HTMLElement);
const sent = (operation: string) => requests(fetchStub).filter((r) => r.operationName === operation).map((r) => r.variables);
const dialog = async () => within(await screen.findByRole('dialog'));

describe('the sales page’s packages', () => {
  it('lists each package with its price and billing, its coach, whether it is on sale and its public page', async () => {
    renderSales({ SalesOfferings: { offerings: [offeringData(), monthlyOffering, offeringData({ id: 'off-3', slug: 'retired', title: 'Retired intensive', active: false })] } });

    const accelerator = await row('12-month leadership accelerator');
    expect(accelerator.getByText('USD 4,800 once')).toBeInTheDocument();
    expect(accelerator.getByText('Runs 12 months')).toBeInTheDocument();
    expect(accelerator.getByText('Maren Okafor')).toBeInTheDocument();
    expect(accelerator.getByRole('switch', { name: '12-month leadership accelerator on sale' })).toBeChecked();
    expect(accelerator.getByRole('link', { name: 'Public page of 12-month leadership accelerator' })).toHaveAttribute('href', '/p/ridgeline/packages/leadership-accelerator');
    const circle = await row('New manager circle');
    expect(circle.getByText('USD 400 a month for 12 months')).toBeInTheDocument();
    expect(circle.getByText('Assigned after each purchase')).toBeInTheDocument();
    const retired = await row('Retired intensive');
    expect(retired.getByRole('switch', { name: 'Retired intensive on sale' })).not.toBeChecked();
    expect(retired.queryByRole('link')).not.toBeInTheDocument();
  });

  it('creates a package with the price in cents, its currency, billing, months and coach', async () => {
    let created = false;
    const { user } = renderSales({
      SalesOfferings: () => graphQLAnswer({ offerings: created ? [monthlyOffering] : [] }),
      CreateOffering: () => {
        created = true;
        return graphQLAnswer({ createOffering: monthlyOffering });
      },
    });

    expect(await screen.findByText(/No package yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New package' }));
    const form = await dialog();
    await fill(user, form.getByRole('textbox', { name: /^Title/ }), 'New manager circle');
    await fill(user, form.getByRole('textbox', { name: /^Description/ }), 'Monthly **group** coaching.');
    await fill(user, form.getByRole('textbox', { name: /^Price/ }), '1,250.50');
    await user.selectOptions(form.getByRole('combobox', { name: 'Currency' }), 'EUR');
    await user.click(form.getByRole('radio', { name: 'Monthly payments' }));
    await fill(user, form.getByRole('textbox', { name: /^Months/ }), '6');
    await user.selectOptions(await form.findByRole('combobox', { name: /^Coach/ }), 'Tomás Reyes');
    expect(form.getByText('Buyers see: EUR 1,250.50 a month for 6 months')).toBeInTheDocument();
    expect(form.getByRole('combobox', { name: /^Coach/ })).not.toHaveTextContent('Ada Lovelace');
    await user.click(form.getByRole('button', { name: 'Create package' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('New manager circle')).toBeInTheDocument();
    expect(sent('CreateOffering')).toEqual([
      {
        input: {
          title: 'New manager circle',
          description: 'Monthly **group** coaching.',
          priceCents: 125050,
          currency: 'eur',
          billing: 'MONTHLY',
          months: 6,
          coachUserId: 'u-tomas',
        },
      },
    ]);
  });

  it('asks for a price before sending anything', async () => {
    const { user } = renderSales({ SalesOfferings: { offerings: [] } });

    await user.click(await screen.findByRole('button', { name: 'New package' }));
    const form = await dialog();
    await fill(user, form.getByRole('textbox', { name: /^Title/ }), 'Leadership accelerator');
    await fill(user, form.getByRole('textbox', { name: /^Price/ }), 'a lot');
    await user.click(form.getByRole('button', { name: 'Create package' }));

    expect(form.getByText('Enter the price, e.g. 4800 or 400.50')).toBeInTheDocument();
    expect(sent('CreateOffering')).toEqual([]);
  });

  it('shows what the API refused under its field and keeps what was typed', async () => {
    const { user } = renderSales({
      SalesOfferings: { offerings: [] },
      CreateOffering: () => graphQLError('BAD_USER_INPUT', 'The package was not saved', [{ field: 'input.slug', message: 'is already used by another package' }]),
    });

    await user.click(await screen.findByRole('button', { name: 'New package' }));
    const form = await dialog();
    await fill(user, form.getByRole('textbox', { name: /^Title/ }), 'Leadership accelerator');
    await fill(user, form.getByRole('textbox', { name: /^Address/ }), 'leadership-accelerator');
    await fill(user, form.getByRole('textbox', { name: /^Price/ }), '4800');
    await user.click(form.getByRole('button', { name: 'Create package' }));

    expect(await form.findByText('Is already used by another package')).toBeInTheDocument();
    expect(form.getByRole('textbox', { name: /^Address/ })).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByRole('textbox', { name: /^Title/ })).toHaveValue('Leadership accelerator');
    expect(sent('CreateOffering')).toEqual([
      { input: { title: 'Leadership accelerator', slug: 'leadership-accelerator', description: '', priceCents: 480000, currency: 'usd', billing: 'ONE_TIME', months: 12 } },
    ]);
  });

  it('edits a package; its address, currency and billing stay as sold', async () => {
    const { user } = renderSales(savedOfferings([offeringData()], offeringData({ priceCents: 520000, coachUserId: null, coachName: null })));

    await user.click((await row('12-month leadership accelerator')).getByRole('button', { name: 'Edit 12-month leadership accelerator' }));
    const form = await dialog();
    expect(form.getByRole('textbox', { name: /^Price/ })).toHaveValue('4800');
    expect(form.getByRole('textbox', { name: /^Address/ })).toBeDisabled();
    expect(form.getByRole('combobox', { name: 'Currency' })).toBeDisabled();
    expect(form.getByRole('radio', { name: 'One payment' })).toBeDisabled();
    await fill(user, form.getByRole('textbox', { name: /^Price/ }), '5200');
    await user.selectOptions(form.getByRole('combobox', { name: /^Coach/ }), 'No coach: assign one after each purchase');
    await user.click(form.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await row('12-month leadership accelerator')).getByText('USD 5,200 once')).toBeInTheDocument();
    expect(sent('UpdateOffering')).toEqual([
      {
        input: {
          id: 'off-1',
          title: '12-month leadership accelerator',
          description: 'Twelve months of **fortnightly** sessions.',
          priceCents: 520000,
          months: 12,
          coachUserId: null,
        },
      },
    ]);
  });

  it('takes a package off sale with its switch', async () => {
    const { user } = renderSales(savedOfferings([offeringData()], offeringData({ active: false })));

    await user.click((await row('12-month leadership accelerator')).getByRole('switch', { name: '12-month leadership accelerator on sale' }));

    expect(await (await row('12-month leadership accelerator')).findByText('Not on sale: its page says so')).toBeInTheDocument();
    expect((await row('12-month leadership accelerator')).getByRole('switch')).not.toBeChecked();
    expect(sent('UpdateOffering')).toEqual([{ input: { id: 'off-1', active: false } }]);
  });
});
