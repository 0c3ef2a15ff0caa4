import { Alert, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { StartPracticeInput } from '@ascend/web/data-access';
import { formErrors, useFormFields, usePageTitle } from '@ascend/web/ui';
import { type FormEvent } from 'react';
import { practiceNameRule } from '../auth/name-rules';
import { NewPracticeFields, useNewPracticeAddress } from '../practices/new-practice-fields';
import { practiceAddressRule } from '../practices/practice-address';
import { browserTimeZone } from '../practices/time-zones';
import { useStartPractice } from './use-my-practices';

const API_FIELDS = { 'input.practiceName': 'practiceName', 'input.practiceSlug': 'practiceSlug', 'input.timeZone': 'timeZone' } as const;

/** /app/new-practice: a practice of the signed-in person's own, whether or not they belong to others. */
export function StartPracticePage() {
  usePageTitle('Start a practice');
  const startPractice = useStartPractice();
  const form = useFormFields({ practiceName: '', practiceSlug: '', timeZone: browserTimeZone() }, { practiceName: practiceNameRule, practiceSlug: practiceAddressRule });
  const address = useNewPracticeAddress(form);
  const { slug, slugTyped } = address;

  const errors = formErrors(startPractice.error, API_FIELDS);
  const problems = { ...form.problems, ...(slugTyped ? {} : { practiceSlug: practiceAddressRule(slug) }) };
  const errorOf = (field: keyof typeof form.values) => problems[field] ?? errors.fields[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = form.requireFilled({
      practiceName: 'Name your practice',
      timeZone: 'Choose the time zone your practice works in',
      ...(slug ? {} : { practiceSlug: 'Choose an address for your practice page' }),
    });
    if (!filled || practiceAddressRule(slug)) return;
    const input: StartPracticeInput = { practiceName: form.values.practiceName.trim(), practiceSlug: slug, timeZone: form.values.timeZone };
    startPractice.mutate(input);
  };

  return (
    <Container size="sm">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1}>Start a practice</Title>
          <Text c="gray.7">You become its owner and work in it straight away; you can invite coaches and clients next.</Text>
        </Stack>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {errors.message && (
                <Alert color="red" variant="light" title="Your practice was not started">
                  {errors.message}
                </Alert>
              )}
              <NewPracticeFields nameInput={form.bind('practiceName')} timeZone={form.values.timeZone} address={address} errorOf={errorOf} />
              <Button type="submit" loading={startPractice.isPending} mt="xs">
                Start the practice
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}
