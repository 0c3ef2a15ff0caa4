import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { PageState } from '@ascend/web/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { MasterclassFacts } from './masterclass-facts';
import type { PublicMasterclass } from './use-public-masterclasses';
import { type MyRegistration, useOneClickRegistration } from './use-registration';

/** The practice's upcoming masterclasses the client has not registered for, each one click away. */
export function PracticeMasterclassList({
  practiceName,
  practiceId,
  query,
  registeredFor,
  onRegistered,
}: {
  practiceName: string;
  practiceId: string;
  query: UseQueryResult<PublicMasterclass[]>;
  registeredFor: ReadonlySet<string>;
  onRegistered: (registration: MyRegistration) => void;
}) {
  const register = useOneClickRegistration(practiceId);
  const open = query.data?.filter((masterclass) => masterclass.registrationOpen && !registeredFor.has(masterclass.id)) ?? [];

  return (
    <Paper component="section" aria-labelledby="practice-masterclasses" withBorder p="lg">
      <Title order={2} size="h4" id="practice-masterclasses" mb="md">
        Coming up at {practiceName}
      </Title>
      {query.isPending ? (
        <PageState kind="loading" label="Loading the practice’s masterclasses" />
      ) : query.isError ? (
        <PageState kind="error" title="The practice’s masterclasses could not be loaded" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : open.length === 0 ? (
        <Text c="gray.7">No other masterclass takes registrations right now. New ones appear here when the practice publishes them.</Text>
      ) : (
        <Stack gap="md">
          {register.error && (
            <Alert color="red" variant="light" title="You are not registered">
              {register.error.message}
            </Alert>
          )}
          <Stack component="ul" gap="xl" p={0} m={0} style={{ listStyle: 'none' }}>
            {open.map((masterclass) => (
              <Stack component="li" key={masterclass.id} gap="xs" align="flex-start" aria-label={masterclass.title}>
                <Title order={3} size="h5">
                  <Text component={Link} to={`/p/${masterclass.practiceSlug}/masterclasses/${masterclass.slug}`} inherit c="ascend.8" td="underline">
                    {masterclass.title}
                  </Text>
                </Title>
                <MasterclassFacts masterclass={masterclass} />
                <Button
                  size="xs"
                  loading={register.isPending && register.variables === masterclass.id}
                  disabled={register.isPending && register.variables !== masterclass.id}
                  onClick={() => register.mutate(masterclass.id, { onSuccess: onRegistered })}
                >
                  {masterclass.seatsLeft === 0 ? 'Join the waitlist with one click' : 'Register with one click'}
                </Button>
              </Stack>
            ))}
          </Stack>
        </Stack>
      )}
    </Paper>
  );
}
