import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { formatDateTime } from '@ascend/web/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSignedIn } from '../auth/auth-provider';
import { people } from './newsletter-labels';
import { type CoachNewsletterIssue, useNewsletterIssueActions } from './use-newsletter-issues';
import { useSubscriberCounts } from './use-subscribers';

type Confirming = 'send' | 'schedule' | 'delete' | null;

/** "2026-11-22T09:30" for a datetime-local field: the device's own clock. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * What can be done with a draft or scheduled issue: a test to yourself, scheduling, sending now (after saying how
 * many it will reach) and deleting. `unsaved` holds them back while the composer has changes not yet saved.
 */
export function IssueActions({ issue, unsaved }: { issue: CoachNewsletterIssue; unsaved: boolean }) {
  const navigate = useNavigate();
  const { viewer } = useSignedIn();
  const counts = useSubscriberCounts();
  const { sendTest, schedule, unschedule, sendNow, remove } = useNewsletterIssueActions();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [at, setAt] = useState('');
  const [atProblem, setAtProblem] = useState<string | null>(null);
  const failure = sendTest.error ?? schedule.error ?? unschedule.error ?? sendNow.error ?? remove.error;
  const reach = counts.data?.subscribed;

  const submitSchedule = () => {
    const when = new Date(at);
    if (!at || Number.isNaN(when.getTime())) return setAtProblem('Choose a day and time');
    if (when.getTime() <= Date.now()) return setAtProblem('Choose a time in the future');
    schedule.mutate({ id: issue.id, at: when.toISOString() }, { onSuccess: () => setConfirming(null) });
  };

  return (
    <Stack gap="sm">
      {issue.status === 'SCHEDULED' && issue.scheduledAt && (
        <Alert color="blue" variant="light" title={`Scheduled for ${formatDateTime(issue.scheduledAt)}`}>
          It goes to everyone subscribed at that moment. Unschedule it to keep it as a draft.
        </Alert>
      )}
      {unsaved && (
        <Text size="sm" c="gray.7">
          Save your changes to test, schedule or send them.
        </Text>
      )}
      <Group gap="sm">
        <Button variant="default" disabled={unsaved} loading={sendTest.isPending} onClick={() => sendTest.mutate(issue.id)}>
          Send test to me
        </Button>
        {issue.status === 'SCHEDULED' ? (
          <Button variant="default" loading={unschedule.isPending} onClick={() => unschedule.mutate(issue.id)}>
            Unschedule
          </Button>
        ) : (
          <Button variant="default" disabled={unsaved} onClick={() => setConfirming('schedule')}>
            Schedule
          </Button>
        )}
        <Button disabled={unsaved} onClick={() => setConfirming('send')}>
          Send now
        </Button>
        {issue.status === 'DRAFT' && (
          <Button variant="subtle" color="red" onClick={() => setConfirming('delete')}>
            Delete draft
          </Button>
        )}
      </Group>
      {sendTest.isSuccess && (
        <Text size="sm" c="teal.8" role="status">
          Test sent to {viewer.account.email}
        </Text>
      )}
      {failure && (
        <Alert color="red" variant="light" title="That was not done" withCloseButton onClose={() => [sendTest, schedule, unschedule, sendNow, remove].forEach((a) => a.reset())}>
          {failure.message}
        </Alert>
      )}

      <Modal opened={confirming === 'send'} onClose={() => setConfirming(null)} title={`Send “${issue.subject}” now?`} centered>
        <Stack gap="md">
          <Text size="sm">
            {reach === undefined
              ? 'Counting the subscribers…'
              : `It goes to ${people(reach)} now, each exactly once. Sending cannot be stopped or undone.`}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)}>
              Not yet
            </Button>
            <Button disabled={reach === undefined} loading={sendNow.isPending} onClick={() => sendNow.mutate(issue.id, { onSettled: () => setConfirming(null) })}>
              {reach === undefined ? 'Send' : `Send to ${people(reach)}`}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={confirming === 'schedule'} onClose={() => setConfirming(null)} title="Schedule the issue" centered>
        <Stack gap="md">
          <TextInput
            label="Send on"
            description="Your device’s time."
            type="datetime-local"
            min={localInputValue(new Date())}
            value={at}
            onChange={(event) => {
              setAt(event.currentTarget.value);
              setAtProblem(null);
            }}
            error={atProblem}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)}>
              Cancel
            </Button>
            <Button loading={schedule.isPending} onClick={submitSchedule}>
              Schedule
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={confirming === 'delete'} onClose={() => setConfirming(null)} title={`Delete “${issue.subject}”?`} centered>
        <Stack gap="md">
          <Text size="sm">The draft goes away for good.</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(issue.id, { onSuccess: () => void navigate('/app/newsletter', { replace: true }), onSettled: () => setConfirming(null) })}
            >
              Delete draft
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
