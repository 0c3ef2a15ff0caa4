import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { formatDay, formErrors, PageState, todayOnThisDevice, useFormFields } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import { DetailSection } from './detail-section';
import { type SessionNote, useSessionNoteActions, useSessionNotes } from './use-client-detail';

const FIELDS = { 'input.heldOn': 'heldOn', 'input.body': 'body' } as const;

/** The local date today, for a new note's session day. */

/** Private notes of the sessions: for coaches only, never shown to the client. */
export function SessionNotesSection({ clientId }: { clientId: string }) {
  const notes = useSessionNotes(clientId);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <DetailSection id="session-notes-heading" title="Session notes">
      <Stack gap="md">
        <Text size="sm" c="gray.7">
          Private to the coaches of the practice: the client never sees them.
        </Text>
        <NoteForm clientId={clientId} />
        {notes.isPending ? (
          <PageState kind="loading" label="Loading the session notes" />
        ) : notes.error ? (
          <PageState kind="error" title="The session notes did not load" error={notes.error} onRetry={() => void notes.refetch()} retrying={notes.isRefetching} />
        ) : notes.data.length === 0 ? (
          <Text size="sm" c="gray.7">
            No notes yet.
          </Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {notes.data.map((note) => (
              <li key={note.id}>
                {editing === note.id ? (
                  <NoteForm clientId={clientId} note={note} onDone={() => setEditing(null)} />
                ) : (
                  <Stack gap={4}>
                    <Group justify="space-between">
                      <Text size="sm" fw={600}>
                        Session of {formatDay(note.heldOn)}
                        {note.authorName && (
                          <Text span size="sm" c="gray.7" fw={400}>
                            {' '}
                            · {note.authorName}
                          </Text>
                        )}
                      </Text>
                      <Button size="xs" variant="subtle" onClick={() => setEditing(note.id)} aria-label={`Edit the note of ${formatDay(note.heldOn)}`}>
                        Edit
                      </Button>
                    </Group>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {note.body}
                    </Text>
                  </Stack>
                )}
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </DetailSection>
  );
}

/** A new note, or `note` being edited. */
function NoteForm({ clientId, note, onDone }: { clientId: string; note?: SessionNote; onDone?: () => void }) {
  const { add, update } = useSessionNoteActions(clientId);
  const saving = note ? update : add;
  const form = useFormFields({ heldOn: note?.heldOn ?? todayOnThisDevice(), body: note?.body ?? '' });
  const errors = formErrors(saving.error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.requireFilled({ heldOn: 'Give the day of the session', body: 'Write the note' })) return;
    const values = { heldOn: form.values.heldOn, body: form.values.body.trim() };
    if (note) update.mutate({ id: note.id, ...values }, { onSuccess: onDone });
    else add.mutate({ clientId, ...values }, { onSuccess: () => form.setValue('body', '') });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={note ? 'Edit the session note' : 'Add a session note'}>
      <Stack gap="xs">
        {errors.message && (
          <Alert color="red" variant="light" title="The note was not saved">
            {errors.message}
          </Alert>
        )}
        <TextInput label="Session day" type="date" required {...form.bind('heldOn')} error={form.missing.heldOn ?? errors.fields.heldOn} w={200} />
        <Textarea label={note ? 'Note' : 'New note'} required autosize minRows={3} {...form.bind('body')} error={form.missing.body ?? errors.fields.body} />
        <Group gap="xs">
          <Button type="submit" size="sm" loading={saving.isPending}>
            {note ? 'Save the note' : 'Add the note'}
          </Button>
          {note && (
            <Button size="sm" variant="default" onClick={onDone}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
