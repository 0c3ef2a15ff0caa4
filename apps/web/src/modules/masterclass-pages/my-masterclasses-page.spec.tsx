import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { myRegistration, publicMasterclass } from './masterclass-fixtures';
import type { MyRegistration } from './use-registration';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const soon = publicMasterclass({ id: 'mc-1', title: 'Lead without fixing everything', startsAt: '2099-12-03T17:00:00.000Z', endsAt: '2099-12-03T18:30:00.000Z' });
const later = publicMasterclass({ id: 'mc-2', slug: 'the-strategic-week', title: 'The strategic week', startsAt: '2100-01-14T17:00:00.000Z', endsAt: '2100-01-14T18:00:00.000Z', seatsLeft: 0 });
const open = publicMasterclass({ id: 'mc-3', slug: 'say-no-well', title: 'Say no, well', startsAt: '2100-02-11T17:00:00.000Z', endsAt: '2100-02-11T18:00:00.000Z' });
const past = publicMasterclass({ id: 'mc-0', slug: 'autumn', title: 'Autumn review', status: 'COMPLETED', startsAt: '2020-10-01T17:00:00.000Z', endsAt: '2020-10-01T18:00:00.000Z', registrationOpen: false });

function renderPortal(mine: MyRegistration[], extra: Record<string, unknown> = {}) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'CLIENT')] }) },
    MyMasterclassRegistrations: { myMasterclassRegistrations: mine },
    UpcomingMasterclasses: { publicMasterclasses: [soon, later, open] },
    CalendarFeed: { calendarFeed: { active: false, createdAt: null } },
    ...extra,
  });
  return renderRoute('/app/portal/masterclasses');
}

const region = (name: string) => within(screen.getByRole('region', { name }));

describe('my masterclasses', () => {
  it('lists my registrations soonest first, with the join link once confirmed and my own page, and the past apart', async () => {
    // The API answers latest first.
    renderPortal([
      myRegistration({ id: 'reg-2', masterclass: later, status: 'WAITLISTED', waitlistPosition: 4, joinUrl: null, manageToken: 'token-2' }),
      myRegistration({ id: 'reg-1', masterclass: soon, manageToken: 'token-1' }),
      myRegistration({ id: 'reg-0', masterclass: past, joinUrl: null, replayUrl: 'https://video.example/autumn', manageToken: 'token-0' }),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'My masterclasses' })).toBeInTheDocument();
    const [first, second] = region('Coming up for you').getAllByRole('listitem');
    expect(within(first).getByRole('heading', { name: 'Lead without fixing everything' })).toBeInTheDocument();
    expect(within(first).getByText('Confirmed')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Join' })).toHaveAttribute('href', 'https://meet.example/ridgeline-dec');
    expect(within(first).getByRole('link', { name: 'Manage' })).toHaveAttribute('href', '/p/ridgeline/registrations/token-1');
    expect(within(second).getByText('Waitlist: number 4')).toBeInTheDocument();
    expect(within(second).queryByRole('link', { name: 'Join' })).not.toBeInTheDocument();
    const autumn = region('Past and cancelled').getByRole('listitem', { name: 'Autumn review' });
    expect(within(autumn).getByRole('link', { name: 'Watch the replay' })).toHaveAttribute('href', 'https://video.example/autumn');
  });

  it("offers the practice's other masterclasses, and registers in one click as a member of the practice", async () => {
    const registered = myRegistration({ id: 'reg-3', masterclass: open, manageToken: 'token-3' });
    let mine = [myRegistration({ masterclass: soon })];
    const { user } = renderPortal([], {
      MyMasterclassRegistrations: () => graphQLAnswer({ myMasterclassRegistrations: mine }),
      RegisterMeForMasterclass: () => {
        mine = [registered, ...mine];
        return graphQLAnswer({ registerMeForMasterclass: registered });
      },
    });

    const offered = await screen.findByRole('region', { name: 'Coming up at Ridgeline Leadership Coaching' });
    expect(within(offered).queryByRole('listitem', { name: 'Lead without fixing everything' })).not.toBeInTheDocument();
    expect(within(within(offered).getByRole('listitem', { name: 'The strategic week' })).getByRole('button', { name: 'Join the waitlist with one click' })).toBeInTheDocument();
    await user.click(within(within(offered).getByRole('listitem', { name: 'Say no, well' })).getByRole('button', { name: 'Register with one click' }));

    expect(await screen.findByText('You’re in: Say no, well')).toBeInTheDocument();
    expect(await region('Coming up for you').findByRole('listitem', { name: 'Say no, well' })).toBeInTheDocument();
    expect(within(offered).queryByRole('listitem', { name: 'Say no, well' })).not.toBeInTheDocument();
    const sent = requests(fetchStub).find((r) => r.operationName === 'RegisterMeForMasterclass');
    expect(sent?.variables).toEqual({ masterclassId: 'mc-3' });
    expect(sent?.headers).toMatchObject({ 'x-practice-id': ridgeline.practiceId });
  });

  it('makes a private calendar feed, shows its address once to copy, and turns it off', async () => {
    let feed = { active: false, createdAt: null as string | null };
    const link = { url: 'http://localhost/calendar/feeds/secret-1.ics', webcalUrl: 'webcal://localhost/calendar/feeds/secret-1.ics' };
    const { user } = renderPortal([], {
      CalendarFeed: () => graphQLAnswer({ calendarFeed: feed }),
      CreateCalendarFeed: () => {
        feed = { active: true, createdAt: '2099-11-20T10:00:00.000Z' };
        return graphQLAnswer({ createCalendarFeed: link });
      },
      RevokeCalendarFeed: () => {
        feed = { active: false, createdAt: null };
        return graphQLAnswer({ revokeCalendarFeed: true });
      },
    });

    const card = within(await screen.findByRole('region', { name: 'Your calendar feed' }));
    expect(await card.findByText('You have no calendar feed yet.')).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Create my calendar feed' }));

    expect(await card.findByRole('textbox', { name: 'Address for calendar apps (https)' })).toHaveValue(link.url);
    expect(card.getByRole('textbox', { name: 'Subscription link (webcal)' })).toHaveValue(link.webcalUrl);
    expect(card.getByRole('button', { name: 'Copy: Address for calendar apps (https)' })).toBeInTheDocument();
    expect(card.getByRole('link', { name: 'Open in my calendar app' })).toHaveAttribute('href', link.webcalUrl);
    expect(card.getByText(/shown only this once/)).toBeInTheDocument();

    await user.click(card.getByRole('button', { name: 'Turn off the feed' }));
    await user.click(card.getByRole('button', { name: 'Yes, turn it off' }));

    expect(await card.findByText('You have no calendar feed yet.')).toBeInTheDocument();
    expect(card.queryByRole('textbox', { name: 'Address for calendar apps (https)' })).not.toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(expect.arrayContaining(['CreateCalendarFeed', 'RevokeCalendarFeed']));
  });
});
