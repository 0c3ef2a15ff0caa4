import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { articleData } from './content-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const scheduled = articleData({ id: 'art-2', title: 'Deciding on Mondays', status: 'SCHEDULED', pubDate: '2027-01-04T08:00:00.000Z', category: 'Decisions', tags: [] });
const draft = articleData({ id: 'art-3', title: 'Saying no to the urgent', status: 'DRAFT', draft: true, category: '' });

function renderArticles(answer: (filter: Record<string, unknown>) => unknown[]) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
    ArticleCategories: { articleCategories: ['Decisions', 'Leadership'] },
    CoachArticles: (request) => graphQLAnswer({ articles: answer((request.variables.filter ?? {}) as Record<string, unknown>) }),
  });
  return renderRoute('/app/articles');
}

const rowOf = (title: string) => screen.getByRole('link', { name: title }).closest('tr') as HTMLElement;
const filters = () => requests(fetchStub).filter((r) => r.operationName === 'CoachArticles').map((r) => r.variables.filter);

describe('the articles page', () => {
  it('lists articles with their status, category and tags, and filters them through the API', async () => {
    const { user } = renderArticles((filter) => (filter.status === 'DRAFT' ? [draft] : [scheduled, articleData(), draft]));

    await screen.findByRole('link', { name: 'The workhorse trap' });
    expect(within(rowOf('The workhorse trap')).getByText('Published')).toBeInTheDocument();
    expect(within(rowOf('The workhorse trap')).getByText('new managers')).toBeInTheDocument();
    expect(within(rowOf('Deciding on Mondays')).getByText(/^Scheduled for /)).toBeInTheDocument();
    expect(within(rowOf('Saying no to the urgent')).getByText('Draft')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Drafts');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'The workhorse trap' })).not.toBeInTheDocument());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Decisions');
    await waitFor(() => expect(filters().at(-1)).toEqual({ status: 'DRAFT', category: 'Decisions' }));
    expect(filters()[0]).toEqual({});
  });

  it('explains what articles are and offers the import when there are none', async () => {
    const { user } = renderArticles(() => []);

    expect(await screen.findByRole('heading', { level: 2, name: 'No articles yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import them' }));
    expect(await screen.findByRole('dialog', { name: 'Import articles' })).toBeInTheDocument();
  });
});
