import { formatDay } from '@ascend/web/ui';
import { screen, waitFor } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { counts, issueData } from './newsletter-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const previewOf = (request: { variables: Record<string, unknown> }) =>
  graphQLAnswer({ newsletterIssuePreview: `<html><body><h1>${String(request.variables.subject)}</h1><p>${String(request.variables.body)}</p></body></html>` });

function renderIssue(path: string, answers: Record<string, OperationAnswer>) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
    SubscriberCounts: { subscribers: { counts } },
    NewsletterIssuePreview: previewOf,
    ...answers,
  });
  return renderRoute(path);
}

const calls = (operation: string) => requests(fetchStub).filter((r) => r.operationName === operation);
const frame = () => screen.getByTitle('Email preview');

describe('the issue composer', () => {
  it('previews the whole email in a sandboxed frame, again once typing pauses', async () => {
    const { user } = renderIssue('/app/newsletter/issues/issue-1', { NewsletterIssue: { newsletterIssue: issueData() } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Three traps of the new manager' })).toBeInTheDocument();
    await waitFor(() => expect(frame()).toHaveAttribute('srcdoc', expect.stringContaining('<h1>Three traps of the new manager</h1>')));
    expect(frame()).toHaveAttribute('sandbox', '');
    expect(calls('NewsletterIssuePreview')[0].variables).toEqual({
      subject: 'Three traps of the new manager',
      preheader: 'And a masterclass to get out of them',
      body: '## The workhorse trap\n\nYou fix everything yourself.',
    });

    await fill(user, screen.getByRole('textbox', { name: 'Body' }), 'Delegate one decision this week.');
    await waitFor(() => expect(frame()).toHaveAttribute('srcdoc', expect.stringContaining('<p>Delegate one decision this week.</p>')));
    expect(screen.getByText('Save your changes to test, schedule or send them.')).toBeInTheDocument();
  });

  it('sends a test to the coach’s own address', async () => {
    const { user } = renderIssue('/app/newsletter/issues/issue-1', { NewsletterIssue: { newsletterIssue: issueData() }, SendNewsletterTest: { sendNewsletterTest: true } });

    await user.click(await screen.findByRole('button', { name: 'Send test to me' }));
    expect(await screen.findByText('Test sent to maren@ridgeline.example')).toBeInTheDocument();
    expect(calls('SendNewsletterTest').map((r) => r.variables)).toEqual([{ id: 'issue-1' }]);
  });

  it('says how many subscribers sending now reaches, then follows the send live until the figures', async () => {
    let polls = 0;
    const { user } = renderIssue('/app/newsletter/issues/issue-1', {
      NewsletterIssue: () => {
        polls += 1;
        const sending = issueData({ status: 'SENDING', recipients: 240, startedAt: '2026-11-22T10:00:00.000Z' });
        if (polls === 1) return graphQLAnswer({ newsletterIssue: issueData() });
        if (polls === 2) return graphQLAnswer({ newsletterIssue: { ...sending, sent: 120, failed: 2, pending: 118 } });
        return graphQLAnswer({ newsletterIssue: { ...sending, status: 'SENT', sent: 238, failed: 2, bounced: 3, complained: 1, unsubscribed: 4, finishedAt: '2026-11-22T10:02:00.000Z' } });
      },
      SendNewsletterIssueNow: { sendNewsletterIssueNow: issueData({ status: 'SENDING', recipients: 240, pending: 240 }) },
    });

    await user.click(await screen.findByRole('button', { name: 'Send now' }));
    expect(await screen.findByText(/It goes to 240 subscribers now, each exactly once/)).toBeInTheDocument();
    expect(calls('SendNewsletterIssueNow')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Send to 240 subscribers' }));

    expect(await screen.findByText('0 / 240 sent (0%) · 0 failed')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Body' })).not.toBeInTheDocument();
    expect(await screen.findByText('120 / 240 sent (51%) · 2 failed', {})).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: /^Sent / })).toBeInTheDocument();
    expect(screen.getByText('238')).toBeInTheDocument();
    expect(screen.getByText('of 240 recipients')).toBeInTheDocument();
    expect(calls('SendNewsletterIssueNow').map((r) => r.variables)).toEqual([{ id: 'issue-1' }]);
    // Sent: the page stops asking.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(calls('NewsletterIssue')).toHaveLength(3);
  });

  it('notes which week a weekly draft is for', async () => {
    renderIssue('/app/newsletter/issues/issue-1', { NewsletterIssue: { newsletterIssue: issueData({ kind: 'WEEKLY', weekOf: '2026-11-16' }) } });
    expect(await screen.findByText(`Weekly insights draft for the week of ${formatDay('2026-11-16')}`)).toBeInTheDocument();
  });

  it('saves a new issue as a draft and opens it', async () => {
    const { user } = renderIssue('/app/newsletter/issues/new', {
      CreateNewsletterIssue: (request) => graphQLAnswer({ createNewsletterIssue: issueData({ ...(request.variables.input as object), id: 'issue-9' }) }),
      NewsletterIssue: { newsletterIssue: issueData({ id: 'issue-9', subject: 'Leading without fixing' }) },
    });

    await fill(user, await screen.findByRole('textbox', { name: /^Subject/ }), 'Leading without fixing');
    await fill(user, screen.getByRole('textbox', { name: 'Body' }), 'Ask, then wait.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Leading without fixing' })).toBeInTheDocument();
    expect(calls('CreateNewsletterIssue')[0].variables).toEqual({ input: { subject: 'Leading without fixing', preheader: '', body: 'Ask, then wait.' } });
  });
});
