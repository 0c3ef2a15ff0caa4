import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { counts, issueData } from './newsletter-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const sent = issueData({ status: 'SENT', recipients: 240, sent: 238, failed: 2, bounced: 3, unsubscribed: 4, finishedAt: '2026-11-20T10:02:00.000Z' });
const weekly = issueData({ id: 'issue-2', subject: 'This week: the workhorse trap', kind: 'WEEKLY', weekOf: '2026-11-16' });

describe('the newsletter overview', () => {
  it('lists the issues with their kind, status and figures, the subscriber counts, and saves the weekly day', async () => {
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
      SubscriberCounts: { subscribers: { counts } },
      NewsletterIssues: { newsletterIssues: [weekly, sent] },
      NewsletterSettings: { newsletterSettings: { weeklyEnabled: true, weeklyWeekday: 4 } },
      UpdateNewsletterSettings: (request) => graphQLAnswer({ updateNewsletterSettings: (request.variables as { input: object }).input }),
    });
    const { user } = renderRoute('/app/newsletter');

    expect(await screen.findByRole('heading', { level: 1, name: 'Newsletter' })).toBeInTheDocument();
    const sentRow = within((await screen.findByRole('link', { name: 'Three traps of the new manager' })).closest('tr') as HTMLElement);
    expect(sentRow.getByText('Manual')).toBeInTheDocument();
    expect(sentRow.getByText('Sent')).toBeInTheDocument();
    expect(sentRow.getByText('238 of 240')).toBeInTheDocument();
    expect(sentRow.getByText('3')).toBeInTheDocument();
    expect(sentRow.getByText('4')).toBeInTheDocument();
    const weeklyRow = within(screen.getByRole('link', { name: 'This week: the workhorse trap' }).closest('tr') as HTMLElement);
    expect(weeklyRow.getByText('Weekly')).toBeInTheDocument();
    expect(weeklyRow.getByText('Draft')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'This week: the workhorse trap' })).toHaveAttribute('href', '/app/newsletter/issues/issue-2');
    expect(await screen.findByText('240')).toBeInTheDocument();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Drafted on' }), 'Monday');
    await waitFor(() =>
      expect(requests(fetchStub).filter((r) => r.operationName === 'UpdateNewsletterSettings').map((r) => r.variables)).toEqual([
        { input: { weeklyEnabled: true, weeklyWeekday: 1 } },
      ]),
    );
  });
});
