import {
  type CoachMasterclassQuery as CoachMasterclassResult,
  type CoachMasterclassesQuery as CoachMasterclassesResult,
  graphql,
  type MasterclassInput,
  type MasterclassPeriod,
  queryKeys,
  type UpdateMasterclassInput,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

const CoachMasterclassesQuery = graphql(`
  query CoachMasterclasses($when: MasterclassPeriod!) {
    masterclasses(when: $when) {
      id
      title
      startsAt
      timeZone
      status
      capacity
      seatsTaken
      waitlisted
      price {
        amountCents
        currency
      }
    }
  }
`);

graphql(`
  fragment CoachMasterclass on Masterclass {
    id
    slug
    title
    description
    descriptionHtml
    startsAt
    endsAt
    durationMinutes
    timeZone
    capacity
    price {
      amountCents
      currency
    }
    registrationDeadline
    joinUrl
    replayUrl
    host {
      userId
      name
    }
    status
    seatsTaken
    waitlisted
    publicUrl
  }
`);

const CoachMasterclassQuery = graphql(`
  query CoachMasterclass($id: ID!) {
    masterclass(id: $id) {
      ...CoachMasterclass
    }
  }
`);

const DescriptionPreviewQuery = graphql(`
  query MasterclassDescriptionPreview($markdown: String!) {
    masterclassDescriptionPreview(markdown: $markdown)
  }
`);

const CreateMasterclassMutation = graphql(`
  mutation CreateMasterclass($input: MasterclassInput!) {
    createMasterclass(input: $input) {
      ...CoachMasterclass
    }
  }
`);

const UpdateMasterclassMutation = graphql(`
  mutation UpdateMasterclass($input: UpdateMasterclassInput!) {
    updateMasterclass(input: $input) {
      ...CoachMasterclass
    }
  }
`);

const PublishMasterclassMutation = graphql(`
  mutation PublishMasterclass($id: ID!) {
    publishMasterclass(id: $id) {
      ...CoachMasterclass
    }
  }
`);

const CancelMasterclassMutation = graphql(`
  mutation CancelMasterclass($id: ID!) {
    cancelMasterclass(id: $id) {
      ...CoachMasterclass
    }
  }
`);

const CompleteMasterclassMutation = graphql(`
  mutation CompleteMasterclass($id: ID!) {
    completeMasterclass(id: $id) {
      ...CoachMasterclass
    }
  }
`);

const DeleteMasterclassMutation = graphql(`
  mutation DeleteMasterclass($id: ID!) {
    deleteMasterclass(id: $id)
  }
`);

export type MasterclassSummary = CoachMasterclassesResult['masterclasses'][number];
export type CoachMasterclass = CoachMasterclassResult['masterclass'];

export function useMasterclasses(when: MasterclassPeriod) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).masterclassList(when),
    queryFn: async ({ signal }) => (await api.request(CoachMasterclassesQuery, { when }, { signal, practiceId })).masterclasses,
  });
}

export function useMasterclass(id: string) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).masterclass(id),
    queryFn: async ({ signal }) => (await api.request(CoachMasterclassQuery, { id }, { signal, practiceId })).masterclass,
  });
}

/** The description as the public page will show it, rendered (and sanitised) by the API. */
export function useDescriptionPreview(markdown: string, enabled: boolean) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).masterclassDescriptionPreview(markdown),
    queryFn: async ({ signal }) => (await api.request(DescriptionPreviewQuery, { markdown }, { signal, practiceId })).masterclassDescriptionPreview,
    enabled: enabled && markdown.trim() !== '',
  });
}

/**
 * Creating, changing and moving a masterclass through its states. Each answer is the masterclass as it is now,
 * which goes straight into its page's cache; the lists, registrations and funnel it may change are refreshed.
 */
export function useMasterclassActions() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const keys = queryKeys.tenant(practiceId);
  // The masterclass's own page is left alone: it has the answer already, or (deleted) nothing to fetch.
  const refreshAllBut = (id: string) => {
    const detail = keys.masterclass(id);
    return queryClient.invalidateQueries({ queryKey: keys.masterclasses(), predicate: ({ queryKey }) => detail.some((part, i) => queryKey[i] !== part) });
  };
  const settle = (masterclass: CoachMasterclass) => {
    queryClient.setQueryData(keys.masterclass(masterclass.id), masterclass);
    return refreshAllBut(masterclass.id);
  };
  return {
    create: useMutation({
      mutationFn: async (input: MasterclassInput) => (await api.request(CreateMasterclassMutation, { input }, { practiceId })).createMasterclass,
      onSuccess: settle,
    }),
    update: useMutation({
      mutationFn: async (input: UpdateMasterclassInput) => (await api.request(UpdateMasterclassMutation, { input }, { practiceId })).updateMasterclass,
      onSuccess: settle,
    }),
    publish: useMutation({
      mutationFn: async (id: string) => (await api.request(PublishMasterclassMutation, { id }, { practiceId })).publishMasterclass,
      onSuccess: settle,
    }),
    cancel: useMutation({
      mutationFn: async (id: string) => (await api.request(CancelMasterclassMutation, { id }, { practiceId })).cancelMasterclass,
      onSuccess: settle,
    }),
    complete: useMutation({
      mutationFn: async (id: string) => (await api.request(CompleteMasterclassMutation, { id }, { practiceId })).completeMasterclass,
      onSuccess: settle,
    }),
    remove: useMutation({
      mutationFn: async (id: string) => (await api.request(DeleteMasterclassMutation, { id }, { practiceId })).deleteMasterclass,
      onSuccess: (_deleted, id) => refreshAllBut(id),
    }),
  };
}
