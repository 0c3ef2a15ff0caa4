import { Badge, Group, Stack, Text } from '@mantine/core';
import { durationText, masterclassTime, priceText, seatsText } from './masterclass-text';
import type { PublicMasterclass } from './use-public-masterclasses';

/** When, how long, with whom and for what price; the seats left only while it takes registrations. */
export function MasterclassFacts({ masterclass, showSeats = true }: { masterclass: PublicMasterclass; showSeats?: boolean }) {
  return (
    <Stack gap={6}>
      <Text fw={600}>{masterclassTime(masterclass.startsAt, masterclass.timeZone)}</Text>
      <Text size="sm" c="gray.7">
        {durationText(masterclass.durationMinutes)} · hosted by {masterclass.hostName}
      </Text>
      <Group gap="xs">
        <Badge variant="light" color={masterclass.price ? 'gray' : 'ascend'}>
          {priceText(masterclass.price)}
        </Badge>
        {showSeats && masterclass.status === 'PUBLISHED' && masterclass.registrationOpen && (
          // Outlined in the darkest shades: the light orange and teal badges (and orange at any shade) fell below 4.5:1 contrast.
          <Badge variant="outline" color={masterclass.seatsLeft === 0 ? 'red.9' : 'teal.9'}>
            {seatsText(masterclass.seatsLeft)}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}
