import { Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { MasterclassFacts } from './masterclass-facts';
import type { PublicMasterclass } from './use-public-masterclasses';

/**
 * The practice page's "Upcoming masterclasses": each with its time in the visitor's zone and the host's, price and
 * seats, linking to its page. Nothing while they load, when they failed to, or when there are none: the page stands
 * without it.
 */
export function UpcomingMasterclasses({ masterclasses }: { masterclasses: PublicMasterclass[] | undefined }) {
  if (!masterclasses?.length) return null;

  return (
    <Paper component="section" aria-labelledby="upcoming-masterclasses" withBorder p={{ base: 'lg', sm: 'xl' }} mt={40}>
      <Title order={2} id="upcoming-masterclasses" size="h3" mb="lg">
        Upcoming masterclasses
      </Title>
      <Stack gap="xl" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {masterclasses.map((masterclass) => (
          <Stack component="li" key={masterclass.id} gap="xs">
            <Title order={3} size="h4">
              <Text component={Link} to={`/p/${masterclass.practiceSlug}/masterclasses/${masterclass.slug}`} inherit c="ascend.8" td="underline">
                {masterclass.title}
              </Text>
            </Title>
            <MasterclassFacts masterclass={masterclass} />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
