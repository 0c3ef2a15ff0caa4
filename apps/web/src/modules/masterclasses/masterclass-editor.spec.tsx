import { fireEvent, screen, waitFor } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { masterclassData, team } from './masterclass-fixtures';
import { renderRoute } from '../../testing/render-route';

let fetchStub: ReturnType<typeof stubFetch>;

// The time zone list scrolls its chosen option into view, which jsdom does not implement.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

function renderEditor(path: string, answers: Record<string, OperationAnswer>) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
    Team: { team },
    MasterclassRegistrations: { masterclassRegistrations: { total: 0, nextCursor: null, registrations: [] } },
    ...answers,
  });
  return renderRoute(path);
}

const field = (label: RegExp) => screen.getByLabelText(label, { selector: 'input' });
const setValue = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
const lastVariables = (operation: string) => requests(fetchStub).filter((r) => r.operationName === operation).at(-1)?.variables;

describe('the masterclass form', () => {
  it('sends a London summer time as its UTC instant, and shows a refused address under its field without losing anything', async () => {
    let attempts = 0;
    const { user } = renderEditor('/app/masterclasses/new', {
      CreateMasterclass: (request) => {
        attempts += 1;
        if (attempts === 1) {
          return graphQLError('CONFLICT', 'Another masterclass already has the address "leading"', [{ field: 'input.slug', message: 'is already used by another masterclass' }]);
        }
        return graphQLAnswer({ createMasterclass: masterclassData({ ...(request.variables.input as object), status: 'DRAFT', seatsTaken: 0 }) });
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'New masterclass' })).toBeInTheDocument();
    await fill(user, screen.getByRole('textbox', { name: /^Title/ }), 'Leading without fixing');
    await fill(user, screen.getByRole('textbox', { name: /^Address/ }), 'leading');
    const zone = screen.getByRole('combobox', { name: /^Time zone/ });
    await fill(user, zone, 'London');
    // The dropdown's opening transition never ends in jsdom, so its options stay hidden to the accessibility tree.
    await user.click(await screen.findByRole('option', { name: 'Europe/London', hidden: true }));
    setValue(field(/^Day/), '2027-07-15');
    setValue(field(/^Start time/), '18:00');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText('Is already used by another masterclass')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Address/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Leading without fixing');
    expect(field(/^Start time/)).toHaveValue('18:00');
    expect(zone).toHaveValue('Europe/London');

    await fill(user, screen.getByRole('textbox', { name: /^Address/ }), 'leading-summer');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Leading without fixing' })).toBeInTheDocument();
    expect(lastVariables('CreateMasterclass')).toEqual({
      input: {
        title: 'Leading without fixing',
        slug: 'leading-summer',
        description: '',
        startsAt: '2027-07-15T17:00:00.000Z',
        durationMinutes: 60,
        timeZone: 'Europe/London',
        capacity: 30,
        price: null,
        registrationDeadline: null,
        joinUrl: '',
        replayUrl: '',
        hostUserId: 'u-maren',
      },
    });
  });

  it('refuses a time the clocks skip, before asking the API', async () => {
    const { user } = renderEditor('/app/masterclasses/mc-1/edit', { CoachMasterclass: { masterclass: masterclassData() } });

    setValue(await screen.findByLabelText(/^Day/, { selector: 'input' }), '2027-03-28');
    setValue(field(/^Start time/), '01:30');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('01:30 does not exist on 2027-03-28 in Europe/London: the clocks go forward then')).toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('UpdateMasterclass');
  });

  it("opens a masterclass on its zone's clocks, shows the API's capacity refusal on Capacity, then saves a paid change", async () => {
    let attempts = 0;
    const { user } = renderEditor('/app/masterclasses/mc-1/edit', {
      CoachMasterclass: { masterclass: masterclassData() },
      UpdateMasterclass: (request) => {
        attempts += 1;
        if (attempts === 1) {
          return graphQLError('BAD_USER_INPUT', 'Invalid input', [{ field: 'input.capacity', message: 'must be at least 12: 12 seats are already taken' }]);
        }
        return graphQLAnswer({ updateMasterclass: masterclassData(request.variables.input as Record<string, unknown>) });
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Edit masterclass' })).toBeInTheDocument();
    expect(field(/^Day/)).toHaveValue('2027-07-15');
    expect(field(/^Start time/)).toHaveValue('18:00');
    expect(screen.getByRole('combobox', { name: /^Time zone/ })).toHaveValue('Europe/London');

    await fill(user, screen.getByRole('textbox', { name: /^Title/ }), 'Leading without fixing, again');
    await fill(user, screen.getByRole('textbox', { name: /^Capacity/ }), '10');
    await user.click(screen.getByRole('radio', { name: 'Paid' }));
    await fill(user, screen.getByRole('textbox', { name: /^Price/ }), '25.50');
    await fill(user, screen.getByRole('textbox', { name: /^Currency/ }), 'gbp');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Must be at least 12: 12 seats are already taken')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Capacity/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Leading without fixing, again');
    expect(screen.getByRole('textbox', { name: /^Price/ })).toHaveValue('25.50');

    await fill(user, screen.getByRole('textbox', { name: /^Capacity/ }), '12');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Leading without fixing, again' })).toBeInTheDocument();
    expect(lastVariables('UpdateMasterclass')).toMatchObject({
      input: { id: 'mc-1', capacity: 12, startsAt: '2027-07-15T17:00:00.000Z', price: { amountCents: 2550, currency: 'GBP' }, hostUserId: 'u-maren' },
    });
  });

  it('previews the description as the API renders it', async () => {
    const { user } = renderEditor('/app/masterclasses/new', {
      MasterclassDescriptionPreview: (request) =>
        graphQLAnswer({ masterclassDescriptionPreview: `<p>Rendered: <strong>${String(request.variables.markdown).replaceAll('*', '')}</strong></p>` }),
    });

    await fill(user, await screen.findByRole('textbox', { name: 'Description (Markdown)' }), '**Bring a real case**');
    await user.click(screen.getByRole('tab', { name: 'Preview' }));

    expect(await screen.findByText('Bring a real case', { selector: 'strong' })).toBeInTheDocument();
    await waitFor(() => expect(lastVariables('MasterclassDescriptionPreview')).toEqual({ markdown: '**Bring a real case**' }));
  });
});
