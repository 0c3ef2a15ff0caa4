import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { GraphQLRequestError } from '@ascend/web/data-access';
import { formatDay, formErrors, useFormFields } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import type { StepProps } from './method-page';
import { StepFrame } from './step-frame';
import { usePortalActions } from './use-portal';

interface MilestoneDraft {
  title: string;
  dueOn: string;
}

/** Step 3: ONE bold goal for the next 12 months, with optional milestones; edited, or closed to set the next. */
export function GoalStep({ method, onDone }: StepProps) {
  const { setGoal, updateGoal, closeGoal } = usePortalActions();
  const active = method.goal;
  const save = active ? updateGoal : setGoal;
  const form = useFormFields({
    statement: active?.statement ?? '',
    whyItMatters: active?.whyItMatters ?? '',
    successMeasure: active?.successMeasure ?? '',
    targetDate: active?.targetDate ?? '',
  });
  const [milestones, setMilestones] = useState<MilestoneDraft[]>(active?.milestones.map(({ title, dueOn }) => ({ title, dueOn })) ?? []);
  const fieldNames = { 'input.statement': 'statement', 'input.whyItMatters': 'whyItMatters', 'input.successMeasure': 'successMeasure', 'input.targetDate': 'targetDate' } as const;
  const errors = formErrors(save.error ?? closeGoal.error, fieldNames);
  const problems = save.error instanceof GraphQLRequestError ? save.error.fields : [];
  const milestoneError = (index: number, field: keyof MilestoneDraft) => {
    const message = problems.find((f) => f.field === `input.milestones.${index}.${field}`)?.message;
    return message && message.charAt(0).toUpperCase() + message.slice(1);
  };
  const onMilestones = problems.some((f) => f.field.startsWith('input.milestones.'));
  const change = (index: number, patch: Partial<MilestoneDraft>) => setMilestones((list) => list.map((m, i) => (i === index ? { ...m, ...patch } : m)));

  const close = (status: 'ACHIEVED' | 'ABANDONED') =>
    active &&
    closeGoal.mutate(
      { id: active.id, status },
      {
        // The form is for the next goal now.
        onSuccess: () => {
          for (const field of ['statement', 'whyItMatters', 'successMeasure', 'targetDate'] as const) form.setValue(field, '');
          setMilestones([]);
        },
      },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ statement: 'Write your one bold goal', targetDate: 'Choose the date you will reach it by' })) return;
    const input = { ...form.values, statement: form.values.statement.trim(), milestones: milestones.filter((m) => m.title.trim() || m.dueOn) };
    save.mutate(input, { onSuccess: onDone });
  };

  return (
    <StepFrame
      number={3}
      title="Bold goal"
      intro="Set ONE bold outcome for the next 12 months: what will be true, why it matters, and how you will know."
      error={onMilestones ? null : errors.message}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label="Your bold goal" description="One outcome, not a list of tasks." {...form.bind('statement')} error={form.missing.statement ?? errors.fields.statement} />
          <Textarea label="Why it matters" autosize minRows={2} {...form.bind('whyItMatters')} error={errors.fields.whyItMatters} />
          <Textarea label="How you will measure success" autosize minRows={2} {...form.bind('successMeasure')} error={errors.fields.successMeasure} />
          <TextInput label="Target date" description="At most 12 months from when you set the goal." type="date" w={220} {...form.bind('targetDate')} error={form.missing.targetDate ?? errors.fields.targetDate} />
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={500} size="sm">
              Milestones (optional)
            </Text>
            {milestones.map((milestone, index) => (
              <Group key={index} align="flex-start" gap="xs">
                <TextInput label={`Milestone ${index + 1}`} value={milestone.title} onChange={(e) => change(index, { title: e.currentTarget.value })} error={milestoneError(index, 'title')} style={{ flex: 1 }} />
                <TextInput label={`Milestone ${index + 1} due`} type="date" value={milestone.dueOn} onChange={(e) => change(index, { dueOn: e.currentTarget.value })} error={milestoneError(index, 'dueOn')} />
                <Button variant="subtle" color="red" mt={25} onClick={() => setMilestones((list) => list.filter((_, i) => i !== index))} aria-label={`Remove milestone ${index + 1}`}>
                  Remove
                </Button>
              </Group>
            ))}
            <Button variant="default" onClick={() => setMilestones((list) => [...list, { title: '', dueOn: '' }])} disabled={milestones.length >= 12} style={{ alignSelf: 'flex-start' }}>
              Add milestone
            </Button>
          </Stack>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {active ? 'Save goal' : 'Set goal'}
            </Button>
            {active && (
              <>
                <Button variant="light" color="teal" loading={closeGoal.isPending} onClick={() => close('ACHIEVED')}>
                  Mark goal achieved
                </Button>
                <Button variant="subtle" color="gray" onClick={() => close('ABANDONED')}>
                  Abandon goal
                </Button>
              </>
            )}
          </Group>
        </Stack>
      </form>
      {method.pastGoals.length > 0 && (
        <Text size="sm" c="gray.7">
          Earlier goals: {method.pastGoals.map((g) => `${g.statement} (${g.status === 'ACHIEVED' ? 'achieved' : 'abandoned'}, target ${formatDay(g.targetDate)})`).join('; ')}
        </Text>
      )}
    </StepFrame>
  );
}
