import { screen } from '@testing-library/react';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { maren, rememberSignedIn, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const unverified = { ...maren, emailVerified: false };

describe('email confirmation', () => {
  it('confirms the email from the link, once, and the reminder goes away', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ account: unverified }) },
      VerifyEmail: { verifyEmail: { ...maren, emailVerified: true } },
    });

    const { user } = renderRoute('/verify-email?token=secret-token');

    expect(await screen.findByRole('heading', { level: 1, name: 'Your email is confirmed' })).toBeInTheDocument();
    expect(screen.getByText('Thank you, Maren Okafor: maren@ridgeline.example is confirmed.')).toBeInTheDocument();
    const verifications = requests(fetchStub).filter((r) => r.operationName === 'VerifyEmail');
    expect(verifications.map((r) => r.variables)).toEqual([{ token: 'secret-token' }]);

    await user.click(await screen.findByRole('link', { name: 'Go to your practice' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Maren' })).toBeInTheDocument();
    expect(screen.queryByText('Please confirm your email address')).not.toBeInTheDocument();
  });

  it('explains a link that no longer works and offers a new one to a signed-in person', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ account: unverified }) },
      VerifyEmail: () => graphQLError('NOT_FOUND', 'This confirmation link is invalid, used or expired: ask for a new one'),
      ResendVerificationEmail: { resendVerificationEmail: true },
    });

    const { user } = renderRoute('/verify-email?token=old-token');

    expect(await screen.findByRole('heading', { level: 1, name: 'This confirmation link did not work' })).toBeInTheDocument();
    expect(screen.getByText('It may have been used already, or have expired: each link works once, for 48 hours.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Send a new link' }));

    expect(await screen.findByText('We sent a new link to maren@ridgeline.example. Earlier links no longer work.')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'ResendVerificationEmail')?.headers).toMatchObject({ authorization: 'Bearer access-1' });
  });

  it('asks a signed-out person to sign in for a new link', async () => {
    answerOperations(fetchStub, { VerifyEmail: () => graphQLError('NOT_FOUND', 'This confirmation link is invalid, used or expired: ask for a new one') });

    renderRoute('/verify-email?token=old-token');

    expect(await screen.findByRole('link', { name: 'Sign in to get a new link' })).toHaveAttribute('href', '/sign-in?next=%2Fapp');
  });

  it('offers Retry when the confirmation did not get through, and confirms on it', async () => {
    let attempts = 0;
    answerOperations(fetchStub, {
      VerifyEmail: () =>
        ++attempts === 1 ? new Response('', { status: 502, statusText: 'Bad Gateway' }) : graphQLAnswer({ verifyEmail: { ...maren, emailVerified: true } }),
    });

    const { user } = renderRoute('/verify-email?token=secret-token');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not confirm your email');
    expect(screen.queryByRole('heading', { name: 'This confirmation link did not work' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your email is confirmed' })).toBeInTheDocument();
  });

  it('says so when the link has no token', () => {
    renderRoute('/verify-email');

    expect(screen.getByRole('heading', { level: 1, name: 'This confirmation link is incomplete' })).toBeInTheDocument();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});

describe('the reminder to confirm the email', () => {
  it('is shown to signed-in people who have not confirmed, with a way to get a new link', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData({ account: unverified }) }, ResendVerificationEmail: { resendVerificationEmail: true } });

    const { user } = renderRoute('/app');

    expect(await screen.findByText('Please confirm your email address')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByText(/We sent a new link to maren@ridgeline.example/)).toBeInTheDocument();
  });

  it('is not shown once the email is confirmed', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData() } });

    renderRoute('/app');

    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Maren' })).toBeInTheDocument();
    expect(screen.queryByText('Please confirm your email address')).not.toBeInTheDocument();
  });
});
