import { Badge, Button, Card, Container, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDay, PageState, usePageTitle } from '@ascend/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { type ImpactDraft, ImpactEntryForm } from './impact-entry-form';
import { outcomeKindLabel, significanceLabels } from './impact-words';
import { type ImpactEntry, type ImpactSuggestion, useImpactActions, useImpactLog } from './use-impact';

const draftTitles: Record<ImpactDraft['kind'], string> = {
  new: 'Log an outcome',
  edit: 'Change this outcome',
  'from-check-in': 'Log this check-in as impact',
};

/** /app/portal/impact: the client's own record of outcomes, for them alone until they share a summary. */
export function ImpactLogPage() {
  usePageTitle('Impact log');
  const log = useImpactLog();
  const [draft, setDraft] = useState<ImpactDraft | null>(null);
  const close = () => setDraft(null);

  return (
    <Container size="md">
      <Stack gap="xl">
        <Group justify="space-between" align="flex-end">
          <Stack gap="xs">
            <Title order={1}>Impact log</Title>
            <Text c="gray.7">Outcomes you made happen, in words your manager understands. Only you see them.</Text>
          </Stack>
          <Group gap="sm">
            <Button component={Link} to="/app/portal/impact/summary" variant="default">
              Summary for your manager
            </Button>
            <Button onClick={() => setDraft({ kind: 'new' })}>Log an outcome</Button>
          </Group>
        </Group>

        {log.isPending ? (
          <PageState kind="loading" label="Loading your impact log" />
        ) : log.error ? (
          <PageState kind="error" title="Your impact log did not load" error={log.error} onRetry={() => void log.refetch()} retrying={log.isRefetching} />
        ) : (
          <>
            {log.data.impactSuggestions.length > 0 && <Suggestions suggestions={log.data.impactSuggestions} onLog={setDraft} />}
            {log.data.myImpactEntries.length === 0 ? <NoEntries /> : <Entries entries={log.data.myImpactEntries} onEdit={(entry) => setDraft({ kind: 'edit', entry })} />}
          </>
        )}
      </Stack>
      <Modal opened={draft !== null} onClose={close} title={draft ? draftTitles[draft.kind] : ''} size="lg">
        {draft && <ImpactEntryForm draft={draft} onDone={close} onCancel={close} />}
      </Modal>
    </Container>
  );
}

function NoEntries() {
  return (
    <Paper withBorder p="lg">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Make your impact legible
        </Title>
        <Text>
          Legible impact is an outcome described in business terms, not the effort behind it. Ask: what would have happened without
          it? Count the time or money saved, the revenue won, the risk avoided, and say who benefited.
        </Text>
        <Text c="gray.7">
          Log one outcome a week, from your check-ins or on its own. When a review comes, turn the log into a one-page summary for
          your manager.
        </Text>
      </Stack>
    </Paper>
  );
}

function Suggestions({ suggestions, onLog }: { suggestions: ImpactSuggestion[]; onLog: (draft: ImpactDraft) => void }) {
  return (
    <Stack component="section" aria-labelledby="impact-suggestions" gap="sm">
      <Title order={2} size="h4" id="impact-suggestions">
        From your check-ins
      </Title>
      {suggestions.map((suggestion) => (
        <Card key={suggestion.checkInId} withBorder padding="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Text size="sm" c="gray.7">
                Week of {formatDay(suggestion.weekStart)}
              </Text>
              <Text>{suggestion.impactMadeLegible}</Text>
            </Stack>
            <Button variant="light" onClick={() => onLog({ kind: 'from-check-in', ...suggestion })} style={{ flexShrink: 0 }}>
              Log this as impact
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

function Entries({ entries, onEdit }: { entries: ImpactEntry[]; onEdit: (entry: ImpactEntry) => void }) {
  const { remove } = useImpactActions();
  const [removing, setRemoving] = useState<ImpactEntry | null>(null);

  return (
    <Stack component="section" aria-labelledby="impact-entries" gap="sm">
      <Title order={2} size="h4" id="impact-entries">
        Your outcomes
      </Title>
      {entries.map((entry) => (
        <Card key={entry.id} withBorder padding="md" component="article" aria-label={entry.outcome}>
          <Stack gap={6}>
            <Group gap="xs">
              <Badge variant="light">{outcomeKindLabel(entry.outcomeKind)}</Badge>
              <Badge variant="outline" color="gray">
                {significanceLabels[entry.significance]}
              </Badge>
              <Text size="sm" c="gray.7">
                {formatDay(entry.occurredOn)}
                {entry.beneficiary && ` · for ${entry.beneficiary}`}
              </Text>
            </Group>
            <Text fw={600}>{entry.outcome}</Text>
            <Text size="sm">{entry.whatIDid}</Text>
            <Group gap="xs" justify="flex-end">
              <Button size="xs" variant="subtle" onClick={() => onEdit(entry)} aria-label={`Edit "${entry.outcome}"`}>
                Edit
              </Button>
              <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(entry)} aria-label={`Remove "${entry.outcome}"`}>
                Remove
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Remove this outcome?">
        <Stack gap="md">
          <Text>“{removing?.outcome}” leaves your impact log and any summary you make from now on.</Text>
          {remove.error && (
            <Text c="red" size="sm">
              {remove.error.message}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setRemoving(null)}>
              Keep it
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(removing!.id, { onSuccess: () => setRemoving(null) })}>
              Remove
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
