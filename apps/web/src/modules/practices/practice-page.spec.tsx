import { screen } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, requestVariables, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';

const ridgeline = {
  id: 'b7a1c3c0-0000-4000-8000-000000000001',
  slug: 'ridgeline',
  name: 'Ridgeline Leadership Coaching',
  tagline: 'From the person who fixes everything to the leader who decides what matters.',
  coachName: 'Maren Okafor',
  coachBio: 'Maren ran operations for twelve years.\n\nShe now coaches senior leaders.\n\nEvery week her clients check in.',
  timeZone: 'Europe/London',
  photoUrl: '',
  ctaText: '',
  ctaUrl: '',
  socialLinks: [] as { label: string; url: string }[],
};

const noArticles = { publicArticles: { total: 0, articles: [] } };
const wording = { newsletterSignupWording: 'I agree that Ridgeline Leadership Coaching may email me its newsletter.' };

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

/** The page asks for the practice and, beside it, its upcoming masterclasses (none here: upcoming-masterclasses.spec.tsx has them). */
function answerPractice(practice: typeof ridgeline | null) {
  answerOperations(fetchStub, {
    PublicPractice: { practice },
    UpcomingMasterclasses: { publicMasterclasses: [] },
    SiteArticles: noArticles,
    NewsletterSignupWording: wording,
  });
}

