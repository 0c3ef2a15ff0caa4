import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { formatDate } from '@ascend/web/ui';
import type { PlanId } from '@ascend/web/data-access';
import type { UseMutationResult } from '@tanstack/react-query';
import { BillingErrorAlert } from './billing-error-alert';
import { limitLines, planPrice } from './billing-format';
import type { Plan, PracticeBilling } from './use-billing';

interface PlanChangeModalProps {
  opened: boolean;
  onClose: () => void;
  billing: PracticeBilling;
  /** Kept after the dialog closes, so its text does not change while it fades out. */
  target: Plan | null;
  changePlan: UseMutationResult<PracticeBilling, Error, PlanId>;
}

/**
 * Says what a plan change does before it is made: a paid plan applies at once and Stripe prorates; Starter ends the
 * subscription at the end of the period. A refusal (the practice uses more than the plan allows) stays in the
 * dialog, in the API's words, which list what to remove first.
 */
export function PlanChangeModal({ opened, onClose, billing, target, changePlan }: PlanChangeModalProps) {
  const current = billing.plan;
  const toStarter = target?.id === 'STARTER';

  return (
    <Modal opened={opened} onClose={onClose} title={`Switch to ${target?.name ?? ''}?`} centered size="lg">
      {target && (
        <Stack gap="md">
          {toStarter ? (
            <Text size="sm">
              Your {current.name} subscription is cancelled at the end of the current period
              {billing.renewsAt ? `, on ${formatDate(billing.renewsAt)}` : ''}. Until then nothing changes and nothing more
              is charged; after that the Starter plan&apos;s limits apply:
            </Text>
          ) : (
            <Text size="sm">
              Your plan changes from {current.name} ({planPrice(current)}) to {target.name} ({planPrice(target)}) now, with
              these limits:
            </Text>
          )}
          <List size="sm">
            {limitLines(target.limits).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Text size="sm" c="gray.7">
            {toStarter
              ? 'Nothing is deleted, but the practice must fit those limits first.'
              : 'Stripe prorates: the difference for the rest of this billing period is charged, or credited, on your next invoice.'}
          </Text>
          {changePlan.error && <BillingErrorAlert error={changePlan.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Keep {current.name}
            </Button>
            <Button
              color={toStarter ? 'red' : undefined}
              loading={changePlan.isPending}
              onClick={() => changePlan.mutate(target.id, { onSuccess: onClose })}
            >
              Switch to {target.name}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
