import { screen, waitFor, within } from '@testing-library/react';
import { answerOperations, graphQLAnswer, requests, stubFetch, type StubbedRequest } from '../../testing/fetch-stub';
import { renderRoute } from '../../testing/render-route';
import { membership, rememberSignedIn, ridgeline, sessionData } from '../../testing/session';
import { articleData, fileResult } from './content-fixtures';

let fetchStub: ReturnType<typeof stubFetch>;

beforeEach(() => {
  fetchStub = stubFetch();
  rememberSignedIn();
});

const workhorse = '---\ntitle: The workhorse trap\ntags: [delegation]\n---\nYou fix every fire.';
const untitled = '# Saying no to the urgent\n\nThe urgent is rarely yours.';
const broken = '---\ntitle: Weekly review\ntags: 7\n---\nBody.';

/** What the API answers to the dry run and the import: the good files pass, the one with numeric tags fails. */
function importAnswer(request: StubbedRequest) {
  const input = request.variables.input as { files: { name: string }[]; mode: string; dryRun: boolean };
  const files = input.files.map(({ name }) => {
    if (name === 'weekly-review.md') return fileResult(name, { outcome: 'FAILED', problems: [{ field: 'tags', message: 'must be a list of words, not a number' }] });
    if (name === 'saying-no.txt') return fileResult(name, { title: 'Saying no to the urgent', needsReview: true, articleId: input.dryRun ? null : 'art-7', slug: 'saying-no-to-the-urgent' });
    return fileResult(name, { outcome: 'UPDATED', title: 'The workhorse trap', articleId: 'art-1', slug: 'the-workhorse-trap' });
  });
  const count = (outcome: string) => files.filter((file) => file.outcome === outcome).length;
  const counts = { created: count('CREATED'), updated: count('UPDATED'), unchanged: count('UNCHANGED'), failed: count('FAILED') };
  return graphQLAnswer({ importArticles: { committed: !input.dryRun, ...counts, files } });
}

function renderArticles() {
  answerOperations(fetchStub, {
    RefreshSession: { refreshSession: sessionData({ memberships: [membership(ridgeline, 'COACH')] }) },
    ArticleCategories: { articleCategories: [] },
    CoachArticles: { articles: [articleData()] },
    CoachArticle: { article: articleData({ id: 'art-7', title: 'Saying no to the urgent', status: 'DRAFT', draft: true }) },
    ImportArticles: importAnswer,
  });
  return renderRoute('/app/articles');
}

const imports = () => requests(fetchStub).filter((r) => r.operationName === 'ImportArticles');
const rowOf = (name: string) => within(screen.getByRole('table', { name: 'Files' })).getByText(name).closest('tr') as HTMLElement;

describe('importing articles', () => {
  it('flags a file over 1 MB, checks the rest without writing, then imports the good files only when asked to', async () => {
    const { user, router } = renderArticles();
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import articles' });

    const tooLarge = new File(['x'.repeat(1024 * 1024 + 1)], 'whole-book.md', { type: 'text/markdown' });
    await user.upload(within(dialog).getByLabelText('Markdown files'), [
      new File([workhorse], 'workhorse.md', { type: 'text/markdown' }),
      new File([untitled], 'saying-no.txt', { type: 'text/plain' }),
      new File([broken], 'weekly-review.md', { type: 'text/markdown' }),
      tooLarge,
    ]);
    expect(await within(dialog).findByText('4 files picked, 1 cannot be uploaded.')).toBeInTheDocument();
    expect(within(rowOf('whole-book.md')).getByText('Too large (1.0 MB): the limit is 1 MB')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Check files' }));
    expect(await within(dialog).findByText(/Checked, nothing written yet: 1 new, 1 updated, 0 unchanged, 1 failed, 1 not uploaded/)).toBeInTheDocument();
    expect(imports()[0].variables).toEqual({
      input: {
        dryRun: true,
        mode: 'PER_FILE',
        files: [
          { name: 'workhorse.md', content: workhorse },
          { name: 'saying-no.txt', content: untitled },
          { name: 'weekly-review.md', content: broken },
        ],
      },
    });
    expect(within(rowOf('workhorse.md')).getByText('Updated')).toBeInTheDocument();
    expect(within(rowOf('saying-no.txt')).getByText('No frontmatter: imported as a draft that needs review.')).toBeInTheDocument();
    expect(within(rowOf('weekly-review.md')).getByText('tags: must be a list of words, not a number')).toBeInTheDocument();

    // All or nothing is the default, and with a failed file it would import nothing.
    expect(within(dialog).getByRole('radio', { name: /All or nothing/ })).toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(within(dialog).getByRole('radio', { name: 'Import the good files only (2 of 4)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(await within(dialog).findByText('1 new, 1 updated, 0 unchanged, 1 failed.')).toBeInTheDocument();
    expect(imports()[1].variables).toMatchObject({ input: { dryRun: false, mode: 'PER_FILE' } });
    expect(imports()).toHaveLength(2);

    await user.click(within(rowOf('saying-no.txt')).getByRole('link', { name: 'Review it' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/app/articles/art-7'));
    expect(router.state.location.search).toBe('?review=1');
    expect(await screen.findByText('Imported without frontmatter')).toBeInTheDocument();
  });

  it('imports all the files at once when every one is good', async () => {
    const { user } = renderArticles();
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import articles' });

    await user.upload(within(dialog).getByLabelText('Markdown files'), [new File([workhorse], 'workhorse.md', { type: 'text/markdown' })]);
    await user.click(await within(dialog).findByRole('button', { name: 'Check files' }));
    await within(dialog).findByText(/Checked, nothing written yet/);
    expect(within(dialog).queryByRole('radio')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(await within(dialog).findByRole('link', { name: 'Open' })).toHaveAttribute('href', '/app/articles/art-1');
    expect(imports()[1].variables).toMatchObject({ input: { dryRun: false, mode: 'ALL_OR_NOTHING', files: [{ name: 'workhorse.md' }] } });
  });
});
