import { screen, within } from '@testing-library/react';
import { answerOperations, stubFetch } from '../testing/fetch-stub';
import { renderRoute } from '../testing/render-route';
import { rememberSignedIn, sessionData } from '../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

describe('unknown addresses', () => {
  it('get a not-found page inside the app shell, with a way home', async () => {
    const { router, user } = renderRoute('/no/such/page');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no page at \/no\/such\/page/)).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Ascend');
    expect(screen.queryByRole('link', { name: 'Go to your practice' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it('offer a signed-in person their practice home as well', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData() } });
    const { router, user } = renderRoute('/no/such/page');

    const main = screen.getByRole('main');
    await user.click(await within(main).findByRole('link', { name: 'Go to your practice' }));

    expect(router.state.location.pathname).toBe('/app');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Maren' })).toBeInTheDocument();
  });

  it('keep the header link home', () => {
    renderRoute('/nowhere');
    expect(screen.getByRole('link', { name: 'Ascend home' })).toHaveAttribute('href', '/');
  });
});
