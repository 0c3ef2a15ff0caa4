import { graphql } from '@ascend/web/data-access';
import { useQuery } from '@tanstack/react-query';
import { useApi, useCurrentPractice } from '../auth/auth-provider';
import { myRegistrationsKey } from './use-registration';

const MyMasterclassRegistrationsQuery = graphql(`
  query MyMasterclassRegistrations {
    myMasterclassRegistrations {
      ...MyRegistrationFields
    }
  }
`);

/** The signed-in person's registrations in the selected practice, by account or address. */
export function useMyMasterclassRegistrations() {
  const { practiceId } = useCurrentPractice();
  const api = useApi();
  return useQuery({
    queryKey: myRegistrationsKey(practiceId),
    queryFn: async ({ signal }) => (await api.request(MyMasterclassRegistrationsQuery, {}, { signal, practiceId })).myMasterclassRegistrations,
  });
}
