import { screen } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

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
});

describe('choosing a new password', () => {
  it('sets the new password with the token from the link', async () => {
    answerOperations(fetchStub, { ResetPassword: { resetPassword: true }, SignOut: { signOut: true } });
    const { user } = renderRoute('/reset-password?token=reset-token');

    await fill(user, screen.getByLabelText(/^New password/), 'a much better passphrase');
    await user.click(screen.getByRole('button', { name: 'Save my new password' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your password is changed' })).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'ResetPassword')?.variables).toEqual({
      input: { token: 'reset-token', newPassword: 'a much better passphrase' },
    });
  });

  it('shows a refused password under the field, keeping it', async () => {
    answerOperations(fetchStub, {
      ResetPassword: () => graphQLError('BAD_USER_INPUT', 'Invalid input: input.newPassword must be at least 10 characters', [
        { field: 'input.newPassword', message: 'must be at least 10 characters' },
      ]),
    });
    const { user } = renderRoute('/reset-password?token=reset-token');

    await fill(user, screen.getByLabelText(/^New password/), 'short');
    await user.click(screen.getByRole('button', { name: 'Save my new password' }));

    expect(await screen.findByText('Must be at least 10 characters')).toBeInTheDocument();
    expect(screen.getByLabelText(/^New password/)).toHaveValue('short');
  });

  it('explains an expired link and offers a new one', async () => {
    answerOperations(fetchStub, {
      ResetPassword: () =>
        graphQLError('NOT_FOUND', 'This reset link is invalid, used or expired: ask for a new one', [{ field: 'input.token', message: 'is invalid, used or expired' }]),
    });
    const { user } = renderRoute('/reset-password?token=old-token');

    await fill(user, screen.getByLabelText(/^New password/), 'a much better passphrase');
    await user.click(screen.getByRole('button', { name: 'Save my new password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This reset link does not work: it may have been used already, or have expired.');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });
});
