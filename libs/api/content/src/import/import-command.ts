import type { INestApplicationContext } from '@nestjs/common';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { ArticleImportService } from './article-import.service';
import { FILE_MAX_BYTES, ImportFile } from './import-rules';
import type { ArticleImport } from './import.models';

export interface ImportCommandOptions {
  folder: string;
  practiceSlug: string;
  mode: 'ALL_OR_NOTHING' | 'PER_FILE';
  dryRun: boolean;
}

/** A mistake in how the command was called: its message is the whole answer. */
export class ImportCommandError extends Error {}

export const IMPORT_USAGE = 'usage: npm run content:import -- <folder> --practice <slug> [--per-file] [--dry-run]';

// A folder is imported in one transaction, whatever its size; only a GraphQL request is held to 200 files.
const FOLDER_MAX_FILES = 5000;

export function parseImportArguments(argv: string[]): ImportCommandOptions {
  let folder: string | undefined;
  let practiceSlug: string | undefined;
  let mode: ImportCommandOptions['mode'] = 'ALL_OR_NOTHING';
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--practice') practiceSlug = argv[++i];
    else if (arg.startsWith('--practice=')) practiceSlug = arg.slice('--practice='.length);
    else if (arg === '--per-file') mode = 'PER_FILE';
    else if (arg === '--dry-run') dryRun = true;
    else if (arg.startsWith('-')) throw new ImportCommandError(`unknown option ${arg}\n${IMPORT_USAGE}`);
    else if (folder === undefined) folder = arg;
    else throw new ImportCommandError(`one folder at a time (got ${folder} and ${arg})\n${IMPORT_USAGE}`);
  }
  if (!folder || !practiceSlug) throw new ImportCommandError(IMPORT_USAGE);
  return { folder, practiceSlug, mode, dryRun };
}

/** Every .md, .markdown and .txt file directly in the folder, by name; one too large is not read, only measured. */
export async function readImportFolder(folder: string): Promise<ImportFile[]> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile() && /\.(md|markdown|txt)$/i.test(entry.name)).map((entry) => entry.name);
  } catch {
    throw new ImportCommandError(`cannot read the folder ${folder}`);
  }
  if (!names.length) throw new ImportCommandError(`no .md, .markdown or .txt files in ${folder}`);
  if (names.length > FOLDER_MAX_FILES) throw new ImportCommandError(`at most ${FOLDER_MAX_FILES} files at once (${folder} has ${names.length})`);
  names.sort();
  const files: ImportFile[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const { size } = await stat(path);
    files.push(size > FILE_MAX_BYTES ? { name, content: '', bytes: size } : { name, content: await readFile(path, 'utf8') });
  }
  return files;
}

/**
 * Imports a folder into the practice named by its public address, as its owner (the articles' author), in one
 * transaction with the same service and rules as the app's import; prints a line per file and a summary.
 */
export async function runImportCommand(app: INestApplicationContext, options: ImportCommandOptions, print: (line: string) => void): Promise<ArticleImport> {
  const files = await readImportFolder(options.folder);
  const db = app.get(TenantDatabase, { strict: false });
  const [practice]: { id: string }[] = await db.run({}, (manager) => manager.query('select id from practice_profile where slug = $1', [options.practiceSlug]));
  if (!practice) throw new ImportCommandError(`no practice has the address ${options.practiceSlug}`);
  const [owner]: { user_id: string }[] = await db.run({ practiceId: practice.id }, (manager) =>
    manager.query(`select user_id from membership where tenant_id = $1 and role = 'OWNER' order by created_at limit 1`, [practice.id]),
  );
  const service = app.get(ArticleImportService, { strict: false });
  const result = await db.run({ practiceId: practice.id, userId: owner?.user_id }, () =>
    service.import({ files, mode: options.mode, dryRun: options.dryRun }, { maxFiles: FOLDER_MAX_FILES }),
  );
  for (const line of importReportLines(result, options.dryRun)) print(line);
  return result;
}

/** `created  my-file.md -> my-slug`, `failed   bad.md: tags: must be a list of words`, then a summary. */
export function importReportLines(result: ArticleImport, dryRun: boolean): string[] {
  const lines = result.files.map((file) => {
    const outcome = `${file.outcome.toLowerCase().padEnd(8)} `;
    if (file.outcome === 'FAILED') return `${outcome}${file.name}: ${file.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`;
    return `${outcome}${file.name} -> ${file.slug}${file.needsReview ? ' (no frontmatter: imported as a draft to review)' : ''}`;
  });
  const counts = `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.failed} failed`;
  const verdict = dryRun
    ? 'dry run: nothing was written'
    : !result.committed
      ? 'nothing was imported (all or nothing: fix the failed files, or use --per-file)'
      : result.failed
        ? 'the other files were imported'
        : 'imported';
  return [...lines, `${counts}; ${verdict}`];
}
