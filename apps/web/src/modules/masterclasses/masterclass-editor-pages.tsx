import { Alert, Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { PageState, usePageTitle } from '@ascend/web/ui';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSignedIn } from '../auth/auth-provider';
import { browserTimeZone } from '../practices/time-zones';
import { MasterclassForm } from './masterclass-form';
import { newMasterclassValues, valuesOf } from './masterclass-form-values';
import { useMasterclass, useMasterclassActions } from './use-masterclasses';

/** /app/masterclasses/new: a new masterclass, saved as a draft that only the team sees until it is published. */
export function NewMasterclassPage() {
  usePageTitle('New masterclass');
  const { viewer } = useSignedIn();
  const navigate = useNavigate();
  const { create } = useMasterclassActions();
  const initial = useMemo(() => newMasterclassValues(browserTimeZone(), viewer.account.id), [viewer.account.id]);

  return (
    <Container size="md">
      <Stack gap="lg">
        <Stack gap="xs">
          <Anchor component={Link} to="/app/masterclasses" size="sm">
            ← Masterclasses
          </Anchor>
          <Title order={1}>New masterclass</Title>
          <Text c="gray.7">It is saved as a draft: nobody outside the team sees it until you publish it.</Text>
        </Stack>
        <MasterclassForm
          initial={initial}
          initialHost={{ value: viewer.account.id, label: viewer.account.name }}
          error={create.error}
          saving={create.isPending}
          submitLabel="Save draft"
          cancelTo="/app/masterclasses"
          onSubmit={(input) => create.mutate(input, { onSuccess: (saved) => void navigate(`/app/masterclasses/${saved.id}`) })}
        />
      </Stack>
    </Container>
  );
}

/** /app/masterclasses/:masterclassId/edit: its details; registrants hear of a new time or join link. */
export function EditMasterclassPage() {
  const { masterclassId = '' } = useParams();
  const navigate = useNavigate();
  const masterclass = useMasterclass(masterclassId);
  const { update } = useMasterclassActions();
  usePageTitle(masterclass.data ? `Edit ${masterclass.data.title}` : 'Edit masterclass');

  if (masterclass.isPending) return <PageState kind="loading" label="Loading the masterclass" />;
  if (masterclass.error) {
    return <PageState kind="error" title="The masterclass did not load" error={masterclass.error} onRetry={() => void masterclass.refetch()} retrying={masterclass.isRefetching} />;
  }
  const current = masterclass.data;
  const detailPath = `/app/masterclasses/${current.id}`;

  return (
    <Container size="md">
      <Stack gap="lg">
        <Stack gap="xs">
          <Anchor component={Link} to={detailPath} size="sm">
            ← {current.title}
          </Anchor>
          <Title order={1}>Edit masterclass</Title>
          {current.status !== 'DRAFT' && (
            <Text c="gray.7">Registrants are emailed a new calendar entry if the time, duration, zone or join link changes.</Text>
          )}
        </Stack>
        {current.status === 'CANCELLED' ? (
          <Alert color="gray" variant="light" title="This masterclass is cancelled">
            A cancelled masterclass cannot be changed.
          </Alert>
        ) : (
          <MasterclassForm
            // A new form when another masterclass opens, since the form keeps what is typed.
            key={current.id}
            initial={valuesOf(current)}
            initialHost={current.host ? { value: current.host.userId, label: current.host.name } : null}
            error={update.error}
            saving={update.isPending}
            submitLabel="Save changes"
            cancelTo={detailPath}
            onSubmit={(input) => update.mutate({ ...input, id: current.id }, { onSuccess: () => void navigate(detailPath) })}
          />
        )}
      </Stack>
    </Container>
  );
}
