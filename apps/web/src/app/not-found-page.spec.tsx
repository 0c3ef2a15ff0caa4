import { screen } from '@testing-library/react';
import { renderRoute } from '../testing/render-route';

describe('unknown addresses', () => {
  it('get a not-found page inside the app shell, with a way home', async () => {
    const { router, user } = renderRoute('/no/such/page');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no page at \/no\/such\/page/)).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Ascend');

    await user.click(screen.getByRole('link', { name: 'Go to the home page' }));
    expect(router.state.location.pathname).toBe('/');
  });

  it('keep the header link home', () => {
    renderRoute('/nowhere');
    expect(screen.getByRole('link', { name: 'Ascend home' })).toHaveAttribute('href', '/');
  });
});
