import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { myRegistration, publicMasterclass } from './masterclass-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const page = '/p/ridgeline/masterclasses/lead-without-fixing';

async function fillRegistration(user: ReturnType<typeof renderRoute>['user']) {
  await fill(user, await screen.findByRole('textbox', { name: /^Name/ }), 'Ada Lovelace');
  await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'ada@example.com');
  await user.click(screen.getByRole('checkbox', { name: /I agree that Ridgeline Leadership Coaching may email me about this masterclass/ }));
}

describe('the masterclass page', () => {
  it('shows the title, the time in both zones, the host, the description and the seats left', async () => {
    answerOperations(fetchStub, { PublicMasterclassPage: { publicMasterclass: publicMasterclass() } });
    renderRoute(page);

    expect(await screen.findByRole('heading', { level: 1, name: 'Lead without fixing everything' })).toBeInTheDocument();
    // The visitor's side depends on the zone this test runs in (masterclass-text.spec.ts fixes it); the host's does not.
    expect(screen.getByText(/^.+ \(your time\) · (.+, )?(17:00|5:00 PM) in Europe\/London$/)).toBeInTheDocument();
    expect(screen.getByText('1 hour 30 minutes · hosted by Maren Okafor')).toBeInTheDocument();
    expect(screen.getByText('delegation').tagName).toBe('STRONG');
    expect(screen.getByText('Complimentary')).toBeInTheDocument();
    expect(screen.getByText('12 seats left')).toBeInTheDocument();
    expect(document.title).toBe('Lead without fixing everything · Ascend');
    expect(requests(fetchStub)[0].variables).toEqual({ practiceSlug: 'ridgeline', slug: 'lead-without-fixing' });
  });

  it('sends where the registrant came from, read from the link, and confirms the seat', async () => {
    answerOperations(fetchStub, {
      PublicMasterclassPage: { publicMasterclass: publicMasterclass() },
      RegisterForMasterclass: { registerForMasterclass: { alreadyRegistered: false, registration: myRegistration() } },
    });
    const { user } = renderRoute(`${page}?ref=newsletter&issue=2099-12&utm_source=ascend&utm_medium=email&utm_campaign=winter`);

    await fillRegistration(user);
    await fill(user, screen.getByRole('textbox', { name: /A question for the host/ }), 'How do I stop answering every message?');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    const result = await screen.findByRole('status');
    expect(within(result).getByRole('heading', { name: 'You’re in' })).toHaveFocus();
    expect(within(result).getByText(/Check your email \(ada@example.com\) for the link to join and the calendar invite/)).toBeInTheDocument();
    expect(within(result).getByRole('link', { name: 'Add to calendar' })).toHaveAttribute('href', myRegistration().calendarUrl);
    expect(within(result).getByRole('link', { name: 'Manage your registration' })).toHaveAttribute('href', `/p/ridgeline/registrations/${myRegistration().manageToken}`);
    expect(requests(fetchStub).find((r) => r.operationName === 'RegisterForMasterclass')?.variables).toEqual({
      input: {
        practiceSlug: 'ridgeline',
        masterclassSlug: 'lead-without-fixing',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        question: 'How do I stop answering every message?',
        consent: true,
        website: '',
        origin: { newsletterIssue: '2099-12', utmSource: 'ascend', utmMedium: 'email', utmCampaign: 'winter' },
      },
    });
  });

  it('shows what the API refused under its field and keeps what was typed', async () => {
    answerOperations(fetchStub, {
      PublicMasterclassPage: { publicMasterclass: publicMasterclass() },
      RegisterForMasterclass: () => graphQLError('BAD_USER_INPUT', 'Invalid input: input.email must be an email address', [{ field: 'input.email', message: 'must be an email address' }]),
    });
    const { user } = renderRoute(page);

    await fillRegistration(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('textbox', { name: /^Email/ })).toHaveAccessibleDescription('Must be an email address');
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('Ada Lovelace');
    expect(requests(fetchStub).find((r) => r.operationName === 'RegisterForMasterclass')?.variables).toMatchObject({ input: { origin: null } });
  });

  it('asks for consent before sending anything', async () => {
    answerOperations(fetchStub, { PublicMasterclassPage: { publicMasterclass: publicMasterclass() } });
    const { user } = renderRoute(page);

    await fill(user, await screen.findByRole('textbox', { name: /^Name/ }), 'Ada Lovelace');
    await fill(user, screen.getByRole('textbox', { name: /^Email/ }), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByText('Please agree, so the host may email you the details')).toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['PublicMasterclassPage']);
  });

  it('puts the next registrant of a full masterclass on the waitlist and tells them their place', async () => {
    answerOperations(fetchStub, {
      PublicMasterclassPage: { publicMasterclass: publicMasterclass({ seatsLeft: 0 }) },
      RegisterForMasterclass: { registerForMasterclass: { alreadyRegistered: false, registration: myRegistration({ status: 'WAITLISTED', waitlistPosition: 3, joinUrl: null }) } },
    });
    const { user } = renderRoute(page);

    expect(await screen.findByText('Every seat is taken.', { exact: false })).toBeInTheDocument();
    await fillRegistration(user);
    await user.click(screen.getByRole('button', { name: 'Join the waitlist' }));

    const result = await screen.findByRole('status');
    expect(within(result).getByRole('heading', { name: 'You’re on the waitlist' })).toBeInTheDocument();
    expect(within(result).getByText(/You’re number 3 on the waitlist; we’ll email you at ada@example.com if a seat frees up/)).toBeInTheDocument();
  });

  it('says the details were emailed again when the address was registered already', async () => {
    answerOperations(fetchStub, {
      PublicMasterclassPage: { publicMasterclass: publicMasterclass() },
      RegisterForMasterclass: { registerForMasterclass: { alreadyRegistered: true, registration: null } },
    });
    const { user } = renderRoute(page);

    await fillRegistration(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('heading', { name: 'You’re already registered' })).toBeInTheDocument();
    expect(screen.getByText(/We’ve emailed your details again to ada@example.com/)).toBeInTheDocument();
  });

  it('offers no form for a cancelled masterclass', async () => {
    answerOperations(fetchStub, { PublicMasterclassPage: { publicMasterclass: publicMasterclass({ status: 'CANCELLED', registrationOpen: false }) } });
    renderRoute(page);

    expect(await screen.findByText('This masterclass has been cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Register' })).not.toBeInTheDocument();
    expect(screen.queryByText('12 seats left')).not.toBeInTheDocument();
  });

  it('says so when the practice has no masterclass at the address', async () => {
    answerOperations(fetchStub, { PublicMasterclassPage: { publicMasterclass: null } });
    renderRoute(page);

    expect(await screen.findByRole('heading', { level: 1, name: 'No masterclass at this address' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the practice’s page' })).toHaveAttribute('href', '/p/ridgeline');
  });

  it('lets a signed-in client of the practice register with one click, as a member of that practice', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) },
      PublicMasterclassPage: { publicMasterclass: publicMasterclass() },
      RegisterMeForMasterclass: { registerMeForMasterclass: myRegistration({ name: 'Maren Okafor', email: 'maren@ridgeline.example' }) },
    });
    const { user } = renderRoute(page);

    await user.click(await screen.findByRole('button', { name: 'Register with one click' }));

    expect(await screen.findByRole('heading', { name: 'You’re in' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Email/ })).not.toBeInTheDocument();
    const sent = requests(fetchStub).find((r) => r.operationName === 'RegisterMeForMasterclass');
    expect(sent?.variables).toEqual({ masterclassId: 'mc-1' });
    expect(sent?.headers).toMatchObject({ 'x-practice-id': ridgeline.practiceId });
  });
});
