import { Anchor, Badge, List, Stack, Table, Text } from '@mantine/core';
import type { ArticleImportOutcome, ImportArticlesMutation } from '@ascend/web/data-access';
import { Link } from 'react-router';
import type { PickedFile } from './import-files';

export type ArticleImportResult = ImportArticlesMutation['importArticles'];
type FileResult = ArticleImportResult['files'][number];

const outcomes: Record<ArticleImportOutcome, { label: string; color: string }> = {
  CREATED: { label: 'New', color: 'green' },
  UPDATED: { label: 'Updated', color: 'blue' },
  UNCHANGED: { label: 'Unchanged', color: 'gray' },
  FAILED: { label: 'Failed', color: 'red' },
};

interface ImportResultsProps {
  /** The files refused before upload (too large, wrong kind). */
  refused: PickedFile[];
  result: ArticleImportResult | null;
  /** After the real import: links open the saved articles. */
  imported: boolean;
  onOpen: () => void;
}

/** Each file and what happens (or happened) to it, with the frontmatter field at fault when it failed. */
export function ImportResults({ refused, result, imported, onOpen }: ImportResultsProps) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" aria-label="Files">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>File</Table.Th>
            <Table.Th>{imported ? 'Result' : 'Will be'}</Table.Th>
            <Table.Th>Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {refused.map((file) => (
            <Table.Tr key={file.name}>
              <Table.Td>{file.name}</Table.Td>
              <Table.Td>
                <Badge color="red" variant="light" tt="none">
                  Not uploaded
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{file.problem}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
          {result?.files.map((file) => (
            <FileRow key={file.name} file={file} imported={imported && result.committed} onOpen={onOpen} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FileRow({ file, imported, onOpen }: { file: FileResult; imported: boolean; onOpen: () => void }) {
  const outcome = outcomes[file.outcome];
  const link = imported && file.articleId ? `/app/articles/${file.articleId}${file.needsReview ? '?review=1' : ''}` : null;
  return (
    <Table.Tr>
      <Table.Td>{file.name}</Table.Td>
      <Table.Td>
        <Badge color={outcome.color} variant="light" tt="none">
          {outcome.label}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          {file.title && <Text size="sm">{file.title}</Text>}
          {file.problems.length > 0 && (
            <List size="sm" c="red.8">
              {file.problems.map((problem) => (
                <List.Item key={`${problem.field}:${problem.message}`}>
                  {problem.field}: {problem.message}
                </List.Item>
              ))}
            </List>
          )}
          {file.needsReview && (
            <Text size="sm" c="yellow.9">
              No frontmatter: imported as a draft that needs review.
            </Text>
          )}
          {link && (
            <Anchor component={Link} to={link} size="sm" onClick={onOpen}>
              {file.needsReview ? 'Review it' : 'Open'}
            </Anchor>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
