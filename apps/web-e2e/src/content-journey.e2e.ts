import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import Parser from 'rss-parser';
import { describeInBrowser, JourneyBrowser, launchBrowser, screenshotPath } from './support/browser';
import { DEMO_PRACTICE, signInAsDemoOwner, workspaceMenu } from './support/practice-owner';
import { RunningApi, startBuiltApi } from './support/server';

const run = Date.now().toString(36);
const day = 86_400_000;

/** The folder of posts a coach keeps: one finished, one planned for later, one jotted without frontmatter. */
const posts = {
  published: {
    file: 'quiet-meetings.md',
    title: `Meetings where the leader speaks last ${run}`,
    description: 'Why holding your view until the end lets your team think for themselves.',
    category: `Quiet leadership ${run}`,
    tags: ['meetings', 'listening'],
  },
  scheduled: { file: 'next-quarter.md', title: `Planning the quarter you will not control ${run}` },
  unstructured: { file: 'offsite-notes.md', title: `Notes from the leadership offsite ${run}` },
};

function writePosts(folder: string): string[] {
  const { published, scheduled, unstructured } = posts;
  const files: Record<string, string> = {
    [published.file]: [
      '---',
      `title: "${published.title}"`,
      `description: "${published.description}"`,
      `pubDate: ${new Date(Date.now() - 2 * day).toISOString().slice(0, 10)}`,
      `category: "${published.category}"`,
      `tags: [${published.tags.join(', ')}]`,
      'draft: false',
      'promo: true',
      '---',
      '',
      'When you open with your own view, the room rearranges itself around it.',
      '',
      '## Try it this week',
      '',
      '- Ask the **most junior person** to speak first.',
      '- Say what you think only after everyone else has.',
      '',
    ].join('\n'),
    [scheduled.file]: [
      '---',
      `title: "${scheduled.title}"`,
      'description: "A planning method for leaders whose plans keep breaking."',
      `pubDate: ${new Date(Date.now() + 14 * day).toISOString().slice(0, 10)}`,
      `category: "${published.category}"`,
      'tags: [planning]',
      '---',
      '',
      'Plans break; planning is what prepares you for it.',
      '',
    ].join('\n'),
    [unstructured.file]: `# ${unstructured.title}\n\nThree themes came up again and again: trust, time and telling the truth early.\n`,
  };
  return Object.entries(files).map(([name, text]) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  });
}

describeInBrowser('a coach imports a folder of markdown articles and sees them on the public blog', () => {
  let api: RunningApi;
  let browser: JourneyBrowser;
  let page: Page;
  let folder: string;

  beforeAll(async () => {
    api = await startBuiltApi();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    folder = mkdtempSync(join(tmpdir(), 'ascend-posts-'));
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('checks the files, imports them, and only the published one reaches the blog, its category, the feed and the server-sent HTML', async () => {
    const paths = writePosts(folder);
    const { published, scheduled, unstructured } = posts;

    await signInAsDemoOwner(page, api);
    await workspaceMenu(page).getByRole('link', { name: 'Articles' }).click();
    await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import articles' });
    await dialog.getByLabel('Markdown files').setInputFiles(paths);
    await dialog.getByText('3 files picked.').waitFor();
    await dialog.getByRole('button', { name: 'Check files' }).click();
    await dialog.getByText('Checked, nothing written yet: 3 new, 0 updated, 0 unchanged, 0 failed.').waitFor();
    const files = dialog.getByRole('table', { name: 'Files' });
    for (const post of [published, scheduled, unstructured]) {
      const row = files.getByRole('row').filter({ hasText: post.file });
      await row.getByText('New', { exact: true }).waitFor();
      await row.getByText(post.title, { exact: true }).waitFor();
    }
    await files.getByRole('row').filter({ hasText: unstructured.file }).getByText('No frontmatter: imported as a draft that needs review.').waitFor();
    await page.screenshot({ path: screenshotPath('content-import-checked'), fullPage: true });

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText('3 new, 0 updated, 0 unchanged, 0 failed.').waitFor();
    await dialog.getByRole('link', { name: 'Review it' }).waitFor();
    await page.screenshot({ path: screenshotPath('content-import-done'), fullPage: true });
    await dialog.getByRole('button', { name: 'Done' }).click();
    const list = page.getByRole('table', { name: 'Articles' });
    for (const post of [published, scheduled, unstructured]) await list.getByRole('link', { name: post.title }).waitFor();
    // The same folder again changes nothing: articles are matched by their address.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByLabel('Markdown files').setInputFiles(paths);
    await dialog.getByRole('button', { name: 'Check files' }).click();
    await dialog.getByText('Checked, nothing written yet: 0 new, 0 updated, 3 unchanged, 0 failed.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // The public blog, as a reader sees it: the published article only.
    await page.goto(`${api.url}/p/${DEMO_PRACTICE.slug}/articles`);
    await page.getByRole('heading', { level: 1, name: 'Articles' }).waitFor();
    const link = page.getByRole('link', { name: published.title });
    await link.waitFor();
    expect(await page.getByRole('link', { name: scheduled.title }).count()).toBe(0);
    expect(await page.getByRole('link', { name: unstructured.title }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('content-blog'), fullPage: true });

    await link.click();
    await page.getByRole('heading', { level: 1, name: published.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Try it this week' }).waitFor();
    expect(await page.locator('strong', { hasText: 'most junior person' }).count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Tags' }).getByRole('link').allTextContents()).toEqual(published.tags.map((tag) => `#${tag}`));
    // promo: true in the frontmatter brings the practice's coach and call to action under the article.
    await page.getByRole('region', { name: 'About the coach' }).waitFor();
    const articleUrl = page.url();
    await page.screenshot({ path: screenshotPath('content-article'), fullPage: true });

    await page.getByRole('link', { name: published.category }).click();
    await page.getByRole('heading', { level: 1, name: published.category }).waitFor();
    await page.getByRole('link', { name: published.title }).waitFor();
    expect(await page.getByRole('link', { name: scheduled.title }).count()).toBe(0);

    const feed = await new Parser().parseString(await (await fetch(`${api.url}/p/${DEMO_PRACTICE.slug}/feed.xml`)).text());
    const item = feed.items.find((entry) => entry.title === published.title);
    expect(item?.link).toBe(articleUrl);
    expect(feed.items.map((entry) => entry.title)).not.toEqual(expect.arrayContaining([scheduled.title]));
    expect(feed.items.map((entry) => entry.title)).not.toEqual(expect.arrayContaining([unstructured.title]));

    // What crawlers and link previews read: the server's HTML, before any JavaScript.
    const html = await (await fetch(articleUrl, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain(`<title>${published.title} · ${DEMO_PRACTICE.name}</title>`);
    expect(html).toContain(`<meta property="og:title" content="${published.title}" />`);
    expect(html).toContain(`<link rel="canonical" href="${articleUrl}" />`);
    expect(html).toContain(`<meta name="description" content="${published.description}" />`);
  });
});
