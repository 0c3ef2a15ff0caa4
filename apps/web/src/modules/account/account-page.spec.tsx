import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { answerOperations, graphQLAnswer, graphQLError, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { maren, membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
});

const account = { ...maren, pendingEmail: null as string | null };

function settings(overrides: Partial<typeof account> = {}) {
  return { viewer: { account: { ...account, ...overrides }, memberships: [membership(ridgeline, 'OWNER')] } };
}

async function openAccountPage(answers: Record<string, OperationAnswer> = {}, { practice = true } = {}) {
  rememberSignedIn();
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData(practice ? {} : { memberships: [] }) },
    AccountSettings: settings(),
    ...answers,
  });
  const view = renderRoute('/app/account');
  expect(await screen.findByRole('heading', { level: 1, name: 'Account settings' })).toBeInTheDocument();
  await screen.findByRole('heading', { level: 2, name: 'Your name' });
  return view;
}

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('the account page', () => {
  it('is reached from the account menu and shows the account as the API has it, with no practice header sent', async () => {
    rememberSignedIn();
    answerOperations(fetchStub, { RefreshSession: { refreshSession: sessionData() }, AccountSettings: settings({ pendingEmail: 'maren@new.example' }) });
    const { user, router } = renderRoute('/app');

    await user.click(await screen.findByRole('button', { name: 'Account menu of Maren Okafor' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Account settings' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Account settings' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/account');
    expect(document.title).toBe('Account settings · Ascend');
    expect(section('Your name').getByLabelText(/^Your name/)).toHaveValue('Maren Okafor');
    expect(section('Sign-in address').getByText('maren@ridgeline.example')).toBeInTheDocument();
    expect(section('Sign-in address').getByText('maren@new.example')).toBeInTheDocument();
    expect(section('Your practices').getByText('Ridgeline Leadership Coaching')).toBeInTheDocument();
    expect(requests(fetchStub).find((r) => r.operationName === 'AccountSettings')?.headers).not.toHaveProperty('x-practice-id');
    // With a practice, the practice's menu stays beside the page.
    expect(screen.getByRole('navigation', { name: 'Ridgeline Leadership Coaching menu' })).toBeInTheDocument();
  });

  it('is open to people without a practice, without a practice menu', async () => {
    await openAccountPage({ AccountSettings: { viewer: { account, memberships: [] } } }, { practice: false });

    expect(screen.queryByRole('navigation', { name: /menu$/ })).not.toBeInTheDocument();
    expect(section('Your practices').getByText(/You are not part of a practice/)).toBeInTheDocument();
    expect(section('Your practices').getByRole('link', { name: 'Start a practice' })).toHaveAttribute('href', '/app/new-practice');
  });

  it('says a name is too long as it is typed, and saves a name the header then shows', async () => {
    const { user } = await openAccountPage({ ChangeMyName: ({ variables }) => graphQLAnswer({ changeMyName: { ...account, name: (variables.input as { name: string }).name } }) });
    const name = section('Your name').getByLabelText(/^Your name/);

    await fill(user, name, 'M'.repeat(121));
    expect(name).toHaveAccessibleDescription('Your name can be at most 120 characters (it has 121)');
    await user.click(section('Your name').getByRole('button', { name: 'Save name' }));
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('ChangeMyName');

    await fill(user, name, '  Maren Okafor-Lind ');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(section('Your name').getByRole('button', { name: 'Save name' }));

    expect(await section('Your name').findByRole('status')).toHaveTextContent('Your name is saved');
    expect(requests(fetchStub).find((r) => r.operationName === 'ChangeMyName')?.variables).toEqual({ input: { name: 'Maren Okafor-Lind' } });
    expect(screen.getByRole('button', { name: 'Account menu of Maren Okafor-Lind' })).toBeInTheDocument();
  });

  it("shows the server's word on the name under the field, until the next edit", async () => {
    const { user } = await openAccountPage({
      ChangeMyName: () => graphQLError('BAD_USER_INPUT', 'Invalid input: input.name must contain visible text', [{ field: 'input.name', message: 'must contain visible text' }]),
    });
    const name = section('Your name').getByLabelText(/^Your name/);

    await fill(user, name, '\u200b\u200b');
    await user.click(section('Your name').getByRole('button', { name: 'Save name' }));

    expect(await section('Your name').findByText('Must contain visible text')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.type(name, 'M');
    expect(section('Your name').queryByText('Must contain visible text')).not.toBeInTheDocument();
  });

  it('checks the new address as it is typed, and asks for a confirmation link with the current password', async () => {
    const { user } = await openAccountPage({ RequestEmailChange: { requestEmailChange: { ...account, pendingEmail: 'maren@okafor.example' } } });
    const email = section('Sign-in address');

    await fill(user, email.getByLabelText(/^New address/), 'maren@okafor');
    expect(email.getByLabelText(/^New address/)).toHaveAccessibleDescription('Enter an email address such as name@example.com');
    await fill(user, email.getByLabelText(/^New address/), 'Maren@Ridgeline.example');
    expect(email.getByLabelText(/^New address/)).toHaveAccessibleDescription('This is already your address');

    await fill(user, email.getByLabelText(/^New address/), 'maren@okafor.example');
    await user.click(email.getByRole('button', { name: 'Send a confirmation link' }));
    expect(email.getByLabelText(/^Current password/)).toHaveAccessibleDescription(expect.stringContaining('Enter your current password'));

    await fill(user, email.getByLabelText(/^Current password/), 'a long enough passphrase');
    await user.click(email.getByRole('button', { name: 'Send a confirmation link' }));

    expect(await email.findByRole('status')).toHaveTextContent(
      'We sent a link to maren@okafor.example. Your address changes when you follow it; until then you sign in with maren@ridgeline.example.',
    );
    expect(requests(fetchStub).find((r) => r.operationName === 'RequestEmailChange')?.variables).toEqual({
      input: { newEmail: 'maren@okafor.example', currentPassword: 'a long enough passphrase' },
    });
    expect(email.getByText(/becomes your sign-in address when the link/)).toHaveTextContent('maren@okafor.example');
    expect(email.getByLabelText(/^Current password/)).toHaveValue('');
  });

  it('shows a wrong current password under its field', async () => {
    const { user } = await openAccountPage({
      RequestEmailChange: () =>
        graphQLError('UNAUTHENTICATED', 'Invalid input: input.currentPassword is not your current password', [
          { field: 'input.currentPassword', message: 'is not your current password' },
        ]),
    });
    const email = section('Sign-in address');

    await fill(user, email.getByLabelText(/^New address/), 'maren@okafor.example');
    await fill(user, email.getByLabelText(/^Current password/), 'not my password');
    await user.click(email.getByRole('button', { name: 'Send a confirmation link' }));

    expect(await email.findByText('Is not your current password')).toBeInTheDocument();
    expect(email.getByLabelText(/^Current password/)).toHaveAccessibleDescription(expect.stringContaining('Is not your current password'));
    expect(email.queryByRole('alert')).not.toBeInTheDocument();
    expect(email.getByLabelText(/^New address/)).toHaveValue('maren@okafor.example');
  });

  it('cancels a pending change', async () => {
    const { user } = await openAccountPage({
      AccountSettings: settings({ pendingEmail: 'maren@okafor.example' }),
      CancelEmailChange: { cancelEmailChange: account },
    });
    const email = section('Sign-in address');

    await user.click(email.getByRole('button', { name: 'Cancel this change' }));

    expect(await email.findByRole('status')).toHaveTextContent('The change is cancelled');
    expect(email.queryByText('maren@okafor.example')).not.toBeInTheDocument();
    expect(requests(fetchStub).map((r) => r.operationName)).toContain('CancelEmailChange');
  });

  it('checks the new password and its confirmation as they are typed, and says other sessions were signed out', async () => {
    const { user } = await openAccountPage({ ChangeMyPassword: { changeMyPassword: true } });
    const password = section('Password');

    expect(password.getByLabelText(/^New password/)).toHaveAccessibleDescription('At least 10 characters, not a common password.');
    await fill(user, password.getByLabelText(/^New password/), 'short');
    expect(password.getByLabelText(/^New password/)).toHaveAccessibleDescription(expect.stringContaining('The password needs at least 10 characters (it has 5)'));

    await fill(user, password.getByLabelText(/^New password/), 'tidal pools at dawn');
    await fill(user, password.getByLabelText(/^Confirm the new password/), 'tidal');
    // Still on its way to matching: nothing to say yet.
    expect(password.getByLabelText(/^Confirm the new password/)).not.toHaveAttribute('aria-invalid', 'true');
    await fill(user, password.getByLabelText(/^Confirm the new password/), 'tidal pals');
    expect(password.getByLabelText(/^Confirm the new password/)).toHaveAccessibleDescription('Does not match the new password');

    await fill(user, password.getByLabelText(/^Confirm the new password/), 'tidal pools at dawn');
    await fill(user, password.getByLabelText(/^Current password/), 'the old passphrase');
    await user.click(password.getByRole('button', { name: 'Change password' }));

    const notice = await password.findByRole('status');
    expect(notice).toHaveTextContent('Your password is changed');
    expect(notice).toHaveTextContent('Every other session of your account was signed out; this one goes on.');
    expect(requests(fetchStub).find((r) => r.operationName === 'ChangeMyPassword')?.variables).toEqual({
      input: { currentPassword: 'the old passphrase', newPassword: 'tidal pools at dawn' },
    });
    expect(password.getByLabelText(/^New password/)).toHaveValue('');
  });

  it('refuses a confirmation that stopped short of the new password', async () => {
    const { user } = await openAccountPage();
    const password = section('Password');

    await fill(user, password.getByLabelText(/^Current password/), 'the old passphrase');
    await fill(user, password.getByLabelText(/^New password/), 'tidal pools at dawn');
    await fill(user, password.getByLabelText(/^Confirm the new password/), 'tidal pools');
    await user.click(password.getByRole('button', { name: 'Change password' }));

    expect(password.getByLabelText(/^Confirm the new password/)).toHaveAccessibleDescription('Does not match the new password');
    expect(requests(fetchStub).map((r) => r.operationName)).not.toContain('ChangeMyPassword');
  });

  it("shows the server's answers on a password under their fields, and a failure naming none above the form until the next edit", async () => {
    let answer = graphQLError('BAD_USER_INPUT', 'Invalid input: input.newPassword is too common', [
      { field: 'input.newPassword', message: 'is too common: pick something others would not guess' },
    ]);
    const { user } = await openAccountPage({ ChangeMyPassword: () => answer });
    const password = section('Password');

    await fill(user, password.getByLabelText(/^Current password/), 'the old passphrase');
    await fill(user, password.getByLabelText(/^New password/), 'password123');
    await fill(user, password.getByLabelText(/^Confirm the new password/), 'password123');
    await user.click(password.getByRole('button', { name: 'Change password' }));
    expect(await password.findByText('Is too common: pick something others would not guess')).toBeInTheDocument();

    answer = graphQLError('TOO_MANY_REQUESTS', 'Too many attempts: try again in a minute');
    await user.click(password.getByRole('button', { name: 'Change password' }));
    const alert = await password.findByRole('alert');
    expect(alert).toHaveTextContent('Your password was not changed');
    expect(alert).toHaveTextContent('Too many attempts: try again in a minute');
    expect(password.queryByText('Is too common: pick something others would not guess')).not.toBeInTheDocument();

    await user.type(password.getByLabelText(/^Current password/), '!');
    expect(password.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the account page for assistive technology', () => {
  async function seriousViolations() {
    // jsdom lays nothing out, so colour contrast is left to the browser journeys.
    const result = await axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('has no serious axe violation, with messages showing and with a dialog open', async () => {
    const { user } = await openAccountPage({ AccountSettings: settings({ pendingEmail: 'maren@okafor.example' }) });
    await fill(user, section('Sign-in address').getByLabelText(/^New address/), 'maren@okafor');
    await fill(user, section('Password').getByLabelText(/^New password/), 'short');

    expect(await seriousViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Delete my account' }));
    await screen.findByRole('dialog', { name: 'Delete your account?' });
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Keep my account' }));

    await user.click(screen.getByRole('button', { name: 'Leave Ridgeline Leadership Coaching' }));
    await screen.findByRole('dialog', { name: 'Leave Ridgeline Leadership Coaching?' });
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('the account menus', () => {
  it('give a practice name cut short in the switcher whole, on keyboard focus as on hover', async () => {
    const longName = 'Northstar Coaching for Leaders, Founders and Their Teams';
    const northstar = { practiceId: 'b7a1c3c0-0000-4000-8000-000000000009', practiceSlug: 'northstar', practiceName: longName };
    rememberSignedIn();
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(northstar, 'OWNER'), membership(ridgeline, 'COACH')] }) },
    });
    const { user } = renderRoute('/app');

    const switcher = await screen.findByRole('button', { name: `Practice: ${longName}. Switch practice` });
    for (let presses = 0; presses < 20 && document.activeElement !== switcher; presses++) await user.tab();

    expect(switcher).toHaveFocus();
    // Hover: the title. Focus: the stylesheet unfolds the name (jsdom applies no styles: its rule is what is checked).
    expect(switcher).toHaveAttribute('title', longName);
    expect(switcher).toHaveClass('switcher');
    expect(within(switcher).getByText(longName)).toHaveClass('name');
    expect(readFileSync(join(__dirname, '../auth/account-menus.module.css'), 'utf8')).toMatch(/\.switcher:focus-visible \.name \{[^}]*white-space: normal/);
  });
});

