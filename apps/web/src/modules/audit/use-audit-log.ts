import { type AuditEventFilter, type AuditEventsQuery as AuditEventsResult, graphql, queryKeys } from '@ascend/web/data-access';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditEventFilter, $after: String, $first: Int) {
    auditEvents(filter: $filter, after: $after, first: $first) {
      events {
        id
        action
        actorEmail
        targetEmail
        actorDeleted
        targetDeleted
        fromRole
        toRole
        ip
        createdAt
      }
      nextCursor
    }
  }
`);

const AuditActionsQuery = graphql(`
  query AuditActions {
    auditActions
  }
`);

export type AuditEntry = AuditEventsResult['auditEvents']['events'][number];

export const AUDIT_PAGE_SIZE = 50;

/** The practice's audit log, newest first, a page at a time ("Show older entries" asks for the next). */
export function useAuditLog(filter: AuditEventFilter) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useInfiniteQuery({
    queryKey: queryKeys.tenant(practiceId).auditEvents(filter),
    initialPageParam: null as string | null,
    queryFn: async ({ pageParam, signal }) =>
      (await api.request(AuditEventsQuery, { filter, after: pageParam, first: AUDIT_PAGE_SIZE }, { signal, practiceId })).auditEvents,
    getNextPageParam: (page) => page.nextCursor,
    // A log is read for what just happened: opening it always asks for the newest entries.
    staleTime: 0,
  });
}

/** The actions the filter may ask for. */
export function useAuditActions() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).auditActions(),
    queryFn: async ({ signal }) => (await api.request(AuditActionsQuery, {}, { signal, practiceId })).auditActions,
  });
}
