import { Alert, Button, Group, Input, Modal, Progress, Stack, Text } from '@mantine/core';
import { type ChangeEvent, useState } from 'react';
import { SubscriberImportPreviewTable } from './subscriber-import-preview';
import { type CsvFile, type SubscriberImportRun, useSubscriberImport, useSubscriberImportActions } from './use-subscriber-import';

const MAX_BYTES = 10 * 1024 * 1024;

/** The file's text through FileReader, which every browser (and jsdom) has. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`));
    reader.readAsText(file);
  });
}

/**
 * Importing a CSV export (Mailchimp, Kajabi): pick the file, see what it would do row by row, then import it; a job
 * does the work while the dialog shows its progress and, at the end, what it did.
 */
export function SubscriberImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { preview, start } = useSubscriberImportActions();
  const [file, setFile] = useState<CsvFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const run = useSubscriberImport(runId);

  const reset = () => {
    setFile(null);
    setFileProblem(null);
    setRunId(null);
    preview.reset();
    start.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    reset();
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setFileProblem(`${chosen.name} is ${(chosen.size / 1024 / 1024).toFixed(1)} MB; files up to 10 MB can be imported.`);
      return;
    }
    try {
      const picked = { csv: await readText(chosen), fileName: chosen.name };
      setFile(picked);
      preview.mutate(picked);
    } catch (error) {
      setFileProblem(error instanceof Error ? error.message : `${chosen.name} could not be read`);
    }
  };

  const failure = preview.error ?? start.error ?? run.error;

  return (
    <Modal opened={opened} onClose={close} title="Import subscribers" size="xl" centered>
      <Stack gap="md">
        {runId === null ? (
          <>
            <Input.Wrapper label="CSV file" description="An export from Mailchimp, Kajabi or a spreadsheet: email, name, status, consent date. Up to 10 MB.">
              <input type="file" accept=".csv,text/csv" aria-label="CSV file" onChange={(event) => void choose(event)} style={{ display: 'block', marginTop: 6 }} />
            </Input.Wrapper>
            {fileProblem && (
              <Alert color="red" variant="light" title="This file cannot be imported">
                {fileProblem}
              </Alert>
            )}
            {preview.isPending && <Text size="sm">Reading {file?.fileName}…</Text>}
            {preview.data && <SubscriberImportPreviewTable preview={preview.data} />}
          </>
        ) : (
          <ImportProgress run={run.data} />
        )}
        {failure && (
          <Alert color="red" variant="light" title="That did not work">
            {failure.message}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          {runId === null ? (
            <>
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button
                disabled={!file || !preview.data || preview.data.total === preview.data.errors}
                loading={start.isPending}
                onClick={() => file && start.mutate(file, { onSuccess: (started) => setRunId(started.id) })}
              >
                Import {preview.data ? `${preview.data.total.toLocaleString()} rows` : ''}
              </Button>
            </>
          ) : (
            <Button onClick={close} variant={run.data?.status === 'DONE' || run.data?.status === 'FAILED' ? 'filled' : 'default'}>
              Close
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

function ImportProgress({ run }: { run: SubscriberImportRun | undefined }) {
  if (!run) return <Text size="sm">Starting the import…</Text>;
  const done = run.status === 'DONE' || run.status === 'FAILED';
  const percent = run.total ? Math.round((run.processed / run.total) * 100) : 0;
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        {run.fileName}
      </Text>
      <Progress value={done ? 100 : percent} color={run.status === 'FAILED' ? 'red' : undefined} aria-label="Import progress" animated={!done} />
      <Text size="sm" aria-live="polite">
        {run.processed.toLocaleString()} of {run.total.toLocaleString()} rows processed
      </Text>
      {done && (
        <Alert color={run.status === 'FAILED' ? 'red' : 'teal'} variant="light" title={run.status === 'FAILED' ? 'The import stopped' : 'Import finished'}>
          <Text size="sm">
            {run.created} added, {run.updated} updated, {run.skipped} skipped, {run.failed} with errors.
          </Text>
          {run.errors.slice(0, 20).map((error) => (
            <Text key={error} size="xs" c="red">
              {error}
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
