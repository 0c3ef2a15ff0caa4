import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, requestVariables, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { DEMO_PRACTICE_SLUG } from './demo-practice';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const ridgeline = {
  id: 'p1',
  slug: 'ridgeline',
  name: 'Ridgeline Leadership Coaching',
  tagline: 'From the person who fixes everything to the leader who decides what matters.',
  coachName: 'Maren Okafor',
  coachBio: 'Bio.',
  timeZone: 'Europe/London',
  photoUrl: '',
  ctaText: '',
  ctaUrl: '',
  socialLinks: [],
};

describe('home page', () => {
  it('says what Ascend is', async () => {
    fetchStub.mockReturnValue(new Promise(() => {}));

    renderRoute('/');

    expect(screen.getByRole('heading', { level: 1, name: 'The platform coaching practices run on' })).toBeInTheDocument();
    expect(screen.getByText(/five-step method/)).toBeInTheDocument();
    expect(await screen.findByRole('status', { name: 'Loading the demo practice' })).toBeInTheDocument();
  });

  it('features the demo practice read from the API, linking to its page', async () => {
    answerOperations(fetchStub, {
      PublicPractice: { practice: ridgeline },
      UpcomingMasterclasses: { publicMasterclasses: [] },
      SiteArticles: { publicArticles: { total: 0, articles: [] } },
      NewsletterSignupWording: { newsletterSignupWording: 'I agree that Ridgeline Leadership Coaching may email me its newsletter.' },
    });

    const { router, user } = renderRoute('/');

    const name = await screen.findByRole('heading', { level: 3, name: 'Ridgeline Leadership Coaching' });
    expect(requestVariables(fetchStub)).toEqual({ slug: DEMO_PRACTICE_SLUG });
    const card = name.closest('.mantine-Card-root') as HTMLElement;
    expect(within(card).getByText('From the person who fixes everything to the leader who decides what matters.')).toBeInTheDocument();
    expect(within(card).getByText('Coached by Maren Okafor')).toBeInTheDocument();

    await user.click(within(card).getByRole('link', { name: 'Visit the practice page' }));

    expect(router.state.location.pathname).toBe('/p/ridgeline');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ridgeline Leadership Coaching' })).toBeInTheDocument();
    // The practice page takes the practice from the cache; only its masterclasses, articles and signup wording are new.
    await waitFor(() =>
      expect(requests(fetchStub).map((r) => r.operationName).sort()).toEqual(['NewsletterSignupWording', 'PublicPractice', 'SiteArticles', 'UpcomingMasterclasses']),
    );
  });

  it('explains a missing demo practice instead of linking nowhere', async () => {
    fetchStub.mockResolvedValue(graphQLAnswer({ practice: null }));

    renderRoute('/');

    expect(await screen.findByText(/The demo practice is not set up on this server/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Visit the practice page' })).not.toBeInTheDocument();
  });

  it('offers a retry when the demo practice fails to load', async () => {
    fetchStub.mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(graphQLAnswer({ practice: ridgeline }));

    const { user } = renderRoute('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The demo practice did not load');
    expect(alert).toHaveTextContent('Could not reach Ascend. Check your connection and try again.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { level: 3, name: 'Ridgeline Leadership Coaching' })).toBeInTheDocument();
  });
});
