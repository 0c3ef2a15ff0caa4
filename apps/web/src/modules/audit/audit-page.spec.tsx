import { screen, within } from '@testing-library/react';
import { answerOperations, requests, stubFetch } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const events = [
  { id: 'e2', action: 'MEMBER_INVITED', actorEmail: null, targetEmail: 'sam@example.com', ip: '203.0.113.7', createdAt: '2026-11-21T14:05:00Z' },
  { id: 'e1', action: 'SIGN_IN_FAILED', actorEmail: 'maren@ridgeline.example', targetEmail: null, ip: '198.51.100.4', createdAt: '2026-11-21T13:00:00Z' },
];

describe('audit log', () => {
  it('lists recent events of the practice for an admin', async () => {
    answerOperations(fetchStub, {
      RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'ADMIN')] }) },
      AuditEvents: { auditEvents: events },
    });

    renderRoute('/app/audit');

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    const failed = (await screen.findByText('Failed sign-in')).closest('tr') as HTMLElement;
    expect(within(failed).getByText('maren@ridgeline.example')).toBeInTheDocument();
    expect(within(failed).getByText('198.51.100.4')).toBeInTheDocument();
    const invited = screen.getByText('Invited').closest('tr') as HTMLElement;
    expect(within(invited).getByText('sam@example.com')).toBeInTheDocument();
    const request = requests(fetchStub).find((r) => r.operationName === 'AuditEvents');
    expect(request?.variables).toEqual({ limit: 100 });
    expect(request?.headers).toMatchObject({ 'x-practice-id': ridgeline.practiceId });
  });
});
