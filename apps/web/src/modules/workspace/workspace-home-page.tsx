import { Anchor, Badge, Card, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@ascend/web/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCurrentPractice, useSignedIn } from '../auth/auth-provider';
import { allows, roleNames } from '../auth/permissions';

/** /app: the practice overview for owners, admins and coaches (clients go to their portal), a way to everything they may use. */
export function WorkspaceHomePage() {
  usePageTitle('Your practice');
  const { viewer } = useSignedIn();
  const practice = useCurrentPractice();
  const firstName = viewer.account.name.split(/\s+/)[0];

  return (
    <Container size="lg">
      <Stack gap="xs">
        <Title order={1}>Hello, {firstName}</Title>
        <Group gap="xs">
          <Text size="lg" c="gray.7">
            {practice.practiceName}
          </Text>
          <Badge variant="light" aria-label={`Your role: ${roleNames[practice.role]}`}>
            {roleNames[practice.role]}
          </Badge>
        </Group>
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg" mt={40}>
        {allows(practice.role, 'coachClients') && (
          <Destination to="/app/dashboard" title="Dashboard">
            Every client at a glance: their goal, step, progress trend and streak, the most urgent first.
          </Destination>
        )}
        {allows(practice.role, 'coachClients') && (
          <Destination to="/app/clients" title="Clients">
            The roster: add or invite clients, import a CSV, follow up on applications from your public page.
          </Destination>
        )}
        {allows(practice.role, 'viewTeam') && (
          <Destination to="/app/team" title="Team">
            {allows(practice.role, 'manageInvitations')
              ? 'See who is in the practice, invite coaches and clients, and follow your invitations.'
              : 'See who is in the practice and how to reach them.'}
          </Destination>
        )}
        {allows(practice.role, 'viewAudit') && (
          <Destination to="/app/audit" title="Audit log">
            Sign-ins, failed sign-ins, invitations and role changes, newest first.
          </Destination>
        )}
        <Destination to={`/p/${practice.practiceSlug}`} title="Public page">
          The page anyone can visit at /p/{practice.practiceSlug}.
        </Destination>
      </SimpleGrid>
    </Container>
  );
}

function Destination({ to, title, children }: { to: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="xs">
        <Anchor component={Link} to={to} fw={600} size="lg">
          {title}
        </Anchor>
        <Text size="sm" c="gray.7">
          {children}
        </Text>
      </Stack>
    </Card>
  );
}
