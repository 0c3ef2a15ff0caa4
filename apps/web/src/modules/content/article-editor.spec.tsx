import { fireEvent, screen, waitFor } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { articleData } from './content-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

function renderEditor(path: string, answers: Record<string, OperationAnswer>) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
    ArticleCategories: { articleCategories: ['Leadership', 'Decisions'] },
    ...answers,
  });
  return renderRoute(path);
}

const title = () => screen.getByRole('textbox', { name: /^Title/ });
const address = () => screen.getByRole('textbox', { name: /^Address/ });
const sent = (operation: string) => requests(fetchStub).filter((r) => r.operationName === operation);

describe('the article editor', () => {
  it('makes the address from the title until it is typed, then keeps it, and saves what the form shows', async () => {
    const { user, router } = renderEditor('/app/articles/new', {
      CreateArticle: (request) => graphQLAnswer({ createArticle: articleData({ ...(request.variables.input as object), id: 'art-2', status: 'DRAFT' }) }),
      CoachArticle: { article: articleData({ id: 'art-2', title: 'Décider vite', slug: 'weekly-review', status: 'DRAFT', draft: true }) },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'New article' })).toBeInTheDocument();
    await fill(user, title(), 'Décider vite: the weekly review');
    expect(address()).toHaveValue('decider-vite-the-weekly-review');
    expect(screen.getByText('/p/ridgeline/articles/decider-vite-the-weekly-review')).toBeInTheDocument();

    await fill(user, address(), 'weekly-review');
    await fill(user, title(), 'Décider vite');
    expect(address()).toHaveValue('weekly-review');

    fireEvent.change(screen.getByLabelText(/^Publication date/), { target: { value: '2026-12-01T09:30' } });
    await user.click(screen.getByRole('switch', { name: /Show the call to action/ }));
    await user.click(screen.getByRole('button', { name: 'Save article' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/articles/art-2'));
    expect(sent('CreateArticle')[0].variables).toEqual({
      input: {
        title: 'Décider vite',
        slug: 'weekly-review',
        description: '',
        body: '',
        pubDate: new Date('2026-12-01T09:30').toISOString(),
        category: '',
        tags: [],
        draft: true,
        promo: true,
      },
    });
  });

  it('asks for the preview once typing pauses and shows the HTML the API rendered', async () => {
    const { user } = renderEditor('/app/articles/new', {
      ArticlePreview: (request) => graphQLAnswer({ articlePreview: `<p>Rendered: <strong>${String(request.variables.markdown).replaceAll('*', '')}</strong></p>` }),
    });

    const body = await screen.findByRole('textbox', { name: /^Article \(Markdown\)/ });
    expect(screen.getByText(/the article appears here as readers will see it/)).toBeInTheDocument();
    await fill(user, body, '**Bring a real case**');

    expect(await screen.findByText('Bring a real case', { selector: 'strong' })).toBeInTheDocument();
    expect(sent('ArticlePreview').map((r) => r.variables)).toEqual([{ markdown: '**Bring a real case**' }]);
  });

  it('checks the title before asking the API, and shows what the API refused under its field without losing anything', async () => {
    let attempts = 0;
    const { user } = renderEditor('/app/articles/new', {
      CreateArticle: () => {
        attempts += 1;
        return graphQLError('CONFLICT', 'Another article already has this address', [{ field: 'input.slug', message: 'is already used by another article' }]);
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Save article' }));
    expect(await screen.findByText('Enter a title')).toBeInTheDocument();
    await fill(user, title(), 'x'.repeat(201));
    expect(screen.getByText('The title is 201 characters long: the limit is 200')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save article' }));
    expect(attempts).toBe(0);

    await fill(user, title(), 'The workhorse trap');
    await user.click(screen.getByRole('button', { name: 'Save article' }));
    expect(await screen.findByText('Is already used by another article')).toBeInTheDocument();
    expect(address()).toHaveAttribute('aria-invalid', 'true');
    expect(title()).toHaveValue('The workhorse trap');

    await fill(user, address(), 'the-workhorse-trap-again');
    expect(screen.queryByText('Is already used by another article')).not.toBeInTheDocument();
  });

  it('opens a saved article, saves changes to it, and deletes it after confirmation', async () => {
    const { user, router } = renderEditor('/app/articles/art-1', {
      CoachArticle: { article: articleData() },
      UpdateArticle: (request) => graphQLAnswer({ updateArticle: articleData({ ...(request.variables.input as object), updatedAt: '2026-11-22T10:00:00.000Z' }) }),
      DeleteArticle: { deleteArticle: true },
      CoachArticles: { articles: [] },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'The workhorse trap' })).toBeInTheDocument();
    expect(screen.getByText('Published')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /View on your site/ })).toHaveAttribute('href', 'https://ascend.example/p/ridgeline/articles/the-workhorse-trap');
    await fill(user, title(), 'The workhorse trap, revisited');
    expect(address()).toHaveValue('the-workhorse-trap');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(sent('UpdateArticle')[0].variables).toMatchObject({
      input: { id: 'art-1', title: 'The workhorse trap, revisited', slug: 'the-workhorse-trap', tags: ['delegation', 'new managers'], draft: false, promo: true },
    });

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/is removed from the app and from your public site and feed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete article' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/app/articles'));
    expect(sent('DeleteArticle')[0].variables).toEqual({ id: 'art-1' });
  });
});
