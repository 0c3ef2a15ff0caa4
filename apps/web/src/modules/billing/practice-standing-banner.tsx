import { Alert, Anchor, Text } from '@mantine/core';
import { formatDate } from '@ascend/web/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCurrentPractice } from '../auth/auth-provider';
import { allows } from '../auth/permissions';
import { standingNotice } from './standing-notice';
import { usePracticeStanding } from './use-practice-standing';

/**
 * Above every workspace page, for every role: a trial about to end, a failed payment, a read-only or suspended
 * practice. Shows nothing in good standing, and nothing when the standing could not be read: a banner must never
 * stand in the way of the page.
 */
export function PracticeStandingBanner() {
  const { role } = useCurrentPractice();
  const standing = usePracticeStanding();
  if (!standing.data) return null;
  const notice = standingNotice(standing.data, new Date());
  if (!notice) return null;

  const managesBilling = allows(role, 'manageBilling');
  const toBilling = (words: string): ReactNode =>
    managesBilling ? (
      <Anchor component={Link} to="/app/billing" fw={600} inherit>
        {words}
      </Anchor>
    ) : (
      'Ask an owner or admin of the practice to update it.'
    );

  switch (notice.kind) {
    case 'suspended':
      return (
        <Alert color="red" variant="filled" mb="lg" title="This practice is suspended by Ascend">
          <Text size="sm" inherit>
            {notice.reason ? `Reason: ${notice.reason}. ` : ''}Nothing has been deleted. Contact Ascend to have it reactivated.
          </Text>
        </Alert>
      );
    case 'read-only':
      return (
        <Alert color="red" variant="light" mb="lg" title="This practice is read-only until payment: nothing has been deleted">
          <Text size="sm" inherit>
            You can still read everything; changes are refused until the overdue invoice is paid. {toBilling('Update the card on Billing')}
          </Text>
        </Alert>
      );
    case 'payment-failed':
      return (
        <Alert color="orange" variant="light" mb="lg" title={`Payment failed: update your card${notice.graceEndsAt ? ` by ${formatDate(notice.graceEndsAt)}` : ''} to keep full access`}>
          <Text size="sm" inherit>
            After that the practice turns read-only until the invoice is paid. {toBilling('Update the card on Billing')}
          </Text>
        </Alert>
      );
    case 'trial-ending':
      return (
        <Alert color="blue" variant="light" mb="lg" title={`Your trial ends on ${formatDate(notice.trialEndsAt)}`}>
          {managesBilling ? (
            <Text size="sm" inherit>
              Check the plan and card the practice continues with.{' '}
              <Anchor component={Link} to="/app/billing" fw={600} inherit>
                Choose a plan
              </Anchor>
            </Text>
          ) : (
            <Text size="sm" inherit>
              An owner or admin of the practice chooses what happens next.
            </Text>
          )}
        </Alert>
      );
  }
}
