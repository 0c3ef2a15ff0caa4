import { EventsModule } from '@ascend/events';
import { IdentityModule } from '@ascend/identity';
import { buildPractice, startTestApp, TestApp } from '@ascend/platform/testing';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentModule } from '../content.module';
import { ImportCommandError, parseImportArguments, runImportCommand } from './import-command';

describe('npm run content:import', () => {
  let t: TestApp;
  let folder: string;

  beforeAll(async () => {
    t = await startTestApp({ imports: [IdentityModule, EventsModule, ContentModule] });
  });
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ascend-import-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));
  afterAll(() => t.close());

  it('reads its arguments, and says how to call it when they are wrong', () => {
    expect(parseImportArguments(['posts', '--practice', 'ridgeline', '--per-file', '--dry-run'])).toEqual({ folder: 'posts', practiceSlug: 'ridgeline', mode: 'PER_FILE', dryRun: true });
    expect(parseImportArguments(['--practice=ridgeline', 'posts'])).toMatchObject({ folder: 'posts', mode: 'ALL_OR_NOTHING', dryRun: false });
    expect(() => parseImportArguments(['posts'])).toThrow(ImportCommandError);
    expect(() => parseImportArguments(['posts', '--practice', 'x', '--force'])).toThrow(/unknown option --force/);
  });

  it('imports a folder into the practice as its owner, a line per file, and again finds everything unchanged', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0, ownerName: 'Rowan Ridge' });
    await writeFile(join(folder, 'bottleneck.md'), '---\ntitle: Stop being the bottleneck\ntags: [Delegation]\n---\nHand it back.');
    await writeFile(join(folder, 'notes.txt'), 'Saying no kindly\n\nStart with what you are saying yes to.');
    await writeFile(join(folder, 'photo.jpg'), 'not an article');
    const lines: string[] = [];
    const result = await runImportCommand(t.app, { folder, practiceSlug: practice.slug, mode: 'ALL_OR_NOTHING', dryRun: false }, (line) => lines.push(line));
    expect(result.failed).toBe(0);
    expect(lines).toEqual([
      'created  bottleneck.md -> stop-being-the-bottleneck',
      'created  notes.txt -> saying-no-kindly (no frontmatter: imported as a draft to review)',
      '2 created, 0 updated, 0 unchanged, 0 failed; imported',
    ]);
    const authors = await t.db.query<{ name: string }>('select u.name from article a join app_user u on u.id = a.author_user_id where a.tenant_id = $1', [practice.practiceId]);
    expect(authors.map((a) => a.name)).toEqual(['Rowan Ridge', 'Rowan Ridge']);

    const again: string[] = [];
    await runImportCommand(t.app, { folder, practiceSlug: practice.slug, mode: 'ALL_OR_NOTHING', dryRun: false }, (line) => again.push(line));
    expect(again.at(-1)).toBe('0 created, 0 updated, 2 unchanged, 0 failed; imported');
  });

  it('reports a bad file and a 20 MB one without reading it, and imports nothing when all or nothing', async () => {
    const practice = await buildPractice(t, { coaches: 0, clients: 0 });
    await writeFile(join(folder, 'bad.md'), '---\ntitle: Bad\ntags: 5\n---\nx');
    await writeFile(join(folder, 'good.md'), '---\ntitle: Good\n---\nx');
    await writeFile(join(folder, 'huge.md'), '');
    await truncate(join(folder, 'huge.md'), 20 * 1024 * 1024);
    const lines: string[] = [];
    const result = await runImportCommand(t.app, { folder, practiceSlug: practice.slug, mode: 'ALL_OR_NOTHING', dryRun: false }, (line) => lines.push(line));
    expect(result.failed).toBe(2);
    expect(lines).toEqual([
      'failed   bad.md: tags: must be a list of words',
      'created  good.md -> good',
      'failed   huge.md: file: is larger than 1 MB',
      '1 created, 0 updated, 0 unchanged, 2 failed; nothing was imported (all or nothing: fix the failed files, or use --per-file)',
    ]);
    expect(await t.db.query('select id from article where tenant_id = $1', [practice.practiceId])).toEqual([]);
  });

  it('names an unknown practice and an empty folder', async () => {
    await writeFile(join(folder, 'a.md'), '# A');
    await expect(runImportCommand(t.app, { folder, practiceSlug: 'no-such-practice', mode: 'PER_FILE', dryRun: false }, () => undefined)).rejects.toThrow(
      'no practice has the address no-such-practice',
    );
    const empty = await mkdtemp(join(tmpdir(), 'ascend-empty-'));
    await expect(runImportCommand(t.app, { folder: empty, practiceSlug: 'x', mode: 'PER_FILE', dryRun: false }, () => undefined)).rejects.toThrow(/no \.md, \.markdown or \.txt files/);
    await rm(empty, { recursive: true });
  });
});
