import { Alert, Button, Group, Modal, Paper, Radio, Stack, Text } from '@mantine/core';
import type { ArticleImportMode } from '@ascend/web/data-access';
import { type DragEvent, useState } from 'react';
import { acceptedExtensions, mergePicked, type PickedFile, readPickedFiles } from './import-files';
import { type ArticleImportResult, ImportResults } from './import-results';
import { useArticleActions } from './use-articles';

interface ImportArticlesDialogProps {
  opened: boolean;
  onClose: () => void;
}

function counts(result: ArticleImportResult): string {
  return `${result.created} new, ${result.updated} updated, ${result.unchanged} unchanged, ${result.failed} failed`;
}

/**
 * Importing a folder's worth of markdown files: they are checked first (a dry run that writes nothing) so each file's
 * fate is known, then imported all or nothing, or only the good ones if the coach chooses so.
 */
export function ImportArticlesDialog({ opened, onClose }: ImportArticlesDialogProps) {
  const { importFiles } = useArticleActions();
  const [picked, setPicked] = useState<PickedFile[]>([]);
  const [check, setCheck] = useState<ArticleImportResult | null>(null);
  const [done, setDone] = useState<ArticleImportResult | null>(null);
  const [mode, setMode] = useState<ArticleImportMode>('ALL_OR_NOTHING');
  const [dragging, setDragging] = useState(false);

  const readable = picked.flatMap((file) => (file.content === null ? [] : [{ name: file.name, content: file.content }]));
  const refused = picked.filter((file) => file.problem !== null);
  const failing = (check?.failed ?? 0) + refused.length;

  const add = async (files: File[]) => {
    const next = await readPickedFiles(files);
    setPicked((current) => mergePicked(current, next));
    setCheck(null);
    setDone(null);
    importFiles.reset();
  };
  const close = () => {
    setPicked([]);
    setCheck(null);
    setDone(null);
    setMode('ALL_OR_NOTHING');
    importFiles.reset();
    onClose();
  };
  const runCheck = () => importFiles.mutate({ files: readable, mode: 'PER_FILE', dryRun: true }, { onSuccess: setCheck });
  const runImport = () => importFiles.mutate({ files: readable, mode, dryRun: false }, { onSuccess: setDone });
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void add([...event.dataTransfer.files]);
  };

  return (
    <Modal opened={opened} onClose={close} title="Import articles" size="xl">
      <Stack gap="md">
        {!done && (
          <Paper
            withBorder
            p="lg"
            bg={dragging ? 'ascend.0' : undefined}
            style={{ borderStyle: 'dashed' }}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
          >
            <Stack gap="xs">
              <Text component="label" htmlFor="article-files" fw={600}>
                Markdown files
              </Text>
              <Text size="sm" c="gray.7">
                Pick or drop .md, .markdown or .txt files, up to 1 MB each. Frontmatter (title, description, pubDate, category,
                tags, draft, promo) is read; a file without it becomes a draft titled by its first heading or line. An article
                with the same address is updated, not duplicated.
              </Text>
              <input
                id="article-files"
                type="file"
                multiple
                accept={acceptedExtensions}
                onChange={(event) => {
                  const files = [...(event.currentTarget.files ?? [])];
                  event.currentTarget.value = '';
                  void add(files);
                }}
              />
              {picked.length > 0 && (
                <Text size="sm" role="status">
                  {picked.length} {picked.length === 1 ? 'file' : 'files'} picked{refused.length ? `, ${refused.length} cannot be uploaded` : ''}.
                </Text>
              )}
            </Stack>
          </Paper>
        )}

        {importFiles.error && (
          <Alert color="red" variant="light" title={check ? 'The import failed' : 'The files could not be checked'}>
            {importFiles.error.message}
          </Alert>
        )}

        {(picked.length > 0 || done) && (
          <ImportResults refused={done ? [] : refused} result={done ?? check} imported={!!done} onOpen={close} />
        )}

        {check && !done && (
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              Checked, nothing written yet: {counts(check)}
              {refused.length ? `, ${refused.length} not uploaded` : ''}.
            </Text>
            {failing > 0 && (
              <Radio.Group label="Some files have problems" value={mode} onChange={(value) => setMode(value as ArticleImportMode)}>
                <Stack gap="xs" mt={6}>
                  <Radio value="ALL_OR_NOTHING" label="All or nothing: import only once every file is good" />
                  <Radio value="PER_FILE" label={`Import the good files only (${readable.length - check.failed} of ${picked.length})`} />
                </Stack>
              </Radio.Group>
            )}
            {failing > 0 && mode === 'ALL_OR_NOTHING' && (
              <Text size="sm" c="gray.7">
                Nothing would be imported: correct the failed files and pick them again, or import the good files only.
              </Text>
            )}
          </Stack>
        )}

        {done && (
          <Alert color={done.committed ? 'green' : 'red'} variant="light" title={done.committed ? 'Imported' : 'Nothing was imported'}>
            {done.committed ? `${counts(done)}.` : `Every file must be good for an all-or-nothing import: ${counts(done)}.`}
          </Alert>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {done ? 'Done' : 'Cancel'}
          </Button>
          {!done && !check && (
            <Button onClick={runCheck} disabled={!readable.length} loading={importFiles.isPending}>
              Check files
            </Button>
          )}
          {!done && check && (
            <Button onClick={runImport} disabled={(failing > 0 && mode === 'ALL_OR_NOTHING') || readable.length === check.failed} loading={importFiles.isPending}>
              Import
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
