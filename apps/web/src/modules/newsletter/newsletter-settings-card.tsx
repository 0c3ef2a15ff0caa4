import { Alert, Group, NativeSelect, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { weekdayNames } from './newsletter-labels';
import { useNewsletterSettings } from './use-newsletter-settings';

const weekdayOptions = weekdayNames.map((label, index) => ({ value: String(index + 1), label }));

/** The weekly insights issue: drafted on the chosen day from the week's articles and the coming masterclasses. */
export function NewsletterSettingsCard() {
  const { settings, update } = useNewsletterSettings();
  const current = update.isPending ? update.variables : settings.data;

  return (
    <Paper component="section" aria-labelledby="weekly-heading" withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id="weekly-heading">
          Weekly insights
        </Title>
        <Text size="sm" c="gray.7">
          Each week a draft is written for you from the articles you published and the masterclasses coming up. Nothing is sent until you send it.
        </Text>
        {settings.error ? (
          <Text c="red" size="sm">
            The settings did not load: {settings.error.message}
          </Text>
        ) : !current ? (
          <Skeleton height={60} aria-label="Loading the weekly settings" />
        ) : (
          <Group gap="lg" align="flex-end">
            <Switch
              label="Draft a weekly issue"
              checked={current.weeklyEnabled}
              onChange={(event) => update.mutate({ ...current, weeklyEnabled: event.currentTarget.checked })}
            />
            <NativeSelect
              label="Drafted on"
              data={weekdayOptions}
              value={String(current.weeklyWeekday)}
              disabled={!current.weeklyEnabled}
              onChange={(event) => update.mutate({ ...current, weeklyWeekday: Number(event.currentTarget.value) })}
            />
          </Group>
        )}
        {update.error && (
          <Alert color="red" variant="light" title="The setting was not saved" withCloseButton onClose={() => update.reset()}>
            {update.error.message}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
