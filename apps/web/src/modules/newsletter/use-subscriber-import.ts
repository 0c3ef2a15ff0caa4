import { graphql, queryKeys, type SubscriberImportFieldsFragment } from '@ascend/web/data-access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

const PreviewSubscriberImportQuery = graphql(`
  query PreviewSubscriberImport($csv: String!, $fileName: String!) {
    previewSubscriberImport(csv: $csv, fileName: $fileName) {
      total
      willSubscribe
      willSkip
      errors
      rows {
        line
        email
        name
        status
        consentAt
        outcome
        problems
      }
    }
  }
`);

graphql(`
  fragment SubscriberImportFields on SubscriberImport {
    id
    fileName
    status
    total
    processed
    created
    updated
    skipped
    failed
    errors
    createdAt
    finishedAt
  }
`);

const ImportSubscribersMutation = graphql(`
  mutation ImportSubscribers($csv: String!, $fileName: String!) {
    importSubscribers(csv: $csv, fileName: $fileName) {
      ...SubscriberImportFields
    }
  }
`);

const SubscriberImportQuery = graphql(`
  query SubscriberImport($id: ID!) {
    subscriberImport(id: $id) {
      ...SubscriberImportFields
    }
  }
`);

export type SubscriberImportRun = SubscriberImportFieldsFragment;

export interface CsvFile {
  csv: string;
  fileName: string;
}

const finished = (run: SubscriberImportRun | undefined) => run?.status === 'DONE' || run?.status === 'FAILED';

/** What importing a file would do, row by row, without writing anything; then the import itself, run by a job. */
export function useSubscriberImportActions() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  return {
    preview: useMutation({
      mutationFn: async (file: CsvFile) => (await api.request(PreviewSubscriberImportQuery, file, { practiceId })).previewSubscriberImport,
    }),
    start: useMutation({
      mutationFn: async (file: CsvFile) => (await api.request(ImportSubscribersMutation, file, { practiceId })).importSubscribers,
      onSuccess: (run) => queryClient.setQueryData(queryKeys.tenant(practiceId).subscriberImport(run.id), run),
    }),
  };
}

/** An import's progress, asked every second until it is done or failed; then the subscriber lists are refreshed. */
export function useSubscriberImport(id: string | null) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  const queryClient = useQueryClient();
  const keys = queryKeys.tenant(practiceId);
  return useQuery({
    queryKey: keys.subscriberImport(id ?? ''),
    queryFn: async ({ signal }) => {
      const run = (await api.request(SubscriberImportQuery, { id: id ?? '' }, { signal, practiceId })).subscriberImport;
      if (finished(run)) await queryClient.invalidateQueries({ queryKey: [...keys.newsletter(), 'subscribers'] });
      return run;
    },
    enabled: id !== null,
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
  });
}
