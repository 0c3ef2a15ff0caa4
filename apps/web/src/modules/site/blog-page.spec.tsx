import { screen } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { profileData } from '../content/content-fixtures';
import { newsletterWording, publicArticleData } from './site-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

/** Twelve articles, newest first, served a page at a time as the API does. */
const articles = Array.from({ length: 12 }, (_, i) =>
  publicArticleData({ slug: `note-${i + 1}`, title: `Note ${i + 1}`, pubDate: new Date(Date.UTC(2026, 10, 20 - i)).toISOString() }),
);

function renderBlog(path: string) {
  answerOperations(fetchStub, {
    PublicPractice: { practice: profileData() },
    SiteArticles: (request) => {
      const { offset = 0, limit = 20 } = request.variables as { offset?: number; limit?: number };
      return graphQLAnswer({ publicArticles: { total: articles.length, articles: articles.slice(offset, offset + limit) } });
    },
    SiteArticleCategories: { publicArticleCategories: [{ name: 'Leadership', slug: 'leadership', count: 9 }, { name: 'Deciding', slug: 'deciding', count: 3 }] },
    NewsletterSignupWording: { newsletterSignupWording: newsletterWording },
  });
  return renderRoute(path);
}

describe('the public article list', () => {
  it('lists the newest articles with the categories to browse, and loads older ones on request', async () => {
    const { user } = renderBlog('/p/ridgeline/articles');

    expect(await screen.findByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Note 1' })).toHaveAttribute('href', '/p/ridgeline/articles/note-1');
    expect(screen.queryByRole('link', { name: 'Note 11' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Deciding (3)' })).toHaveAttribute('href', '/p/ridgeline/articles/category/deciding');
    expect(document.title).toBe('Articles · Ridgeline Leadership Coaching');

    await user.click(screen.getByRole('button', { name: 'Older articles' }));
    expect(await screen.findByRole('link', { name: 'Note 12' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Older articles' })).not.toBeInTheDocument();
    expect(requests(fetchStub).filter((r) => r.operationName === 'SiteArticles').map((r) => r.variables.offset)).toEqual([0, 10]);
  });

  it("shows a category's page under the category's name, asking the API by its address form", async () => {
    renderBlog('/p/ridgeline/articles/category/deciding');

    expect(await screen.findByRole('heading', { level: 1, name: 'Deciding' })).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'SiteArticles')?.variables).toEqual({ practiceSlug: 'ridgeline', category: 'deciding', limit: 10, offset: 0 });
    expect(screen.getByRole('link', { name: 'Deciding (3)' })).toHaveAttribute('aria-current', 'page');
  });
});
