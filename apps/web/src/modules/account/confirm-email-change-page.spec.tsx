import { screen } from '@testing-library/react';
import { answerOperations, graphQLError, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { maren, rememberSignedIn, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const changed = { ...maren, email: 'maren@okafor.example', pendingEmail: null };

describe('confirming a new address', () => {
  it('checks the link on arrival, changes the address only when the person confirms, and the header learns it', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData() },
      EmailLinkValid: { emailLinkValid: true },
      ConfirmEmailChange: { confirmEmailChange: changed },
      AccountSettings: { viewer: { account: changed, memberships: [] } },
    });
    const { user } = renderRoute('/confirm-email-change?token=change-token');

    const confirm = await screen.findByRole('button', { name: 'Confirm my new address' });
    expect(screen.getByRole('heading', { level: 1, name: 'Confirm your new address' })).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'EmailLinkValid')?.variables).toEqual({ token: 'change-token', purpose: 'CHANGE_EMAIL' });
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('ConfirmEmailChange');

    await user.click(confirm);

    expect(await screen.findByRole('heading', { level: 1, name: 'Your address is changed' })).toBeInTheDocument();
    expect(screen.getByText(/You now sign in with/)).toHaveTextContent('You now sign in with maren@okafor.example, and mail from Ascend goes there.');
    expect(requests(fetchStub).find((r) => r.operationName === 'ConfirmEmailChange')?.variables).toEqual({ token: 'change-token' });

    await user.click(screen.getByRole('button', { name: 'Account menu of Maren Okafor' }));
    expect(await screen.findByText('maren@okafor.example', { selector: '.mantine-Menu-label *' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to your account page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Account settings' })).toBeInTheDocument();
  });

  it('offers a signed-out person to sign in afterwards', async () => {
    answerOperations(fetchStub, { EmailLinkValid: { emailLinkValid: true }, ConfirmEmailChange: { confirmEmailChange: changed } });
    const { user } = renderRoute('/confirm-email-change?token=change-token');

    await user.click(await screen.findByRole('button', { name: 'Confirm my new address' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your address is changed' })).toBeInTheDocument();
    // The header's own "Sign in" leads to the sign-in page without a destination; the page's leads on to the account.
    expect(screen.getAllByRole('link', { name: 'Sign in' }).map((link) => link.getAttribute('href'))).toEqual(['/sign-in', '/sign-in?next=%2Fapp%2Faccount']);
  });

  it('says at once that a dead link is dead, with the next step, before anything is pressed', async () => {
    answerOperations(fetchStub, { EmailLinkValid: { emailLinkValid: false } });
    renderRoute('/confirm-email-change?token=old-token');

    expect(await screen.findByRole('heading', { level: 1, name: 'This link no longer works' })).toBeInTheDocument();
    expect(screen.getByText(/ask for a new link from your account page/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in to ask for a new link' })).toHaveAttribute('href', '/sign-in?next=%2Fapp%2Faccount');
    expect(screen.queryByRole('button', { name: 'Confirm my new address' })).not.toBeInTheDocument();
  });

  it('says a link without a token is incomplete, without asking the API', async () => {
    renderRoute('/confirm-email-change');

    expect(await screen.findByRole('heading', { level: 1, name: 'This link is incomplete' })).toBeInTheDocument();
    expect(requests(fetchStub)).toEqual([]);
  });

  it('reports a link that died after the page opened as dead', async () => {
    answerOperations(fetchStub, {
      EmailLinkValid: { emailLinkValid: true },
      ConfirmEmailChange: () => graphQLError('NOT_FOUND', 'This link is invalid, used or expired', [{ field: 'token', message: 'is invalid, used or expired' }]),
    });
    const { user } = renderRoute('/confirm-email-change?token=change-token');

    await user.click(await screen.findByRole('button', { name: 'Confirm my new address' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'This link no longer works' })).toBeInTheDocument();
  });

  it("shows the server's message when the address has an account now, and no button that cannot work", async () => {
    const conflict = 'maren@okafor.example has an account now: choose another address';
    answerOperations(fetchStub, {
      EmailLinkValid: { emailLinkValid: true },
      ConfirmEmailChange: () => graphQLError('CONFLICT', conflict, [{ field: 'token', message: 'the address has an account now' }]),
    });
    const { user } = renderRoute('/confirm-email-change?token=change-token');

    await user.click(await screen.findByRole('button', { name: 'Confirm my new address' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your address was not changed');
    expect(alert).toHaveTextContent(conflict);
    expect(screen.getByRole('link', { name: 'account page' })).toHaveAttribute('href', '/app/account');
    expect(screen.queryByRole('button', { name: 'Confirm my new address' })).not.toBeInTheDocument();
  });
});
