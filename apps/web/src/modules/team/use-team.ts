import {
  type ChangeMemberRoleInput,
  graphql,
  type InvitationsQuery as InvitationsResult,
  type InviteMemberInput,
  queryKeys,
  type TeamQuery as TeamResult,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice, useSessionStore, useSignedIn } from '../auth/auth-provider';
import { ViewerQuery } from '../auth/session-documents';

const TeamQuery = graphql(`
  query Team {
    team {
      membershipId
      userId
      name
      email
      role
      joinedAt
    }
  }
`);

graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    role
    status
    expiresAt
    invitedByName
    sentCount
    createdAt
  }
`);

const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      ...InvitationFields
    }
  }
`);

const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      ...InvitationFields
    }
  }
`);

const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      membershipId
      userId
      name
      email
      role
      joinedAt
    }
  }
`);

const RemoveMemberMutation = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

export type TeamMember = TeamResult['team'][number];
export type Invitation = InvitationsResult['invitations'][number];

export function useTeam() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).team(),
    queryFn: async ({ signal }) => (await api.request(TeamQuery, {}, { signal, practiceId })).team,
  });
}

export function useInvitations() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).invitations(),
    queryFn: async ({ signal }) => (await api.request(InvitationsQuery, {}, { signal, practiceId })).invitations,
  });
}

/** Invites, resends and revokes in the practice these hooks were rendered for, keeping its invitation list current. */
export function useInvitationActions() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const key = queryKeys.tenant(practiceId).invitations();
  const replace = (updated: Invitation) =>
    queryClient.setQueryData<Invitation[]>(key, (list) => list?.map((invitation) => (invitation.id === updated.id ? updated : invitation)));

  return {
    invite: useMutation({
      mutationFn: async (input: InviteMemberInput) => (await api.request(InviteMemberMutation, { input }, { practiceId })).inviteMember,
      onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
    }),
    resend: useMutation({
      mutationFn: async (id: string) => (await api.request(ResendInvitationMutation, { id }, { practiceId })).resendInvitation,
      onSuccess: replace,
    }),
    revoke: useMutation({
      mutationFn: async (id: string) => (await api.request(RevokeInvitationMutation, { id }, { practiceId })).revokeInvitation,
      onSuccess: replace,
    }),
  };
}

/** Role changes and removals; when people change their own role, the session learns it too. */
export function useMemberActions() {
  const { practiceId } = useCurrentPractice();
  const { viewer } = useSignedIn();
  const store = useSessionStore();
  const api = useApi();
  const queryClient = useQueryClient();
  const key = queryKeys.tenant(practiceId).team();

  return {
    changeRole: useMutation({
      mutationFn: async (input: ChangeMemberRoleInput) => (await api.request(ChangeMemberRoleMutation, { input }, { practiceId })).changeMemberRole,
      onSuccess: async (updated) => {
        queryClient.setQueryData<TeamMember[]>(key, (list) => list?.map((member) => (member.membershipId === updated.membershipId ? updated : member)));
        if (updated.userId === viewer.account.id) store.updateViewer((await api.request(ViewerQuery)).viewer);
      },
    }),
    remove: useMutation({
      mutationFn: (membershipId: string) => api.request(RemoveMemberMutation, { membershipId }, { practiceId }),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
    }),
  };
}
