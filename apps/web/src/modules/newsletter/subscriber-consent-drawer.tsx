import { Badge, Drawer, Stack, Text } from '@mantine/core';
import { formatDateTime } from '@ascend/web/ui';
import type { ReactNode } from 'react';
import { subscriberSourceLabels, subscriberStatusColors, subscriberStatusLabels } from './newsletter-labels';
import type { CoachSubscriber } from './use-subscribers';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={700} tt="uppercase" c="gray.7">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** What the subscriber agreed to, when, from where and on which page: the proof of consent. */
export function SubscriberConsentDrawer({ subscriber, onClose }: { subscriber: CoachSubscriber | null; onClose: () => void }) {
  return (
    <Drawer opened={subscriber !== null} onClose={onClose} position="right" title={subscriber?.email ?? ''}>
      {subscriber && (
        <Stack gap="md">
          <Badge variant="light" color={subscriberStatusColors[subscriber.status]} style={{ alignSelf: 'flex-start' }}>
            {subscriberStatusLabels[subscriber.status]}
          </Badge>
          <Fact label="Consent given">{subscriber.consentAt ? formatDateTime(subscriber.consentAt) : 'No consent recorded'}</Fact>
          <Fact label="Wording agreed to">{subscriber.consentText || '—'}</Fact>
          <Fact label="Where">{subscriber.consentSource || '—'}</Fact>
          <Fact label="IP address">{subscriber.consentIp || '—'}</Fact>
          <Fact label="Source">{subscriberSourceLabels[subscriber.source] ?? subscriber.source}</Fact>
          <Fact label="Confirmed">{subscriber.confirmedAt ? formatDateTime(subscriber.confirmedAt) : '—'}</Fact>
          {subscriber.unsubscribedAt && <Fact label="Unsubscribed">{formatDateTime(subscriber.unsubscribedAt)}</Fact>}
          <Fact label="Added">{formatDateTime(subscriber.createdAt)}</Fact>
        </Stack>
      )}
    </Drawer>
  );
}
