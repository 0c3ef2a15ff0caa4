import { Stack, Title } from '@mantine/core';
import type { Role } from '@ascend/web/data-access';
import { PageState } from '@ascend/web/ui';
import { useState } from 'react';
import { useCurrentPractice, useSignedIn } from '../auth/auth-provider';
import { allows } from '../auth/permissions';
import { ConfirmDialog } from './confirm-dialog';
import { MemberCards, type MemberListProps, MemberTable } from './member-list';
import { SectionNotice, useNotice } from './section-notice';
import { type Confirmation, doneMessages, removalConfirmation, roleChangeConfirmation } from './team-words';
import { type TeamMember, useMemberActions, useTeam } from './use-team';
import { useWideScreen } from './use-wide-screen';

/** A change waiting for the owner's confirmation: a new role, or a removal. */
type PendingChange = { kind: 'role'; member: TeamMember; role: Role } | { kind: 'remove'; member: TeamMember };

export function MembersSection() {
  const practice = useCurrentPractice();
  const { viewer } = useSignedIn();
  const team = useTeam();
  const { changeRole, remove } = useMemberActions();
  const notices = useNotice();
  const wide = useWideScreen();
  // Kept after the dialog closes, so its text does not change while it fades out.
  const [pending, setPending] = useState<PendingChange | null>(null);
  const [confirming, setConfirming] = useState(false);
  const someone = (member: TeamMember) => ({ name: member.name, isYou: member.userId === viewer.account.id });

  const ask = (change: PendingChange) => {
    setPending(change);
    setConfirming(true);
  };
  // Cancelling puts the select back: it shows the chosen role only while the dialog asks about it.
  const cancel = () => setConfirming(false);
  const confirm = () => {
    if (!pending) return;
    notices.clear();
    const { member } = pending;
    const settle = { onError: notices.failed, onSettled: () => setConfirming(false) };
    if (pending.kind === 'role') {
      const { role } = pending;
      const onSuccess = () => notices.succeeded(doneMessages.roleChanged(someone(member), role));
      changeRole.mutate({ membershipId: member.membershipId, role }, { ...settle, onSuccess });
    } else {
      const onSuccess = () => notices.succeeded(doneMessages.memberRemoved(member.name, practice.practiceName));
      remove.mutate(member.membershipId, { ...settle, onSuccess });
    }
  };

  const list: Omit<MemberListProps, 'members'> = {
    viewerId: viewer.account.id,
    managesMembers: allows(practice.role, 'manageMembers'),
    shownRole: (member) => {
      const asked = pending?.kind === 'role' && pending.member.membershipId === member.membershipId && (confirming || changeRole.isPending);
      return asked ? pending.role : member.role;
    },
    busy: (member) =>
      (changeRole.isPending && changeRole.variables.membershipId === member.membershipId) || (remove.isPending && remove.variables === member.membershipId),
    onChooseRole: (member, role) => ask({ kind: 'role', member, role }),
    onRemove: (member) => ask({ kind: 'remove', member }),
  };

  return (
    <Stack component="section" aria-labelledby="members-heading" gap="md">
      <Title order={2} size="h3" id="members-heading">
        Members
      </Title>
      <div>
        <SectionNotice notices={notices} />
        {team.isPending ? (
          <PageState kind="loading" label="Loading the members" />
        ) : team.error ? (
          <PageState kind="error" title="The members did not load" error={team.error} onRetry={() => void team.refetch()} retrying={team.isRefetching} />
        ) : wide ? (
          <MemberTable members={team.data} {...list} />
        ) : (
          <MemberCards members={team.data} {...list} />
        )}
      </div>
      <ConfirmDialog
        opened={confirming}
        confirmation={pending && confirmationOf(pending, someone(pending.member), practice.practiceName)}
        busy={changeRole.isPending || remove.isPending}
        onConfirm={confirm}
        onCancel={cancel}
      />
    </Stack>
  );
}

function confirmationOf(change: PendingChange, person: { name: string; isYou: boolean }, practiceName: string): Confirmation {
  return change.kind === 'role' ? roleChangeConfirmation(person, change.member.role, change.role) : removalConfirmation(change.member, practiceName);
}
