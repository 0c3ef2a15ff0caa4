import { Alert, Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { formErrors } from '@ascend/web/ui';
import { type FormEvent, useState } from 'react';
import { IssuePreviewFrame, type IssueText } from './issue-preview-frame';

interface IssueComposerProps {
  initial: IssueText;
  saving: boolean;
  error: Error | null;
  submitLabel: string;
  onSave: (text: IssueText) => void;
  /** Told whether what is typed differs from what was saved, so actions on the saved issue can wait for a save. */
  onDirtyChange?: (dirty: boolean) => void;
}

/** Subject, preheader and Markdown body beside a live preview of the whole email. */
export function IssueComposer({ initial, saving, error, submitLabel, onSave, onDirtyChange }: IssueComposerProps) {
  const [text, setText] = useState(initial);
  const [subjectMissing, setSubjectMissing] = useState(false);
  const errors = formErrors(error, { 'input.subject': 'subject', 'input.preheader': 'preheader', 'input.body': 'body' } as const);

  const change = (field: keyof IssueText, value: string) => {
    const next = { ...text, [field]: value };
    setText(next);
    if (field === 'subject') setSubjectMissing(false);
    onDirtyChange?.(next.subject !== initial.subject || next.preheader !== initial.preheader || next.body !== initial.body);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.subject.trim()) {
      setSubjectMissing(true);
      return;
    }
    onSave({ subject: text.subject.trim(), preheader: text.preheader.trim(), body: text.body });
  };

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {errors.message && (
            <Alert color="red" variant="light" title="The issue was not saved">
              {errors.message}
            </Alert>
          )}
          <TextInput
            label="Subject"
            required
            maxLength={200}
            value={text.subject}
            onChange={(event) => change('subject', event.currentTarget.value)}
            error={subjectMissing ? 'Enter a subject' : errors.fields.subject}
          />
          <TextInput
            label="Preheader"
            description="The line inboxes show after the subject."
            maxLength={200}
            value={text.preheader}
            onChange={(event) => change('preheader', event.currentTarget.value)}
            error={errors.fields.preheader}
          />
          <Textarea
            label="Body"
            description="Markdown: **bold**, *italic*, lists, links and ## headings."
            autosize
            minRows={14}
            maxRows={40}
            value={text.body}
            onChange={(event) => change('body', event.currentTarget.value)}
            error={errors.fields.body}
          />
          <Group>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
      <IssuePreviewFrame text={text} />
    </SimpleGrid>
  );
}
