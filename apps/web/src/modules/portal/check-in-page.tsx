import { Alert, Button, Container, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { SubmitCheckInInput } from '@ascend/web/data-access';
import { formatDay, formErrors, PageState, usePageTitle } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type MyCoaching, type PortalCheckIn, useMyCoaching, usePortalActions } from './use-portal';

type TextField = 'wins' | 'defaultedToDoing' | 'declinedOrDelegated' | 'strategicWork' | 'impactMadeLegible' | 'nextCommitments';
type Values = Record<TextField | 'progress' | 'energy', string>;

/** The reflective questions, worded to steer from doing toward leading. */
const QUESTIONS: { name: TextField; label: string; description: string }[] = [
  { name: 'wins', label: 'Wins', description: 'What went well this week, however small?' },
  { name: 'defaultedToDoing', label: 'Where I defaulted to doing instead of leading', description: 'Which problem did you solve yourself that someone else could have owned?' },
  { name: 'declinedOrDelegated', label: 'What I declined or delegated', description: 'A request you said no to, or handed over with the context to succeed.' },
  { name: 'strategicWork', label: 'Strategic work done', description: 'Time spent on what only you can do: direction, people, the next big bet.' },
  {
    name: 'impactMadeLegible',
    label: 'Impact made legible',
    description: 'One outcome in business terms: what would have happened without it, time or money saved, risk avoided.',
  },
  { name: 'nextCommitments', label: 'Commitments for next week', description: 'What will you lead, decline or hand over next week?' },
];

/** The two ratings; out-of-range numbers go to the API, which names the field. */
const SCALES = [
  { name: 'progress', label: 'Progress toward your goal (0-10)', description: '0: no movement, 10: a breakthrough week.', min: 0, max: 10 },
  { name: 'energy', label: 'Energy (1-5)', description: '1: running on empty, 5: fully charged.', min: 1, max: 5 },
] as const;

const FIELD_NAMES = {
  'input.progress': 'progress',
  'input.energy': 'energy',
  'input.weekStart': 'weekStart',
  ...Object.fromEntries(QUESTIONS.map((q) => [`input.${q.name}`, q.name])),
} as Record<string, keyof Values | 'weekStart'>;

function valuesOf(checkIn: PortalCheckIn | null | undefined): Values {
  return {
    progress: checkIn ? String(checkIn.progress) : '',
    energy: checkIn ? String(checkIn.energy) : '',
    ...(Object.fromEntries(QUESTIONS.map((q) => [q.name, checkIn?.[q.name] ?? ''])) as Record<TextField, string>),
  };
}

/** /app/portal/check-in (?week=YYYY-MM-DD for last week, late): the weekly check-in, editable until its week closes. */
export function CheckInPage() {
  usePageTitle('Weekly check-in');
  const home = useMyCoaching();
  const [params] = useSearchParams();

  if (home.isPending) return <PageState kind="loading" label="Loading your week" />;
  if (home.isError) return <PageState kind="error" title="Your week could not be loaded" error={home.error} onRetry={() => home.refetch()} retrying={home.isFetching} />;
  const week = params.get('week');
  const lateWeek = week && week === home.data.thisWeek.missedWeekStart ? week : null;
  return <CheckInForm key={lateWeek ?? 'this-week'} coaching={home.data} lateWeek={lateWeek} />;
}

function CheckInForm({ coaching, lateWeek }: { coaching: MyCoaching; lateWeek: string | null }) {
  const { submitCheckIn } = usePortalActions();
  const existing = lateWeek ? null : coaching.thisWeek.checkIn;
  const weekStart = lateWeek ?? coaching.thisWeek.weekStart;
  const [values, setValues] = useState<Values>(() => valuesOf(existing));
  const [missing, setMissing] = useState<Partial<Record<'progress' | 'energy', string>>>({});
  const errors = formErrors(submitCheckIn.error, FIELD_NAMES);
  const set = (name: keyof Values, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    if (name === 'progress' || name === 'energy') setMissing((current) => ({ ...current, [name]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = {
      progress: values.progress === '' ? 'Rate your progress from 0 to 10' : undefined,
      energy: values.energy === '' ? 'Rate your energy from 1 to 5' : undefined,
    };
    setMissing(empty);
    if (empty.progress || empty.energy) return;
    const input: SubmitCheckInInput = { weekStart, progress: Number(values.progress), energy: Number(values.energy) };
    for (const { name } of QUESTIONS) input[name] = values[name].trim();
    submitCheckIn.mutate(input);
  };

  const saved = submitCheckIn.data;
  return (
    <Container size="md">
      <Stack gap="xs" mb="lg">
        <Title order={1}>Weekly check-in</Title>
        <Text c="gray.7">
          Week of {formatDay(weekStart)}
          {lateWeek ? ': this week has ended, so this check-in is marked late.' : existing ? '. You can change your check-in until the week ends.' : '.'}
        </Text>
      </Stack>
      {saved && (
        <Alert color="teal" variant="light" title="Check-in saved" mb="lg">
          <Group gap="sm">
            <Text size="sm">Your coach has been told{saved.late ? ' (it is marked late)' : ''}. You can still edit it until the week ends.</Text>
            <Button component={Link} to="/app/portal" size="xs" variant="default">
              Back to your coaching
            </Button>
          </Group>
        </Alert>
      )}
      {(errors.message || errors.fields.weekStart) && (
        <Alert color="red" variant="light" title="Your check-in was not saved" mb="lg">
          {errors.fields.weekStart ? `The week ${errors.fields.weekStart.charAt(0).toLowerCase()}${errors.fields.weekStart.slice(1)}` : errors.message}
        </Alert>
      )}
      <Paper component="form" onSubmit={submit} noValidate withBorder p={{ base: 'md', sm: 'lg' }} aria-label="Weekly check-in">
        <Stack gap="md">
          <Group grow align="flex-start">
            {SCALES.map((scale) => (
              <NumberInput
                key={scale.name}
                label={scale.label}
                description={scale.description}
                min={scale.min}
                max={scale.max}
                clampBehavior="none"
                allowDecimal={false}
                value={values[scale.name]}
                onChange={(value) => set(scale.name, String(value))}
                error={missing[scale.name] ?? errors.fields[scale.name]}
              />
            ))}
          </Group>
          {QUESTIONS.map((question) => (
            <Textarea
              key={question.name}
              label={question.label}
              description={question.description}
              autosize
              minRows={2}
              value={values[question.name]}
              onChange={(e) => set(question.name, e.currentTarget.value)}
              error={errors.fields[question.name]}
            />
          ))}
          <Button type="submit" loading={submitCheckIn.isPending} style={{ alignSelf: 'flex-start' }}>
            {existing || saved ? 'Save changes' : 'Submit check-in'}
          </Button>
        </Stack>
      </Paper>
    </Container>
  );
}
