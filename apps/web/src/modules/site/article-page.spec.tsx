import { screen, within } from '@testing-library/react';
import { answerOperations, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { profileData } from '../content/content-fixtures';
import { newsletterWording, publicArticleData } from './site-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

function renderArticle(article: ReturnType<typeof publicArticleData> | null) {
  answerOperations(fetchStub, {
    PublicPractice: { practice: profileData() },
    SiteArticle: { publicArticle: article },
    UpcomingMasterclasses: { publicMasterclasses: [] },
    NewsletterSignupWording: { newsletterSignupWording: newsletterWording },
  });
  return renderRoute('/p/ridgeline/articles/the-workhorse-trap');
}

describe('the public article page', () => {
  it('shows the article, its category and tags, the coach and call to action when it promotes them, and the signup', async () => {
    renderArticle(publicArticleData({ promo: true }));

    expect(await screen.findByRole('heading', { level: 1, name: 'The workhorse trap' })).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'SiteArticle')?.variables).toEqual({ practiceSlug: 'ridgeline', slug: 'the-workhorse-trap' });
    expect(screen.getByText('lead', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Leadership' })).toHaveAttribute('href', '/p/ridgeline/articles/category/leadership');
    expect(screen.getByRole('link', { name: '#New managers' })).toHaveAttribute('href', '/p/ridgeline/articles/tag/new-managers');
    const coach = screen.getByRole('region', { name: 'About the coach' });
    expect(within(coach).getByText('She now coaches senior leaders.')).toBeInTheDocument();
    expect(within(coach).getByRole('link', { name: 'Book a discovery call' })).toHaveAttribute('href', 'https://ridgeline.example/call');
    expect(await screen.findByRole('checkbox', { name: newsletterWording })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/p/ridgeline/feed.xml');
    expect(document.title).toBe('The workhorse trap · Ridgeline Leadership Coaching');
  });

  it('leaves out the coach and the call to action when the article does not promote them', async () => {
    renderArticle(publicArticleData({ promo: false }));

    expect(await screen.findByRole('heading', { level: 1, name: 'The workhorse trap' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'About the coach' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Book a discovery call' })).not.toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: newsletterWording })).toBeInTheDocument();
  });

  it('shows the not-found page for an article that is not public', async () => {
    renderArticle(null);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no page at \/p\/ridgeline\/articles\/the-workhorse-trap/)).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Ascend');
  });
});
