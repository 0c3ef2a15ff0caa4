import { screen } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const brightwater = { practiceId: 'c0ffee00-0000-4000-8000-000000000001', practiceSlug: 'brightwater', practiceName: 'Brightwater Coaching' };
const ada = { id: 'u-ada', email: 'ada@brightwater.example', name: 'Ada Brightwater', emailVerified: false };

async function fillIn(user: ReturnType<typeof renderRoute>['user']) {
  await fill(user, screen.getByLabelText(/^Your name/), 'Ada Brightwater');
  await fill(user, screen.getByLabelText(/^Email/), 'ada@brightwater.example');
  await fill(user, screen.getByLabelText(/^Password/), 'tidal pools at dawn');
  await fill(user, screen.getByLabelText(/^Practice name/), 'Brightwater Coaching');
}

describe('sign-up page', () => {
  it('suggests the address from the practice name and previews the public page', async () => {
    const { user } = renderRoute('/sign-up');

    await fill(user, screen.getByLabelText(/^Practice name/), 'Brightwater Coaching & Co.');

    const address = screen.getByLabelText(/^Practice address/);
    expect(address).toHaveValue('brightwater-coaching-co');
    expect(address).toHaveAccessibleDescription(`Your public page: ${window.location.origin}/p/brightwater-coaching-co`);

    await user.clear(address);
    await user.type(address, 'Bright Water');
    await fill(user, screen.getByLabelText(/^Practice name/), 'Brightwater Coaching Ltd');
    expect(address).toHaveValue('bright-water');
  });

  it("defaults the time zone to the browser's", () => {
    renderRoute('/sign-up');

    expect(screen.getByRole('combobox', { name: /^Time zone/ })).toHaveValue(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('shows the problems the API names under their fields and keeps every value', async () => {
    answerOperations(fetchStub, {
      SignUp: () =>
        graphQLError('BAD_USER_INPUT', 'Invalid input: input.password is too common; input.practiceSlug is already taken', [
          { field: 'input.password', message: 'is too common: pick something others would not guess' },
          { field: 'input.practiceSlug', message: 'is already taken' },
        ]),
    });

    const { router, user } = renderRoute('/sign-up');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create my practice' }));

    const address = screen.getByLabelText(/^Practice address/);
    expect(await screen.findByText('Is already taken')).toBeInTheDocument();
    expect(address).toHaveAccessibleDescription(expect.stringContaining('Is already taken'));
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(expect.stringContaining('Is too common: pick something others would not guess'));
    // Named problems stand under their fields; the API's summary is not repeated above the form.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    expect(screen.getByLabelText(/^Your name/)).toHaveValue('Ada Brightwater');
    expect(screen.getByLabelText(/^Email/)).toHaveValue('ada@brightwater.example');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('tidal pools at dawn');
    expect(screen.getByLabelText(/^Practice name/)).toHaveValue('Brightwater Coaching');
    expect(address).toHaveValue('brightwater-coaching');
    expect(router.state.location.pathname).toBe('/sign-up');
  });

  it('offers to sign in when the email already has an account', async () => {
    answerOperations(fetchStub, {
      SignUp: () => graphQLError('CONFLICT', 'This email already has an account: sign in instead', [{ field: 'input.email', message: 'already has an account' }]),
    });

    const { router, user } = renderRoute('/sign-up');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create my practice' }));

    expect(await screen.findByText(/This email already has an account/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Sign in instead' }));
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('creates the practice, signs in and asks to confirm the email', async () => {
    answerOperations(fetchStub, { SignUp: { signUp: sessionData({ account: ada, memberships: [membership(brightwater, 'OWNER')] }) } });

    const { router, user } = renderRoute('/sign-up');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create my practice' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Ada' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(requests(fetchStub)[0].variables).toEqual({
      input: {
        name: 'Ada Brightwater',
        email: 'ada@brightwater.example',
        password: 'tidal pools at dawn',
        practiceName: 'Brightwater Coaching',
        practiceSlug: 'brightwater-coaching',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      },
    });
    expect(screen.getByText('Please confirm your email address')).toBeInTheDocument();
  });
});
