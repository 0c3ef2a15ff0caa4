import { focusManager } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

function operations() {
  return requests(fetchStub).map((r) => r.operationName);
}

describe('forgotten password', () => {
  it('asks for a reset link and answers the same whether or not the address has an account', async () => {
    answerOperations(fetchStub, { RequestPasswordReset: { requestPasswordReset: true } });
    const { user } = renderRoute('/forgot-password');

    await fill(user, screen.getByLabelText(/^Email/), 'maren@ridgeline.example');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your inbox' })).toBeInTheDocument();
    expect(screen.getByText(/If an Ascend account uses/)).toHaveTextContent('maren@ridgeline.example');
    expect(requests(fetchStub)[0].variables).toEqual({ email: 'maren@ridgeline.example' });
  });

  it('says a malformed address is one as it is typed, and refuses to send it', async () => {
    const { user } = renderRoute('/forgot-password');
    const email = screen.getByLabelText(/^Email/);

    await fill(user, email, 'not-an-email');
    expect(email).toHaveAccessibleDescription('Enter an email address such as name@example.com');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));

    expect(screen.queryByRole('heading', { name: 'Check your inbox' })).not.toBeInTheDocument();
    expect(fetchStub).not.toHaveBeenCalled();

    await fill(user, email, 'maren@ridgeline.example');
    expect(email).not.toHaveAccessibleDescription();
  });

  it("shows the API's refusal of the address under the field", async () => {
    answerOperations(fetchStub, {
      RequestPasswordReset: () => graphQLError('BAD_USER_INPUT', 'Invalid input: email must be an email address', [{ field: 'email', message: 'must be an email address' }]),
    });
    const { user } = renderRoute('/forgot-password');

    await fill(user, screen.getByLabelText(/^Email/), 'maren@ridgeline.x');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));

    expect(await screen.findByText('Must be an email address')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveAccessibleDescription('Must be an email address');
    expect(screen.queryByRole('heading', { name: 'Check your inbox' })).not.toBeInTheDocument();
  });
});

describe('choosing a new password', () => {
  it('checks the link on arrival, then sets the new password with its token', async () => {
    answerOperations(fetchStub, { EmailLinkValid: { emailLinkValid: true }, ResetPassword: { resetPassword: true }, SignOut: { signOut: true } });
    const { user } = renderRoute('/reset-password?token=reset-token');

    await fill(user, await screen.findByLabelText(/^New password/), 'a much better passphrase');
    await user.click(screen.getByRole('button', { name: 'Save my new password' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your password is changed' })).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'EmailLinkValid')?.variables).toEqual({ token: 'reset-token', purpose: 'RESET_PASSWORD' });
    expect(requests(fetchStub).find((r) => r.operationName === 'ResetPassword')?.variables).toEqual({
      input: { token: 'reset-token', newPassword: 'a much better passphrase' },
    });
  });

  it('keeps saying the password is changed when the person comes back to the tab, the link now spent', async () => {
    let linkLive = true;
    answerOperations(fetchStub, {
      EmailLinkValid: () => graphQLAnswer({ emailLinkValid: linkLive }),
      ResetPassword: () => {
        linkLive = false;
        return graphQLAnswer({ resetPassword: true });
      },
      SignOut: { signOut: true },
    });
    const { user } = renderRoute('/reset-password?token=reset-token');

    await fill(user, await screen.findByLabelText(/^New password/), 'a much better passphrase');
    await user.click(screen.getByRole('button', { name: 'Save my new password' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your password is changed' })).toBeInTheDocument();

    // Back to the tab, with time for any refetch it sets off to come back.
    await act(async () => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

    expect(operations().filter((name) => name === 'EmailLinkValid')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Your password is changed' })).toBeInTheDocument();
  });

  it('reports a used or expired link as the page opens, before any password is typed, with a way to a new one', async () => {
    answerOperations(fetchStub, { EmailLinkValid: { emailLinkValid: false } });
    const { router, user } = renderRoute('/reset-password?token=old-token');

    expect(await screen.findByRole('heading', { level: 1, name: 'This reset link is used or expired' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/^New password/)).not.toBeInTheDocument();
    expect(operations()).toEqual(['EmailLinkValid']);

    await user.click(screen.getByRole('link', { name: 'Request a new link' }));
    expect(router.state.location.pathname).toBe('/forgot-password');
    expect(screen.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeInTheDocument();
  });

  it('treats a token the API refuses to read as a dead link', async () => {
    answerOperations(fetchStub, {
      EmailLinkValid: () => graphQLError('BAD_USER_INPUT', 'Invalid input: token must be shorter', [{ field: 'token', message: 'must be shorter' }]),
    });
    renderRoute('/reset-password?token=garbled');

    expect(await screen.findByRole('heading', { level: 1, name: 'This reset link is used or expired' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('says a link without its token is incomplete, asking nothing of the API', () => {
    renderRoute('/reset-password');

    expect(screen.getByRole('heading', { level: 1, name: 'This reset link is incomplete' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute('href', '/forgot-password');
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('offers Retry when the link could not be checked, and shows the form once it is', async () => {
    let checks = 0;
    answerOperations(fetchStub, {
      EmailLinkValid: () => (++checks === 1 ? new Response('', { status: 503, statusText: 'Service Unavailable' }) : graphQLAnswer({ emailLinkValid: true })),
    });
    const { user } = renderRoute('/reset-password?token=reset-token');

    expect(await screen.findByRole('alert')).toHaveTextContent('We could not check your reset link');
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByLabelText(/^New password/)).toBeInTheDocument();
  });

  it('says a too-short password as it is typed and does not send it', async () => {
    answerOperations(fetchStub, { EmailLinkValid: { emailLinkValid: true } });
    const { user } = renderRoute('/reset-password?token=reset-token');
    const password = await screen.findByLabelText(/^New password/);

    await fill(user, password, 'short');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('The password needs at least 10 characters (it has 5)'));
    await user.click(screen.getByRole('button', { name: 'Save my new password' }));

    expect(operations()).toEqual(['EmailLinkValid']);
    expect(password).toHaveValue('short');
  });

  it("shows the API's refusal of a password the browser cannot judge under the field, keeping it", async () => {
    answerOperations(fetchStub, {
      EmailLinkValid: { emailLinkValid: true },
      ResetPassword: () =>
        graphQLError('BAD_USER_INPUT', 'Invalid input: input.newPassword is too common', [
          { field: 'input.newPassword', message: 'is too common: pick something others would not guess' },
        ]),
    });
    const { user } = renderRoute('/reset-password?token=reset-token');

    await fill(user, await screen.findByLabelText(/^New password/), 'password123');
    await user.click(screen.getByRole('button', { name: 'Save my new password' }));

    expect(await screen.findByText('Is too common: pick something others would not guess')).toBeInTheDocument();
    expect(screen.getByLabelText(/^New password/)).toHaveValue('password123');
  });

  it('reports the link dead when it was used elsewhere after the page opened', async () => {
    answerOperations(fetchStub, {
      EmailLinkValid: { emailLinkValid: true },
      ResetPassword: () =>
        graphQLError('NOT_FOUND', 'This reset link is invalid, used or expired: ask for a new one', [{ field: 'input.token', message: 'is invalid, used or expired' }]),
    });
    const { user } = renderRoute('/reset-password?token=old-token');

    await fill(user, await screen.findByLabelText(/^New password/), 'a much better passphrase');
    await user.click(screen.getByRole('button', { name: 'Save my new password' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'This reset link is used or expired' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute('href', '/forgot-password');
  });
});
