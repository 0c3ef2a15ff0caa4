import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch, type OperationAnswer } from '../../testing/fetch-stub';
import { fill } from '../../testing/fill';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { clockTime, masterclassData, registrationData } from './masterclass-fixtures';
import { renderRoute } from '../../testing/render-route';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

// Started an hour ago, so attendance can be marked.
const startedAt = () => new Date(Date.now() - 3_600_000).toISOString();

const ann = registrationData('r-ann', 'Ann Lee', { question: 'How do I stop rescuing my team?' });
const bob = registrationData('r-bob', 'Bob Stone', {
  status: 'WAITLISTED',
  waitlistPosition: 1,
  origin: { source: 'NEWSLETTER', newsletterIssue: '42', utmSource: 'newsletter', utmMedium: 'email', utmCampaign: 'spring' },
});
const cleo = registrationData('r-cleo', 'Cleo Park');

const page = (registrations: unknown[], total = registrations.length, nextCursor: string | null = null) => ({
  masterclassRegistrations: { total, nextCursor, registrations },
});

function renderDetail(masterclass: Record<string, unknown>, answers: Record<string, OperationAnswer>) {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
    CoachMasterclass: { masterclass: masterclassData(masterclass) },
    ...answers,
  });
  return renderRoute('/app/masterclasses/mc-1');
}

/** jsdom's Blob has no text(); its FileReader reads one. */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;
const operations = (name: string) => requests(fetchStub).filter((r) => r.operationName === name);

