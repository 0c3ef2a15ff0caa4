import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { manageToken, myRegistration, publicMasterclass } from './masterclass-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const page = `/p/ridgeline/registrations/${manageToken}`;
const statusSection = () => within(screen.getByRole('region', { name: 'Ada Lovelace' }));

describe('managing my registration', () => {
  it('shows a confirmed seat with the join link, the calendar link and the time', async () => {
    answerOperations(fetchStub, { RegistrationByLink: { registrationByLink: myRegistration() } });
    renderRoute(page);

    expect(await screen.findByRole('heading', { level: 1, name: 'Lead without fixing everything' })).toBeInTheDocument();
    expect(statusSection().getByText('Confirmed')).toBeInTheDocument();
    expect(statusSection().getByRole('link', { name: 'Join the masterclass' })).toHaveAttribute('href', 'https://meet.example/ridgeline-dec');
    expect(statusSection().getByRole('link', { name: 'Add to calendar' })).toHaveAttribute('href', myRegistration().calendarUrl);
    expect(screen.getByText(/\(your time\) · .+ in Europe\/London$/)).toBeInTheDocument();
    expect(requests(fetchStub)[0].variables).toEqual({ token: manageToken });
  });

  it('shows the place on the waitlist', async () => {
    answerOperations(fetchStub, { RegistrationByLink: { registrationByLink: myRegistration({ status: 'WAITLISTED', waitlistPosition: 2, joinUrl: null }) } });
    renderRoute(page);

    expect(await screen.findByText('Waitlist: number 2')).toBeInTheDocument();
    expect(screen.getByText(/You’re number 2 on the waitlist/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Join the masterclass' })).not.toBeInTheDocument();
  });

  it('cancels after asking once more, and shows the cancelled registration', async () => {
    answerOperations(fetchStub, {
      RegistrationByLink: { registrationByLink: myRegistration() },
      CancelRegistrationByLink: { cancelRegistration: myRegistration({ status: 'CANCELLED', joinUrl: null }) },
    });
    const { user } = renderRoute(page);

    await user.click(await screen.findByRole('button', { name: 'Cancel my registration' }));
    expect(screen.getByText(/Your seat goes to the next person on the waitlist at once/)).toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['RegistrationByLink']);
    await user.click(screen.getByRole('button', { name: 'Yes, cancel my registration' }));

    expect(await screen.findByText('Your registration is cancelled')).toBeInTheDocument();
    expect(statusSection().getByText('Cancelled')).toBeInTheDocument();
    expect(statusSection().queryByRole('link', { name: 'Join the masterclass' })).not.toBeInTheDocument();
    expect(statusSection().queryByRole('link', { name: 'Add to calendar' })).not.toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'CancelRegistrationByLink')?.variables).toEqual({ token: manageToken });
  });

  it('keeps the registration when the registrant changes their mind', async () => {
    answerOperations(fetchStub, { RegistrationByLink: { registrationByLink: myRegistration() } });
    const { user } = renderRoute(page);

    await user.click(await screen.findByRole('button', { name: 'Cancel my registration' }));
    await user.click(screen.getByRole('button', { name: 'Keep my registration' }));

    expect(screen.getByRole('button', { name: 'Cancel my registration' })).toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['RegistrationByLink']);
  });

  it('offers no cancelling once the masterclass has started, and shows the replay afterwards', async () => {
    const past = publicMasterclass({ status: 'COMPLETED', startsAt: '2020-01-09T17:00:00.000Z', endsAt: '2020-01-09T18:30:00.000Z', registrationOpen: false });
    answerOperations(fetchStub, { RegistrationByLink: { registrationByLink: myRegistration({ masterclass: past, joinUrl: null, replayUrl: 'https://video.example/replay' }) } });
    renderRoute(page);

    expect(await screen.findByRole('link', { name: 'Watch the replay' })).toHaveAttribute('href', 'https://video.example/replay');
    expect(screen.queryByRole('button', { name: 'Cancel my registration' })).not.toBeInTheDocument();
  });

  it('says a tampered or incomplete link is not valid', async () => {
    answerOperations(fetchStub, {
      RegistrationByLink: () =>
        graphQLError('NOT_FOUND', 'This registration link is not valid: use the link in your latest email', [{ field: 'token', message: 'is not a valid registration link' }]),
    });
    renderRoute(`/p/ridgeline/registrations/${manageToken.slice(0, -1)}X`);

    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not valid' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the practice’s masterclasses' })).toHaveAttribute('href', '/p/ridgeline');
    expect(document.title).toBe('Link not valid · Ascend');
  });
});
