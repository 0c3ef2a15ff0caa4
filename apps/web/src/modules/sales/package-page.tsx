import { Alert, Button, Container, Stack, Text, Title, Typography } from '@mantine/core';
import { usePageTitle } from '@ascend/web/ui';
import { Link, useParams, useSearchParams } from 'react-router';
import { NothingHere, QueryState } from '../masterclass-pages/page-parts';
import { BuyPackage } from './buy-package';
import { lengthText, priceText } from './sales-text';
import { usePublicPackage } from './use-public-packages';

/** /p/:slug/packages/:offeringSlug: a package, what it costs, who coaches it, and its checkout. */
export function PackagePage() {
  const { slug = '', offeringSlug = '' } = useParams();
  const [search] = useSearchParams();
  const query = usePublicPackage(slug, offeringSlug);
  const offering = query.data;
  const checkout = search.get('checkout');
  usePageTitle(offering?.title ?? (offering === null ? 'Package not found' : undefined));

  if (query.isPending || query.error) return <QueryState query={query} loading="Loading the package" failed="We could not load this package" />;
  if (!offering) {
    return (
      <NothingHere
        title="No package at this address"
        description="It may have been withdrawn or renamed. The practice’s packages page lists what it sells now."
        practiceSlug={slug}
        back="See the practice’s page"
      />
    );
  }

  return (
    <Container size="sm">
      <Stack gap="xl">
        <Stack gap="xs">
          <Text size="xs" fw={700} tt="uppercase" c="ascend.8" style={{ letterSpacing: '0.08em' }}>
            Coaching package
          </Text>
          <Title order={1}>{offering.title}</Title>
          <Text fw={600}>{priceText(offering)}</Text>
          <Text c="gray.7">
            {[offering.billing === 'ONE_TIME' ? lengthText(offering.months) : null, offering.coachName ? `Coached by ${offering.coachName}` : null]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        {checkout === 'success' && (
          <Alert color="teal" variant="light" title="Thank you: check your inbox to start" role="status">
            Your payment went through. We’ve emailed you how to begin, and your coach will be in touch.
          </Alert>
        )}
        {checkout === 'cancelled' && (
          <Alert color="gray" variant="light" title="Checkout cancelled: nothing was charged" role="status">
            Changed your mind, or want another card? You can start again below.
          </Alert>
        )}
        {/* Sanitised by the API from the practice's markdown; nothing else is ever rendered as HTML here. */}
        <Typography>
          <div dangerouslySetInnerHTML={{ __html: offering.descriptionHtml }} />
        </Typography>
        {checkout !== 'success' && <BuyPackage practiceSlug={slug} offering={offering} />}
        <Button component={Link} to={`/p/${slug}/packages`} variant="subtle" px={0} style={{ alignSelf: 'flex-start' }}>
          See every package
        </Button>
      </Stack>
    </Container>
  );
}
