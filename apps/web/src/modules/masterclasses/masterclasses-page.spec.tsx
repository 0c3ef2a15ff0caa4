import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch } from '../../testing/fetch-stub';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { clockTime, masterclassData } from './masterclass-fixtures';
import { renderRoute } from '../../testing/render-route';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const tokyo = masterclassData({
  id: 'mc-2',
  title: 'Deciding under pressure',
  startsAt: '2027-08-02T01:00:00.000Z',
  timeZone: 'Asia/Tokyo',
  status: 'DRAFT',
  seatsTaken: 0,
  price: { amountCents: 2500, currency: 'EUR' },
});
const full = masterclassData({ capacity: 12, seatsTaken: 12, waitlisted: 5 });
const past = masterclassData({ id: 'mc-0', title: 'The workhorse trap', startsAt: '2026-10-01T16:00:00.000Z', status: 'COMPLETED' });

const rowOf = (title: string) => screen.getByRole('link', { name: title }).closest('tr') as HTMLElement;

describe('the masterclasses page', () => {
  it('lists upcoming masterclasses with their time in the presenting zone, status, seats, waitlist and admission', async () => {
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
      CoachMasterclasses: (request) => graphQLAnswer({ masterclasses: request.variables.when === 'PAST' ? [past] : [full, tokyo] }),
    });
    const { user } = renderRoute('/app/masterclasses');

    expect(await screen.findByRole('heading', { level: 1, name: 'Masterclasses' })).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Leading without fixing' });
    const london = within(rowOf('Leading without fixing'));
    expect(london.getByText(new RegExp(`${clockTime(full.startsAt, 'Europe/London')} \\(Europe/London\\)$`))).toBeInTheDocument();
    expect(london.getByText('Published')).toBeInTheDocument();
    expect(london.getByText('12 of 12')).toBeInTheDocument();
    expect(london.getByText('5')).toBeInTheDocument();
    expect(london.getByText('Complimentary')).toBeInTheDocument();

    const draft = within(rowOf('Deciding under pressure'));
    expect(draft.getByText(new RegExp(`${clockTime(tokyo.startsAt, 'Asia/Tokyo')} \\(Asia/Tokyo\\)$`))).toBeInTheDocument();
    expect(draft.getByText('Draft')).toBeInTheDocument();
    expect(draft.getByText(/25\.00/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Deciding under pressure' })).toHaveAttribute('href', '/app/masterclasses/mc-2');
    expect(screen.getByRole('link', { name: 'New masterclass' })).toHaveAttribute('href', '/app/masterclasses/new');

    await user.click(screen.getByRole('tab', { name: 'Past' }));
    expect(await screen.findByRole('link', { name: 'The workhorse trap' })).toBeInTheDocument();
    expect(within(rowOf('The workhorse trap')).getByText('Completed')).toBeInTheDocument();
    expect(requests(fetchStub).filter((r) => r.operationName === 'CoachMasterclasses').map((r) => r.variables.when)).toEqual(['UPCOMING', 'PAST']);
  });

  it('says how to plan the first one when none is coming up', async () => {
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'OWNER')] }) },
      CoachMasterclasses: { masterclasses: [] },
    });
    renderRoute('/app/masterclasses');

    expect(await screen.findByText(/No masterclass coming up/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Plan one' })).toHaveAttribute('href', '/app/masterclasses/new');
  });
});
