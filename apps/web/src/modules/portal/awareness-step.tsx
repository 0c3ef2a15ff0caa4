import { Badge, Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import type { AwarenessNoteKind } from '@ascend/web/data-access';
import { formErrors } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import type { StepProps } from './method-page';
import { StepFrame } from './step-frame';
import { type MyMethod, usePortalActions } from './use-portal';

const KINDS: { value: AwarenessNoteKind; label: string }[] = [
  { value: 'PATTERN', label: 'Where I default to being the workhorse' },
  { value: 'HABITUAL_YES', label: 'What I say yes to out of habit' },
];
const kindLabel = (kind: AwarenessNoteKind) => KINDS.find((k) => k.value === kind)?.label ?? kind;

/** Step 1: notes of patterns noticed, without judgment; added, edited and removed freely. */
export function AwarenessStep({ method, onDone }: StepProps) {
  const { addNote } = usePortalActions();
  const [kind, setKind] = useState<AwarenessNoteKind>('PATTERN');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState<string>();
  const errors = formErrors(addNote.error, { 'input.body': 'body', 'input.kind': 'kind' } as const);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setMissing('Write down what you noticed');
    addNote.mutate({ kind, body: body.trim() }, { onSuccess: () => setBody('') });
  };

  return (
    <StepFrame
      number={1}
      title="Awareness"
      intro="Notice your patterns without judging them. Where do you default to being the workhorse? What do you say yes to out of habit?"
      error={errors.message}
    >
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your awareness notes">
        {method.awarenessNotes.map((note) => (
          <NoteItem key={note.id} note={note} />
        ))}
      </Stack>
      {method.awarenessNotes.length === 0 && <Text c="gray.7">No notes yet. Add the first pattern you have noticed this week.</Text>}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NativeSelect label="Kind of note" data={KINDS} value={kind} onChange={(e) => setKind(e.currentTarget.value as AwarenessNoteKind)} error={errors.fields.kind} />
          <Textarea
            label="What did you notice?"
            autosize
            minRows={2}
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              setMissing(undefined);
            }}
            error={missing ?? errors.fields.body}
          />
          <Group>
            <Button type="submit" loading={addNote.isPending}>
              Add note
            </Button>
            <Button variant="default" onClick={onDone} disabled={method.awarenessNotes.length === 0}>
              Continue to step 2
            </Button>
          </Group>
        </Stack>
      </form>
    </StepFrame>
  );
}

function NoteItem({ note }: { note: MyMethod['awarenessNotes'][number] }) {
  const { updateNote, removeNote } = usePortalActions();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const errors = formErrors(updateNote.error, { 'input.body': 'body' } as const);

  if (editing) {
    return (
      <li>
        <Stack gap="xs">
          <Textarea label="Edit note" autosize value={body} onChange={(e) => setBody(e.currentTarget.value)} error={errors.fields.body ?? errors.message} />
          <Group gap="xs">
            <Button size="xs" loading={updateNote.isPending} onClick={() => updateNote.mutate({ id: note.id, kind: note.kind, body }, { onSuccess: () => setEditing(false) })}>
              Save note
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </li>
    );
  }
  return (
    <li>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <Badge variant="light" size="sm">
            {kindLabel(note.kind)}
          </Badge>
          <Text>{note.body}</Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="subtle" onClick={() => setEditing(true)} aria-label={`Edit note: ${note.body}`}>
            Edit
          </Button>
          <Button size="xs" variant="subtle" color="red" loading={removeNote.isPending} onClick={() => removeNote.mutate(note.id)} aria-label={`Remove note: ${note.body}`}>
            Remove
          </Button>
        </Group>
      </Group>
    </li>
  );
}
