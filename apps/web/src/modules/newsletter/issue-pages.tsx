import { Alert, Anchor, Badge, Container, Group, Stack, Text, Title } from '@mantine/core';
import { formatDay, PageState, usePageTitle } from '@ascend/web/ui';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { IssueActions } from './issue-actions';
import { IssueComposer } from './issue-composer';
import { IssuePreviewFrame } from './issue-preview-frame';
import { IssueFigures, IssueSendingProgress } from './issue-progress';
import { issueKindLabels, issueStatusColors, issueStatusLabels } from './newsletter-labels';
import { type CoachNewsletterIssue, useNewsletterIssue, useNewsletterIssueActions } from './use-newsletter-issues';

const emptyIssue = { subject: '', preheader: '', body: '' };

function BackLink() {
  return (
    <Anchor component={Link} to="/app/newsletter" size="sm">
      ← Newsletter
    </Anchor>
  );
}

/** /app/newsletter/issues/new: a new issue, kept as a draft until it is sent or scheduled. */
export function NewIssuePage() {
  usePageTitle('New issue');
  const navigate = useNavigate();
  const { create } = useNewsletterIssueActions();

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Stack gap="xs">
          <BackLink />
          <Title order={1}>New issue</Title>
          <Text c="gray.7">Saved as a draft: once saved you can send yourself a test, schedule it or send it.</Text>
        </Stack>
        <IssueComposer
          initial={emptyIssue}
          saving={create.isPending}
          error={create.error}
          submitLabel="Save draft"
          onSave={(text) => create.mutate(text, { onSuccess: (saved) => void navigate(`/app/newsletter/issues/${saved.id}`, { replace: true }) })}
        />
      </Stack>
    </Container>
  );
}

/** /app/newsletter/issues/:issueId: compose and send a draft; follow a sending issue live; a sent one's figures. */
export function IssuePage() {
  const { issueId = '' } = useParams();
  const issue = useNewsletterIssue(issueId);
  usePageTitle(issue.data ? issue.data.subject : 'Issue');

  if (issue.isPending) return <PageState kind="loading" label="Loading the issue" />;
  if (issue.error) {
    return <PageState kind="error" title="The issue did not load" error={issue.error} onRetry={() => void issue.refetch()} retrying={issue.isRefetching} />;
  }
  const current = issue.data;
  const editable = current.status === 'DRAFT' || current.status === 'SCHEDULED';

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Stack gap="xs">
          <BackLink />
          <Group gap="sm">
            <Title order={1}>{current.subject}</Title>
            <Badge variant="light" color={issueStatusColors[current.status]} size="lg">
              {issueStatusLabels[current.status]}
            </Badge>
            <Badge variant="outline" color={current.kind === 'WEEKLY' ? 'violet' : 'gray'}>
              {issueKindLabels[current.kind]}
            </Badge>
          </Group>
          {current.kind === 'WEEKLY' && current.weekOf && (
            <Alert color="violet" variant="light" title={`Weekly insights draft for the week of ${formatDay(current.weekOf)}`}>
              Written from the articles published that week and the masterclasses coming up. Edit it freely; it is only sent when you send it.
            </Alert>
          )}
        </Stack>
        {editable ? <EditableIssue key={current.id} issue={current} /> : <SentIssue issue={current} />}
      </Stack>
    </Container>
  );
}

function EditableIssue({ issue }: { issue: CoachNewsletterIssue }) {
  const { update } = useNewsletterIssueActions();
  const [unsaved, setUnsaved] = useState(false);
  return (
    <Stack gap="lg">
      <IssueActions issue={issue} unsaved={unsaved} />
      <IssueComposer
        initial={{ subject: issue.subject, preheader: issue.preheader, body: issue.body }}
        saving={update.isPending}
        error={update.error}
        submitLabel="Save"
        onDirtyChange={setUnsaved}
        onSave={(text) => update.mutate({ id: issue.id, ...text }, { onSuccess: () => setUnsaved(false) })}
      />
    </Stack>
  );
}

function SentIssue({ issue }: { issue: CoachNewsletterIssue }) {
  return (
    <Stack gap="lg">
      {issue.status === 'SENDING' ? <IssueSendingProgress issue={issue} /> : <IssueFigures issue={issue} />}
      {issue.preheader && (
        <Text c="gray.7">
          <strong>Preheader:</strong> {issue.preheader}
        </Text>
      )}
      <IssuePreviewFrame text={{ subject: issue.subject, preheader: issue.preheader, body: issue.body }} />
    </Stack>
  );
}
