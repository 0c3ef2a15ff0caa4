import { Container, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@ascend/web/ui';
import { useCurrentPractice } from '../auth/auth-provider';
import { allows } from '../auth/permissions';
import { InvitationsSection } from './invitations-section';
import { InviteForm } from './invite-form';
import { MembersSection } from './members-section';

/** /app/team: who is in the practice; owners and admins also invite people and follow their invitations. */
export function TeamPage() {
  usePageTitle('Team');
  const practice = useCurrentPractice();
  const managesInvitations = allows(practice.role, 'manageInvitations');

  return (
    <Container size="lg">
      <Stack gap={40}>
        <Stack gap="xs">
          <Title order={1}>Team</Title>
          {/* A practice's name may be one long word; it breaks rather than running off a phone's screen. */}
          <Text c="gray.7" style={{ overflowWrap: 'anywhere' }}>
            Everyone at {practice.practiceName}
            {managesInvitations ? ', and the people you have invited.' : '.'}
          </Text>
        </Stack>
        {managesInvitations && <InviteForm />}
        <MembersSection />
        {managesInvitations && <InvitationsSection />}
      </Stack>
    </Container>
  );
}
