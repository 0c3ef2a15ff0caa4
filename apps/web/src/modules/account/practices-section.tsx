import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { GraphQLRequestError } from '@ascend/web/data-access';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSessionStore } from '../auth/auth-provider';
import { roleNames } from '../auth/permissions';
import type { Membership } from '../auth/session-store';
import { AccountSection } from './account-section';
import { FormNotice, useFormNotice } from './form-notice';
import { LeavePracticeDialog } from './leave-practice-dialog';
import { useLeavePractice } from './use-my-practices';

interface Refusal {
  practiceId: string;
  message: string;
  /** The practice would be left without an owner: its Team page is where to make someone else one. */
  lastOwner: boolean;
}

export function PracticesSection({ memberships }: { memberships: Membership[] }) {
  const leave = useLeavePractice();
  const notice = useFormNotice();
  const [chosen, setChosen] = useState<Membership | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const ask = (membership: Membership) => {
    notice.clear();
    setRefusal(null);
    setChosen(membership);
    setConfirming(true);
  };

  const confirm = () => {
    if (!chosen) return;
    const practice = chosen;
    leave.mutate(practice.practiceId, {
      onSuccess: () =>
        notice.show({
          tone: 'success',
          title: `You left ${practice.practiceName}`,
          message: 'It no longer appears in your practices; to come back, someone there has to invite you again.',
        }),
      onError: (error) =>
        setRefusal({
          practiceId: practice.practiceId,
          message: error.message,
          lastOwner: error instanceof GraphQLRequestError && error.code === 'CONFLICT',
        }),
      onSettled: () => setConfirming(false),
    });
  };

  return (
    <AccountSection title="Your practices" description="The practices you belong to, and your role in each.">
      <FormNotice notice={notice.notice} onClose={notice.clear} />
      {memberships.length === 0 ? (
        <Text size="sm">You are not part of a practice. Start one of your own, or follow the link in a practice’s invitation.</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {memberships.map((membership) => (
            <MembershipRow
              key={membership.practiceId}
              membership={membership}
              refusal={refusal?.practiceId === membership.practiceId ? refusal : null}
              onLeave={() => ask(membership)}
              onDismiss={() => setRefusal(null)}
            />
          ))}
        </Stack>
      )}
      <Group>
        <Button component={Link} to="/app/new-practice" variant="default">
          Start a practice
        </Button>
      </Group>
      <LeavePracticeDialog membership={chosen} opened={confirming} leaving={leave.isPending} onLeave={confirm} onClose={() => setConfirming(false)} />
    </AccountSection>
  );
}

interface MembershipRowProps {
  membership: Membership;
  refusal: Refusal | null;
  onLeave: () => void;
  onDismiss: () => void;
}

function MembershipRow({ membership, refusal, onLeave, onDismiss }: MembershipRowProps) {
  const store = useSessionStore();
  return (
    <Stack component="li" gap="xs">
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <Group gap="xs" miw={0}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {membership.practiceName}
          </Text>
          <Badge variant="light">{roleNames[membership.role]}</Badge>
        </Group>
        <Button variant="default" size="xs" onClick={onLeave} aria-label={`Leave ${membership.practiceName}`} style={{ flexShrink: 0 }}>
          Leave
        </Button>
      </Group>
      {refusal && (
        <Alert color="red" variant="light" title={`You are still a member of ${membership.practiceName}`} withCloseButton closeButtonLabel="Dismiss this message" onClose={onDismiss}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{refusal.message}</Text>
            {refusal.lastOwner && (
              // The Team page acts on the selected practice, so this one is selected on the way there.
              <Anchor component={Link} to="/app/team" size="sm" onClick={() => store.selectPractice(membership.practiceId)}>
                Open the Team page of {membership.practiceName}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
