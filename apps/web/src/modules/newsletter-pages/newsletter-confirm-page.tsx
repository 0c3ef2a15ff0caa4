import { Alert, Button, Container, Text } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useSearchParams } from 'react-router';
import { BadLink, isBadLink, LinkPanel, PracticeLink } from './newsletter-link-parts';
import { NEWSLETTER_PROMISE } from './newsletter-signup-form';
import { useNewsletterConfirmation, useNewsletterLinkActions } from './use-newsletter-links';

/**
 * /newsletter/confirm?token=: the page the confirmation mail links to. Opening it changes nothing (mail scanners
 * open every link); only the button's POST confirms.
 */
export function NewsletterConfirmPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const link = useNewsletterConfirmation(token);
  const { confirm } = useNewsletterLinkActions(token);
  const subscription = link.data;
  usePageTitle(subscription ? `Confirm your subscription to ${subscription.practiceName}` : 'Confirm your subscription');

  if (!token || isBadLink(link.error) || isBadLink(confirm.error)) return <BadLink what="confirmation" />;
  if (!subscription) {
    return (
      <Container size="sm">
        {link.error ? (
          <PageState kind="error" title="We could not load your subscription" error={link.error} onRetry={() => void link.refetch()} retrying={link.isRefetching} />
        ) : (
          <PageState kind="loading" label="Loading your subscription" />
        )}
      </Container>
    );
  }
  const { practiceName, practiceSlug, email } = subscription;
  const eyebrow = `${practiceName} · Newsletter`;
  const back = <PracticeLink practiceSlug={practiceSlug} practiceName={practiceName} />;

  switch (subscription.status) {
    case 'PENDING':
      return (
        <LinkPanel eyebrow={eyebrow} title="Confirm your subscription">
          <Text lh={1.6}>
            Confirm that {email} should receive the newsletter of {practiceName}. {NEWSLETTER_PROMISE}
          </Text>
          {confirm.error && (
            <Alert color="red" variant="light" title="You are not confirmed yet" w="100%">
              {confirm.error.message}
            </Alert>
          )}
          <Button size="md" loading={confirm.isPending} onClick={() => confirm.mutate()}>
            Confirm my subscription
          </Button>
        </LinkPanel>
      );
    case 'SUBSCRIBED':
      return (
        <LinkPanel eyebrow={eyebrow} title={confirm.isSuccess ? 'You’re subscribed' : 'You’re already subscribed'}>
          <Text lh={1.6}>
            The newsletter of {practiceName} will come to {email}. Every issue has a link to leave with one click.
          </Text>
          {back}
        </LinkPanel>
      );
    case 'UNSUBSCRIBED':
      return (
        <LinkPanel eyebrow={eyebrow} title="You unsubscribed">
          <Text lh={1.6}>
            {email} left the newsletter of {practiceName}, so this link no longer confirms anything. To receive it again, sign up on the practice’s page.
          </Text>
          {back}
        </LinkPanel>
      );
    default:
      return (
        <LinkPanel eyebrow={eyebrow} title="This address cannot receive the newsletter">
          <Text lh={1.6}>
            Mail to {email} was refused or reported, so {practiceName} no longer sends the newsletter there. Sign up again with another address on the practice’s page.
          </Text>
          {back}
        </LinkPanel>
      );
  }
}
