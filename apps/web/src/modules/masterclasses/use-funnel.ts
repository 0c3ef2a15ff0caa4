import { graphql, type MasterclassFunnelQuery as MasterclassFunnelResult, queryKeys } from '@ascend/web/data-access';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';

graphql(`
  fragment FunnelFigureFields on FunnelFigures {
    registered
    waitlisted
    confirmed
    attended
    attendanceRate
    becameClients
  }
`);

const MasterclassFunnelQuery = graphql(`
  query MasterclassFunnel($from: DateTime!, $to: DateTime!) {
    masterclassFunnel(from: $from, to: $to) {
      from
      to
      totals {
        ...FunnelFigureFields
      }
      masterclasses {
        masterclassId
        title
        startsAt
        status
        figures {
          ...FunnelFigureFields
        }
      }
      sources {
        source
        newsletterIssue
        utmSource
        utmCampaign
        registered
        attended
        becameClients
      }
    }
  }
`);

export type FunnelReport = MasterclassFunnelResult['masterclassFunnel'];
export type FunnelRow = FunnelReport['masterclasses'][number];

/** The funnel of the masterclasses starting in [from, to), ISO instants. */
export function useFunnel(period: { from: string; to: string }) {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.tenant(practiceId).masterclassFunnel(period.from, period.to),
    queryFn: async ({ signal }) => (await api.request(MasterclassFunnelQuery, period, { signal, practiceId })).masterclassFunnel,
    // Another period keeps the figures on screen while it loads.
    placeholderData: keepPreviousData,
  });
}
