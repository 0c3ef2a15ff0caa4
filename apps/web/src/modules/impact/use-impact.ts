import {
  type AddImpactEntryInput,
  graphql,
  type ImpactEntriesQuery,
  type ImpactSummaryQuery as ImpactSummaryResult,
  queryKeys,
  type UpdateImpactEntryInput,
} from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

graphql(`
  fragment ImpactEntryFields on ImpactEntry {
    id
    whatIDid
    outcome
    outcomeKind
    beneficiary
    significance
    occurredOn
    checkInId
  }
`);

const ImpactEntriesDocument = graphql(`
  query ImpactEntries {
    myImpactEntries {
      ...ImpactEntryFields
    }
    impactSuggestions {
      checkInId
      weekStart
      impactMadeLegible
    }
  }
`);

const ImpactSummaryDocument = graphql(`
  query ImpactSummary($from: String!, $to: String!) {
    impactSummary(from: $from, to: $to) {
      from
      to
      title
      period
      opening
      entryCount
      markdown
      groups {
        outcomeKind
        heading
        entries {
          ...ImpactEntryFields
        }
      }
    }
  }
`);

const AddImpactEntryDocument = graphql(`
  mutation AddImpactEntry($input: AddImpactEntryInput!) {
    addImpactEntry(input: $input) {
      ...ImpactEntryFields
    }
  }
`);

const UpdateImpactEntryDocument = graphql(`
  mutation UpdateImpactEntry($input: UpdateImpactEntryInput!) {
    updateImpactEntry(input: $input) {
      ...ImpactEntryFields
    }
  }
`);

const RemoveImpactEntryDocument = graphql(`
  mutation RemoveImpactEntry($id: ID!) {
    removeImpactEntry(id: $id)
  }
`);

export type ImpactLog = ImpactEntriesQuery;
export type ImpactEntry = ImpactEntriesQuery['myImpactEntries'][number];
export type ImpactSuggestion = ImpactEntriesQuery['impactSuggestions'][number];
export type ImpactSummary = ImpactSummaryResult['impactSummary'];

/** Keys of the client's impact data, under the practice like every tenant key. */
function impactKeys(practiceId: string) {
  const all = [...queryKeys.tenant(practiceId).all, 'impact'] as const;
  return { all, log: () => [...all, 'log'] as const, summary: (from: string, to: string) => [...all, 'summary', from, to] as const };
}

/** The client's entries and the check-ins they could log, in one request. */
export function useImpactLog() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: impactKeys(practiceId).log(),
    queryFn: ({ signal }) => api.request(ImpactEntriesDocument, {}, { signal, practiceId }),
  });
}

export function useImpactSummary(period: { from: string; to: string }) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: impactKeys(practiceId).summary(period.from, period.to),
    queryFn: async ({ signal }) => (await api.request(ImpactSummaryDocument, period, { signal, practiceId })).impactSummary,
  });
}

/** Adds, changes and removes entries; every change refreshes the log, its suggestions and any summary. */
export function useImpactActions() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: impactKeys(practiceId).all });
  return {
    add: useMutation({
      mutationFn: async (input: AddImpactEntryInput) => (await api.request(AddImpactEntryDocument, { input }, { practiceId })).addImpactEntry,
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: async (input: UpdateImpactEntryInput) => (await api.request(UpdateImpactEntryDocument, { input }, { practiceId })).updateImpactEntry,
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: async (id: string) => (await api.request(RemoveImpactEntryDocument, { id }, { practiceId })).removeImpactEntry,
      onSuccess: refresh,
    }),
  };
}
