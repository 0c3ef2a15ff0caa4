import { Stack, Text, Title } from '@mantine/core';
import { PageState } from '@ascend/web/ui';
import { useState } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { InvitationCards, type InvitationListProps, InvitationTable } from './invitation-list';
import { SectionNotice, useNotice } from './section-notice';
import { doneMessages, revocationConfirmation } from './team-words';
import { type Invitation, useInvitationActions, useInvitations } from './use-team';
import { useWideScreen } from './use-wide-screen';

export function InvitationsSection() {
  const invitations = useInvitations();
  const { resend, revoke } = useInvitationActions();
  const notices = useNotice();
  // Kept after the dialog closes, so its text does not change while it fades out.
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [confirming, setConfirming] = useState(false);

  const confirmRevocation = () => {
    if (!revoking) return;
    notices.clear();
    revoke.mutate(revoking.id, {
      onSuccess: (revoked) => notices.succeeded(doneMessages.invitationRevoked(revoked.email)),
      onError: notices.failed,
      onSettled: () => setConfirming(false),
    });
  };

  const actions: Omit<InvitationListProps, 'invitations'> = {
    busy: (invitation) => (resend.isPending && resend.variables === invitation.id) || (revoke.isPending && revoke.variables === invitation.id),
    onResend: (invitation) => {
      notices.clear();
      resend.mutate(invitation.id, { onSuccess: (sent) => notices.succeeded(doneMessages.invitationResent(sent.email)), onError: notices.failed });
    },
    onRevoke: (invitation) => {
      setRevoking(invitation);
      setConfirming(true);
    },
  };

  return (
    <Stack component="section" aria-labelledby="invitations-heading" gap="md">
      <Title order={2} size="h3" id="invitations-heading">
        Invitations
      </Title>
      <div>
        <SectionNotice notices={notices} />
        <InvitationList invitations={invitations} actions={actions} />
      </div>
      <ConfirmDialog
        opened={confirming}
        confirmation={revoking && revocationConfirmation(revoking.email)}
        busy={revoke.isPending}
        onConfirm={confirmRevocation}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}

function InvitationList({ invitations, actions }: { invitations: ReturnType<typeof useInvitations>; actions: Omit<InvitationListProps, 'invitations'> }) {
  const wide = useWideScreen();
  if (invitations.isPending) return <PageState kind="loading" label="Loading the invitations" />;
  if (invitations.error) {
    return (
      <PageState
        kind="error"
        title="The invitations did not load"
        error={invitations.error}
        onRetry={() => void invitations.refetch()}
        retrying={invitations.isRefetching}
      />
    );
  }
  if (invitations.data.length === 0) {
    return <Text c="dimmed">No invitations yet. Invite a coach or a client above, and you can follow their invitation here.</Text>;
  }
  return wide ? <InvitationTable invitations={invitations.data} {...actions} /> : <InvitationCards invitations={invitations.data} {...actions} />;
}
