import { Alert, Button, Container, Text } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useEffect, useRef } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { BadLink, isBadLink, LinkPanel, PracticeLink } from './newsletter-link-parts';
import { useNewsletterLinkActions } from './use-newsletter-links';

/**
 * /newsletter/unsubscribe?token=: the footer link of every issue. Leaving takes one click, so the page unsubscribes
 * as it opens, and offers to undo it in case the click was a slip. A mail client that opens the one-click address
 * (/newsletter/unsubscribe/<token>, which the server answers only for POST) lands here too.
 */
export function NewsletterUnsubscribePage() {
  const [params] = useSearchParams();
  const { token: inPath } = useParams();
  const token = params.get('token') ?? inPath ?? '';
  const { unsubscribe, resubscribe } = useNewsletterLinkActions(token);
  // Once per token: React's development double effects (and a re-render) must not send a second request.
  const sentFor = useRef<string | null>(null);
  const { mutate } = unsubscribe;

  useEffect(() => {
    if (!token || sentFor.current === token) return;
    sentFor.current = token;
    mutate();
  }, [token, mutate]);

  const subscription = resubscribe.data ?? unsubscribe.data;
  usePageTitle(subscription ? `Newsletter of ${subscription.practiceName}` : 'Unsubscribe');

  if (!token || isBadLink(unsubscribe.error) || isBadLink(resubscribe.error)) return <BadLink what="unsubscribe" />;
  if (!subscription) {
    return (
      <Container size="sm">
        {unsubscribe.error ? (
          <PageState kind="error" title="You are not unsubscribed yet" error={unsubscribe.error} onRetry={() => unsubscribe.mutate()} retrying={unsubscribe.isPending} />
        ) : (
          <PageState kind="loading" label="Unsubscribing" />
        )}
      </Container>
    );
  }
  const { practiceName, practiceSlug, email } = subscription;
  const eyebrow = `${practiceName} · Newsletter`;

  if (resubscribe.isSuccess) {
    return (
      <LinkPanel eyebrow={eyebrow} title="You’re subscribed again">
        <Text lh={1.6}>
          The newsletter of {practiceName} will come to {email} again. The link at the bottom of every issue still lets you leave with one click.
        </Text>
        <PracticeLink practiceSlug={practiceSlug} practiceName={practiceName} />
      </LinkPanel>
    );
  }

  return (
    <LinkPanel eyebrow={eyebrow} title={`You’re unsubscribed from ${practiceName}`}>
      <Text lh={1.6}>{email} will not receive the newsletter any more. Nothing else is needed.</Text>
      {resubscribe.error && (
        <Alert color="red" variant="light" title="You are not subscribed again" w="100%">
          {resubscribe.error.message}
        </Alert>
      )}
      {subscription.status === 'UNSUBSCRIBED' && (
        <>
          <Text size="sm" c="gray.7">
            Clicked by mistake?
          </Text>
          <Button variant="default" loading={resubscribe.isPending} onClick={() => resubscribe.mutate()}>
            Resubscribe
          </Button>
        </>
      )}
      <PracticeLink practiceSlug={practiceSlug} practiceName={practiceName} />
    </LinkPanel>
  );
}
