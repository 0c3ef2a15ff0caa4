import { Alert, Anchor, Button, Container, FileButton, Group, List, Paper, Progress, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type ClientImportMode, GraphQLRequestError } from '@ascend/web/data-access';
import { usePageTitle } from '@ascend/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { useImportRun } from './use-import-run';
import { useClientImport } from './use-roster';

/** The API's cap on one file (client-csv-rules.ts); checked here too, so a large file is refused before it is sent. */
const MAX_FILE_BYTES = 1_000_000;

/** /app/clients/import: paste or choose a CSV, preview it row by row, then import all of it or only its valid rows. */
export function ClientImportPage() {
  usePageTitle('Import clients');
  const [csv, setCsv] = useState('');
  const [mode, setMode] = useState<ClientImportMode>('VALID_ROWS');
  const { preview } = useClientImport();
  const { run, start, reset } = useImportRun();
  const rows = preview.data ?? [];
  const wrong = rows.filter((r) => r.problems.length).length;
  const tooLarge = new Blob([csv]).size > MAX_FILE_BYTES;

  const choose = async (file: File | null) => {
    if (!file) return;
    setCsv(await file.text());
    preview.reset();
    reset();
  };

  return (
    <Container size="xl">
      <Stack gap="lg">
        <Stack gap={4}>
          <Anchor component={Link} to="/app/clients" size="sm">
            Back to the clients
          </Anchor>
          <Title order={1}>Import clients</Title>
          <Text c="gray.7">
            A CSV file with a header row and the columns name, email, status (lead, active, paused or alumni), tags (separated by ; or |) and coach email.
            Up to 2,000 rows at a time.
          </Text>
        </Stack>

        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <Stack gap="sm">
            <Textarea
              label="CSV"
              description="Paste the file's text here, or choose the file."
              autosize
              minRows={5}
              maxRows={14}
              ff="monospace"
              value={csv}
              onChange={(e) => {
                setCsv(e.currentTarget.value);
                preview.reset();
                reset();
              }}
            />
            <Group>
              <FileButton onChange={(file) => void choose(file)} accept=".csv,text/csv">
                {(props) => (
                  <Button variant="default" {...props}>
                    Choose a file
                  </Button>
                )}
              </FileButton>
              <Button onClick={() => preview.mutate(csv)} loading={preview.isPending} disabled={!csv.trim() || tooLarge}>
                Preview
              </Button>
            </Group>
            {tooLarge && (
              <Alert color="red" variant="light" title="This file is too large">
                Files of up to 1 MB can be imported at once: split it into smaller files.
              </Alert>
            )}
            {preview.error && (
              <Alert color="red" variant="light" title="This file cannot be read">
                {preview.error.message}
              </Alert>
            )}
          </Stack>
        </Paper>

        {preview.isSuccess && (
          <Stack gap="sm" component="section" aria-labelledby="preview-heading">
            <Title order={2} size="h3" id="preview-heading">
              Preview
            </Title>
            <Text>
              {rows.length} {rows.length === 1 ? 'row' : 'rows'}: {rows.length - wrong} ready, {wrong} with problems.
            </Text>
            <Table.ScrollContainer minWidth={800}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Row</Table.Th>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Email</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Tags</Table.Th>
                    <Table.Th>Coach email</Table.Th>
                    <Table.Th>Problems</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.row} bg={row.problems.length ? 'red.0' : undefined}>
                      <Table.Td>{row.row}</Table.Td>
                      <Table.Td>{row.name}</Table.Td>
                      <Table.Td>{row.email}</Table.Td>
                      <Table.Td>{row.status ?? ''}</Table.Td>
                      <Table.Td>{row.tags.join(', ')}</Table.Td>
                      <Table.Td>{row.coachEmail}</Table.Td>
                      <Table.Td>
                        {row.problems.map((p) => (
                          <Text key={`${p.column}:${p.message}`} size="sm" c="red.8">
                            {p.column}: {p.message}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>

            <Radio.Group label="What to import" value={mode} onChange={(value) => setMode(value as ClientImportMode)}>
              <Stack gap="xs" mt="xs">
                <Radio value="VALID_ROWS" label="Only the valid rows" description="Rows with problems are skipped and listed afterwards." />
                <Radio value="ALL_OR_NOTHING" label="All or nothing" description="If any row has a problem, nothing is imported." />
              </Stack>
            </Radio.Group>
            <Group>
              <Button onClick={() => void start(csv, rows, mode)} loading={run.state === 'running'} disabled={run.state === 'done' || rows.length === 0}>
                Import
              </Button>
            </Group>
          </Stack>
        )}

        {run.state === 'running' &&
          (run.mode === 'VALID_ROWS' ? (
            <Progress value={run.total ? (run.done / run.total) * 100 : 100} aria-label={`Imported ${run.done} of ${run.total} rows`} size="lg" />
          ) : (
            <Progress value={100} animated striped aria-label="Importing all rows" size="lg" />
          ))}
        {run.state === 'done' && (
          <Alert color="teal" variant="light" title={`Added ${run.added} ${run.added === 1 ? 'client' : 'clients'}`}>
            <Stack gap="xs">
              {run.skipped.length > 0 && (
                <>
                  <Text size="sm">{run.skipped.length} rows were skipped:</Text>
                  <List size="sm">
                    {run.skipped.map((s) => (
                      <List.Item key={s.row}>
                        Row {s.row}
                        {s.email ? ` (${s.email})` : ''}: {s.problems.map((p) => `${p.column} ${p.message}`).join('; ')}
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
              <Anchor component={Link} to="/app/clients" size="sm">
                See the clients
              </Anchor>
            </Stack>
          </Alert>
        )}
        {run.state === 'failed' && (
          <Alert color="red" variant="light" title={run.added ? `The import stopped after adding ${run.added} clients` : 'Nothing was imported'}>
            <Text size="sm">{run.error.message}</Text>
            {run.error instanceof GraphQLRequestError && run.error.fields.length > 0 && (
              <List size="sm" mt="xs">
                {run.error.fields.map((f) => (
                  <List.Item key={f.message}>{f.message}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
      </Stack>
    </Container>
  );
}
