import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { Link } from 'react-router';
import { useSignedIn } from '../auth/auth-provider';
import { AlertsSection, AuditSection } from './activity-sections';
import { PracticesSection } from './practices-section';
import { TotalsSection } from './totals-section';

/** /operator: Ascend's own console across every practice, for platform operators only (the API refuses anyone else too). */
export function OperatorConsolePage() {
  const { viewer } = useSignedIn();
  usePageTitle(viewer.account.isOperator ? 'Operator console' : 'Not allowed');

  if (!viewer.account.isOperator) {
    return (
      <Container size="sm">
        <PageState
          kind="empty"
          title="Only Ascend operators can use this console"
          description="The operator console is for the people who run Ascend itself. Your account is not one of theirs; your practice's own pages are in your workspace."
          action={
            <Button component={Link} to="/app">
              Go to your workspace
            </Button>
          }
        />
      </Container>
    );
  }

  return (
    <Container size="lg">
      <Stack gap={40}>
        <Stack gap="xs">
          <Title order={1}>Operator console</Title>
          <Text c="gray.7">Every practice on Ascend: revenue, plans, usage and standing. Suspensions and reactivations are audited.</Text>
        </Stack>
        <TotalsSection />
        <PracticesSection />
        <AuditSection />
        <AlertsSection />
      </Stack>
    </Container>
  );
}
