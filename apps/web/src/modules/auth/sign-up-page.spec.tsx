import { screen, within } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { SIGNED_IN_HINT } from './session-store';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

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
    expect(address).toHaveAccessibleDescription(
      `3 to 63 lower-case letters, digits and single hyphens. Your public page: ${window.location.origin}/p/brightwater-coaching-co`,
    );

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

  it('shows a refusal that names no field above the form, keeping every value', async () => {
    answerOperations(fetchStub, {
      SignUp: () => graphQLError('TOO_MANY_REQUESTS', 'This address can be sent 3 sign-up mails per hour (the newest link works)'),
    });

    const { user } = renderRoute('/sign-up');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create my practice' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your practice was not created');
    expect(alert).toHaveTextContent('This address can be sent 3 sign-up mails per hour (the newest link works)');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('tidal pools at dawn');
  });

  it('mails a link and asks to check the inbox, starting no session', async () => {
    answerOperations(fetchStub, { SignUp: { signUp: true } });

    const { router, user } = renderRoute('/sign-up');
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create my practice' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your inbox' })).toBeInTheDocument();
    expect(screen.getByText(/We sent a link to/)).toHaveTextContent('We sent a link to ada@brightwater.example.');
    expect(screen.getByText('The link works for 48 hours. Nothing is created until you click it.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Password/)).not.toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).toEqual(['SignUp']);
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
    expect(router.state.location.pathname).toBe('/sign-up');
    expect(localStorage.getItem(SIGNED_IN_HINT)).toBeNull();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('goes back to the form to try again, keeping everything but the password', async () => {
    answerOperations(fetchStub, { SignUp: { signUp: true } });

    const { user } = renderRoute('/sign-up');
    await fillIn(user);
    await fill(user, screen.getByLabelText(/^Practice address/), 'bright-water');
    await user.click(screen.getByRole('button', { name: 'Create my practice' }));
    await user.click(await screen.findByRole('button', { name: 'try again' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Start your practice on Ascend' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Your name/)).toHaveValue('Ada Brightwater');
    expect(screen.getByLabelText(/^Email/)).toHaveValue('ada@brightwater.example');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
    expect(screen.getByLabelText(/^Practice name/)).toHaveValue('Brightwater Coaching');
    expect(screen.getByLabelText(/^Practice address/)).toHaveValue('bright-water');
  });

  it('says what breaks a rule as it is typed, in the app’s words, and sends nothing until it is mended', async () => {
    answerOperations(fetchStub, { SignUp: { signUp: true } });
    const { user } = renderRoute('/sign-up');
    await fillIn(user);

    await fill(user, screen.getByLabelText(/^Your name/), 'A'.repeat(121));
    await fill(user, screen.getByLabelText(/^Email/), 'ada@brightwater');
    await fill(user, screen.getByLabelText(/^Password/), 'tidal');
    await fill(user, screen.getByLabelText(/^Practice name/), 'B'.repeat(121));
    await fill(user, screen.getByLabelText(/^Practice address/), 'bright_water');

    expect(screen.getByLabelText(/^Your name/)).toHaveAccessibleDescription('Your name can be at most 120 characters (it has 121)');
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Enter an email address such as name@example.com');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(expect.stringContaining('The password needs at least 10 characters (it has 5)'));
    expect(screen.getByLabelText(/^Practice name/)).toHaveAccessibleDescription('The practice name can be at most 120 characters (it has 121)');
    expect(screen.getByLabelText(/^Practice address/)).toHaveAccessibleDescription(
      expect.stringContaining('Use only lower-case letters, digits and single hyphens, with no hyphen at the start or end'),
    );
    await user.click(screen.getByRole('button', { name: 'Create my practice' }));
    expect(fetchStub).not.toHaveBeenCalled();

    await fillIn(user);
    await fill(user, screen.getByLabelText(/^Practice address/), 'bright-water');
    expect(screen.getByLabelText(/^Your name/)).not.toHaveAccessibleDescription();
    await user.click(screen.getByRole('button', { name: 'Create my practice' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your inbox' })).toBeInTheDocument();
  });

  it('keeps quiet about rules on fields not yet typed in', () => {
    renderRoute('/sign-up');

    expect(screen.getByLabelText(/^Your name/)).not.toHaveAccessibleDescription();
    expect(screen.getByLabelText(/^Email/)).not.toHaveAccessibleDescription();
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription('At least 10 characters, not a common password.');
  });
});