describe('practice page', () => {
  it("shows the practice's name as the page heading, its tagline, coach, bio paragraphs and time zone", async () => {
    answerPractice(ridgeline);

    renderRoute('/p/ridgeline');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ridgeline Leadership Coaching' })).toBeInTheDocument();
    expect(requestVariables(fetchStub)).toEqual({ slug: 'ridgeline' });
    expect(screen.getByText(ridgeline.tagline)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'About the coach' })).toBeInTheDocument();
    expect(screen.getByText('Maren Okafor')).toBeInTheDocument();
    const bio = ['Maren ran operations for twelve years.', 'She now coaches senior leaders.', 'Every week her clients check in.'];
    for (const paragraph of bio) expect(screen.getByText(paragraph).tagName).toBe('P');
    expect(screen.getByText(/^Based in Europe\/London time · \d{1,2}:\d{2}.* there now$/)).toBeInTheDocument();
    expect(document.title).toBe('Ridgeline Leadership Coaching · Ascend');
  });

  it('shows the photo, call to action, social links, the latest three articles and the newsletter signup', async () => {
    const latest = ['Saying no to the urgent', 'The workhorse trap', 'Deciding on Mondays'].map((title, i) => ({
      slug: `article-${i + 1}`,
      title,
      description: `About ${title.toLowerCase()}.`,
      pubDate: `2026-11-${String(20 - i).padStart(2, '0')}T09:00:00.000Z`,
      category: 'Leadership',
      tags: [],
    }));
    answerOperations(fetchStub, {
      PublicPractice: {
        practice: {
          ...ridgeline,
          photoUrl: 'https://images.example/maren.jpg',
          ctaText: 'Book a discovery call',
          ctaUrl: 'https://ridgeline.example/call',
          socialLinks: [{ label: 'LinkedIn', url: 'https://linkedin.example/maren' }],
        },
      },
      UpcomingMasterclasses: { publicMasterclasses: [] },
      SiteArticles: { publicArticles: { total: 7, articles: latest } },
      NewsletterSignupWording: wording,
    });

    renderRoute('/p/ridgeline');

    expect((await screen.findAllByRole('img', { name: 'Photo of Maren Okafor' }))[0]).toHaveAttribute('src', 'https://images.example/maren.jpg');
    expect(screen.getByRole('link', { name: 'Book a discovery call' })).toHaveAttribute('href', 'https://ridgeline.example/call');
    expect(screen.getByRole('link', { name: 'LinkedIn' })).toHaveAttribute('href', 'https://linkedin.example/maren');
    expect(await screen.findByRole('link', { name: 'Deciding on Mondays' })).toHaveAttribute('href', '/p/ridgeline/articles/article-3');
    expect(requests(fetchStub).find((r) => r.operationName === 'SiteArticles')?.variables).toEqual({ practiceSlug: 'ridgeline', limit: 3, offset: 0 });
    expect(screen.getByRole('link', { name: 'All 7 articles →' })).toHaveAttribute('href', '/p/ridgeline/articles');
    expect(await screen.findByRole('checkbox', { name: wording.newsletterSignupWording })).toBeInTheDocument();
  });

  it('invites visitors to apply to work with the coach', async () => {
    answerPractice(ridgeline);

    const { router, user } = renderRoute('/p/ridgeline');

    await user.click(await screen.findByRole('link', { name: 'Work with me' }));
    expect(router.state.location.pathname).toBe('/p/ridgeline/apply');
    expect(await screen.findByRole('heading', { level: 1, name: 'Work with Maren Okafor' })).toBeInTheDocument();
  });

  it('says so when no practice has the address, with a way home', async () => {
    answerPractice(null);

    const { router, user } = renderRoute('/p/nobody-here');

    expect(await screen.findByRole('heading', { level: 1, name: 'No practice at this address' })).toBeInTheDocument();
    expect(screen.getByText(/no practice at \/p\/nobody-here/)).toBeInTheDocument();
    expect(document.title).toBe('Practice not found · Ascend');
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it('sends another spelling of an address to its lower-case form, asking the API only about that one', async () => {
    answerPractice(ridgeline);

    const { router } = renderRoute('/p/Ridgeline?ref=card');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ridgeline Leadership Coaching' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/p/ridgeline');
    expect(router.state.location.search).toBe('?ref=card');
    // Replaced, not pushed: Back does not return to the address that only redirects.
    expect(router.state.historyAction).toBe('REPLACE');
    const slugs = requests(fetchStub).map((r) => r.variables.slug ?? r.variables.practiceSlug);
    expect(slugs).not.toContain('Ridgeline');
  });

  it.each(['ridge_line', 'ab', 'ridge--line'])('answers /p/%s, which no practice could have, as not found without asking the API', async (slug) => {
    const { router, user } = renderRoute(`/p/${slug}`);

    expect(screen.getByRole('heading', { level: 1, name: 'No practice at this address' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Invalid input/)).not.toBeInTheDocument();
    expect(document.title).toBe('Practice not found · Ascend');
    expect(fetchStub).not.toHaveBeenCalled();
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it('answers an address the API refuses as not found, never with its raw message or a Retry', async () => {
    answerOperations(fetchStub, {
      PublicPractice: () => graphQLError('BAD_USER_INPUT', 'Invalid input: slug must be lower-case letters, digits and single hyphens'),
      UpcomingMasterclasses: { publicMasterclasses: [] },
    });

    renderRoute('/p/ridgeline');

    expect(await screen.findByRole('heading', { level: 1, name: 'No practice at this address' })).toBeInTheDocument();
    expect(screen.queryByText(/Invalid input/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('lets a long practice name wrap within the page and the card', async () => {
    const longName = 'Northstar'.repeat(14);
    answerPractice({ ...ridgeline, name: longName });

    renderRoute('/p/ridgeline');

    expect(await screen.findByRole('heading', { level: 1, name: longName })).toHaveStyle({ overflowWrap: 'anywhere' });
    expect(screen.getByText(`Coach at ${longName}`).parentElement).toHaveStyle({ overflowWrap: 'anywhere' });
  });

  it('says a suspended practice is unavailable, by its name, with no forms and nothing else of it', async () => {
    const unavailable = { ...ridgeline, id: '', tagline: '', coachName: '', coachBio: '', timeZone: '', available: false };
    answerOperations(fetchStub, { PublicPractice: { practice: unavailable }, UpcomingMasterclasses: { publicMasterclasses: [] } });

    const { router, user } = renderRoute('/p/ridgeline');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ridgeline Leadership Coaching is unavailable at the moment' })).toBeInTheDocument();
    expect(document.title).toBe('Ridgeline Leadership Coaching · Ascend');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Work with me' })).not.toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('NewsletterSignupWording');
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows the error and loads the practice again on Retry', async () => {
    let practiceRequests = 0;
    answerOperations(fetchStub, {
      PublicPractice: () =>
        ++practiceRequests === 1 ? new Response('<html><body>Bad Gateway</body></html>', { status: 502, statusText: 'Bad Gateway' }) : graphQLAnswer({ practice: ridgeline }),
      UpcomingMasterclasses: { publicMasterclasses: [] },
      SiteArticles: noArticles,
      NewsletterSignupWording: wording,
    });

    const { user } = renderRoute('/p/ridgeline');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load this practice');
    expect(alert).toHaveTextContent('Ascend answered with HTTP 502 Bad Gateway instead of data.');
    expect(screen.queryByRole('heading', { name: 'Ridgeline Leadership Coaching' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Ridgeline Leadership Coaching' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(requests(fetchStub).filter((r) => r.operationName === 'PublicPractice')).toHaveLength(2);
  });

  it('shows a GraphQL error message from the API', async () => {
    fetchStub.mockResolvedValue(
      new Response(
        JSON.stringify({ data: null, errors: [{ message: 'Something went wrong on our side (reference 1a2b3c4d)', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
      ),
    );

    renderRoute('/p/ridgeline');

    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side (reference 1a2b3c4d)');
  });

  it('shows a loading state until the API answers', async () => {
    fetchStub.mockReturnValue(new Promise(() => {}));

    renderRoute('/p/ridgeline');

    expect(await screen.findByRole('status', { name: 'Loading the practice' })).toBeInTheDocument();
  });
});
