import { Container, Stack, Stepper, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useNavigate, useParams } from 'react-router';
import { AccountabilityStep } from './accountability-step';
import { AwarenessStep } from './awareness-step';
import { DecisionStep } from './decision-step';
import { FutureSelfStep } from './future-self-step';
import { GoalStep } from './goal-step';
import { METHOD_STEPS, stepInfo } from './portal-text';
import { type MyMethod, useMyMethod } from './use-portal';

/** The records each step's form starts from, and where "continue" leads. */
export interface StepProps {
  method: MyMethod;
  onDone: () => void;
}

const STEP_FORMS = [AwarenessStep, DecisionStep, GoalStep, FutureSelfStep, AccountabilityStep];

/** /app/portal/method/:step: the five steps as a guided flow; any step can be opened again and changed. */
export function MethodPage() {
  usePageTitle('The five steps');
  const { step } = useParams();
  const navigate = useNavigate();
  const method = useMyMethod();

  if (method.isPending) return <PageState kind="loading" label="Loading your method" />;
  if (method.isError) return <PageState kind="error" title="Your method could not be loaded" error={method.error} onRetry={() => method.refetch()} retrying={method.isFetching} />;

  const found = METHOD_STEPS.findIndex((s) => s.path === step);
  const active = found === -1 ? METHOD_STEPS.indexOf(stepInfo(method.data.progress.currentStep)) : found;
  const open = (index: number) => navigate(index < METHOD_STEPS.length ? `/app/portal/method/${METHOD_STEPS[index].path}` : '/app/portal');
  const done = {
    AWARENESS: method.data.awarenessNotes.length > 0,
    DECISION: method.data.decision !== null,
    GOAL: method.data.goal !== null || method.data.pastGoals.some((g) => g.status === 'ACHIEVED'),
    FUTURE_SELF: method.data.futureSelf !== null,
    ACCOUNTABILITY: method.data.accountability.setAt !== null,
  };
  const Form = STEP_FORMS[active];

  return (
    <Container size="md">
      <Stack gap="xs" mb="xl">
        <Title order={1}>The five steps</Title>
        <Text c="gray.7">
          {method.data.progress.stepsDone} of 5 steps done. Work through them in order; come back to any step whenever it needs changing.
        </Text>
      </Stack>
      <Stepper active={active} onStepClick={open} allowNextStepsSelect size="sm" mb="xl">
        {METHOD_STEPS.map((info, index) => (
          <Stepper.Step
            key={info.step}
            label={`${index + 1}. ${info.label}`}
            description={info.description}
            completedIcon={done[info.step] ? undefined : index + 1}
            aria-label={`Step ${index + 1}: ${info.label}${done[info.step] ? ' (done)' : ''}`}
          />
        ))}
      </Stepper>
      <Form key={active} method={method.data} onDone={() => open(active + 1)} />
    </Container>
  );
}