describe('the masterclass page', () => {
  it('shows the time in the presenting zone, the figures, and each registrant with their question and source', async () => {
    renderDetail({ waitlisted: 1 }, { MasterclassRegistrations: page([ann, bob]) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Leading without fixing' })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`${clockTime('2027-07-15T17:00:00.000Z', 'Europe/London')} \\(Europe/London\\)`))).toBeInTheDocument();
    const figures = within(screen.getByRole('region', { name: 'Figures' }));
    expect(figures.getByText('12 of 40')).toBeInTheDocument();
    expect(figures.getByText('28 left')).toBeInTheDocument();

    await screen.findByText('Ann Lee');
    expect(within(rowOf('Ann Lee')).getByText('How do I stop rescuing my team?')).toBeInTheDocument();
    expect(within(rowOf('Ann Lee')).getByText('Direct link')).toBeInTheDocument();
    expect(within(rowOf('Bob Stone')).getByText('Position 1')).toBeInTheDocument();
    expect(within(rowOf('Bob Stone')).getByText('Newsletter · issue 42 · utm: newsletter / email / spring')).toBeInTheDocument();
    // Not started yet: nothing to mark.
    expect(screen.getByText('Attendance can be marked once the masterclass has started.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Attendance of Ann Lee' })).not.toBeInTheDocument();
  });

  it('marks a confirmed registrant attended once it has started, and offers no mark to the waitlist', async () => {
    let annNow = ann;
    const { user } = renderDetail(
      { startsAt: startedAt(), registrationDeadline: startedAt() },
      {
        MasterclassRegistrations: () => graphQLAnswer(page([annNow, bob])),
        MarkAttendance: (request) => {
          const { marks } = request.variables.input as { marks: { registrationId: string; attendance: string | null }[] };
          annNow = { ...ann, attendance: marks[0].attendance };
          return graphQLAnswer({ markAttendance: [annNow] });
        },
      },
    );

    const attendance = within(await screen.findByRole('group', { name: 'Attendance of Ann Lee' }));
    expect(attendance.getByRole('button', { name: 'Attended' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(rowOf('Bob Stone')).getByText('No seat')).toBeInTheDocument();

    await user.click(attendance.getByRole('button', { name: 'Attended' }));
    await waitFor(() => expect(attendance.getByRole('button', { name: 'Attended' })).toHaveAttribute('aria-pressed', 'true'));
    expect(operations('MarkAttendance')[0].variables).toEqual({ input: { masterclassId: 'mc-1', marks: [{ registrationId: 'r-ann', attendance: 'ATTENDED' }] } });

    await user.click(attendance.getByRole('button', { name: 'No-show' }));
    await waitFor(() => expect(attendance.getByRole('button', { name: 'No-show' })).toHaveAttribute('aria-pressed', 'true'));
    expect(attendance.getByRole('button', { name: 'Attended' })).toHaveAttribute('aria-pressed', 'false');
    expect(operations('MarkAttendance')[1].variables).toEqual({ input: { masterclassId: 'mc-1', marks: [{ registrationId: 'r-ann', attendance: 'NO_SHOW' }] } });
  });

  it('searches and filters through the API and loads the next page with the cursor', async () => {
    const { user } = renderDetail({}, { MasterclassRegistrations: (request) => graphQLAnswer(request.variables.after === 'c-50' ? page([cleo], 2) : page([ann], 2, 'c-50')) });

    await screen.findByText('Ann Lee');
    expect(screen.getByText('Showing 1 of 2 registrations')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Cleo Park')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'WAITLISTED');
    await fill(user, screen.getByRole('textbox', { name: 'Search' }), 'bob');
    await waitFor(() =>
      expect(operations('MasterclassRegistrations').at(-1)?.variables).toEqual({
        masterclassId: 'mc-1',
        filter: { search: 'bob', statuses: ['WAITLISTED'] },
        first: 50,
        after: null,
      }),
    );
  });

  it('invites a registrant as a client in one step and shows it done', async () => {
    let invited = false;
    const { user } = renderDetail(
      {},
      {
        MasterclassRegistrations: () => graphQLAnswer(page([invited ? { ...ann, clientId: 'c-ann', invitedAsClientAt: new Date().toISOString() } : ann])),
        InviteRegistrantAsClient: () => {
          invited = true;
          return graphQLAnswer({ inviteRegistrantAsClient: { clientId: 'c-ann', email: 'ann@example.com' } });
        },
      },
    );

    await user.click(await screen.findByRole('button', { name: 'Invite Ann Lee as a client' }));
    expect(await within(rowOf('Ann Lee')).findByText('Invited as a client')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Invite Ann Lee as a client' })).not.toBeInTheDocument();
    expect(operations('InviteRegistrantAsClient')[0].variables).toEqual({ registrationId: 'r-ann' });
  });

  it('asks before cancelling, saying every registrant will be emailed', async () => {
    const { user } = renderDetail(
      { waitlisted: 3 },
      {
        MasterclassRegistrations: page([ann]),
        CancelMasterclass: { cancelMasterclass: masterclassData({ status: 'CANCELLED', waitlisted: 3 }) },
      },
    );

    await user.click(await screen.findByRole('button', { name: 'Cancel masterclass' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Cancel Leading without fixing?' }));
    expect(dialog.getByText(/Every registrant \(15 people, the waitlist included\) will be emailed/)).toBeInTheDocument();
    expect(operations('CancelMasterclass')).toHaveLength(0);

    await user.click(dialog.getByRole('button', { name: 'Cancel and email registrants' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(screen.getByRole('heading', { level: 1 }).parentElement as HTMLElement).getByText('Cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel masterclass' })).not.toBeInTheDocument();
    expect(operations('CancelMasterclass')[0].variables).toEqual({ id: 'mc-1' });
  });

  it('exports the registrations as a CSV file', async () => {
    const csv = 'name,email\r\nAnn Lee,ann@example.com\r\n';
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:registrations';
    };
    URL.revokeObjectURL = () => {};
    // jsdom would try to navigate to the file; the name the browser would save it under is what matters.
    const names: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { user } = renderDetail({}, { MasterclassRegistrations: page([ann]), MasterclassRegistrationsCsv: { masterclassRegistrationsCsv: csv } });

    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(await textOf(saved[0])).toBe(csv);
    expect(names).toEqual(['registrations-leading-without-fixing.csv']);
    expect(operations('MasterclassRegistrationsCsv')[0].variables).toEqual({ masterclassId: 'mc-1' });
  });
});
