import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import type { ArticleRow } from '../shared/article-rows';
import { ArticleFields, ArticleStore } from '../shared/article-store';
import { FILES_MAX, ImportFile, planFile, PlannedFile, prepareFile, PreparedFile, refuseDuplicateSlugs } from './import-rules';
import type { ArticleImport } from './import.models';

export interface ImportRequest {
  files: ImportFile[];
  mode: 'ALL_OR_NOTHING' | 'PER_FILE';
  dryRun: boolean;
}

/** What an import compares a file with: the stored fields of the article its slug names. */
type ExistingRow = Pick<ArticleRow, 'id' | 'slug' | 'title' | 'description' | 'body' | 'pub_date' | 'category' | 'tags' | 'draft' | 'promo'>;

type Existing = { id: string; article: ArticleFields };

/**
 * Imports markdown files into the practice's articles, idempotent by slug, in the caller's transaction (the GraphQL
 * operation's, or the command's `TenantDatabase.run`). Every file is read and checked before anything is written,
 * so all-or-nothing writes either every file or none.
 */
@Injectable()
export class ArticleImportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly store: ArticleStore,
  ) {}

  /** `maxFiles`: a request is held to 200 files; the command, reading a local folder, imports more in one go. */
  async import({ files, mode, dryRun }: ImportRequest, { maxFiles = FILES_MAX } = {}): Promise<ArticleImport> {
    if (!files.length) throw new InvalidInputError([{ field: 'input.files', message: 'must hold at least one file' }]);
    if (files.length > maxFiles) throw new InvalidInputError([{ field: 'input.files', message: `must be at most ${maxFiles} files per import` }]);
    const prepared = refuseDuplicateSlugs(files.map(prepareFile));
    const existing = await this.existing(prepared, !dryRun);
    const now = new Date();
    let planned = prepared.map((file) => planFile(file, file.slug ? existing.get(file.slug) : undefined, now));
    const anyFailed = planned.some((file) => file.outcome === 'FAILED');
    const committed = !dryRun && !(mode === 'ALL_OR_NOTHING' && anyFailed);
    if (committed) {
      planned = [];
      for (const file of prepared) planned.push(await this.write(file, existing, now));
    }
    return report(planned, committed);
  }

  /** Writes one checked file; a slug that another import created meanwhile is read again and updated instead. */
  private async write(file: PreparedFile, existing: Map<string, Existing>, now: Date): Promise<PlannedFile> {
    const planned = planFile(file, file.slug ? existing.get(file.slug) : undefined, now);
    if (planned.outcome === 'UPDATED') await this.store.update(planned.articleId!, planned.article!);
    if (planned.outcome !== 'CREATED') return planned;
    const id = await this.store.insert(planned.article!);
    if (id) return { ...planned, articleId: id };
    const [found] = (await this.existing([file], true)).values();
    const replanned = planFile(file, found, now);
    if (replanned.outcome === 'UPDATED') await this.store.update(replanned.articleId!, replanned.article!);
    return replanned;
  }

  /** The practice's articles with the files' slugs, locked when they are about to be written. */
  private async existing(files: PreparedFile[], lock: boolean): Promise<Map<string, Existing>> {
    const slugs = files.flatMap((file) => (file.slug ? [file.slug] : []));
    if (!slugs.length) return new Map();
    const rows: ExistingRow[] = await this.db.manager.query(
      `select id, slug, title, description, body, pub_date, category, tags, draft, promo
         from article where tenant_id = $1 and slug = any($2::text[]) order by slug ${lock ? 'for update' : ''}`,
      [this.context.practiceId, slugs],
    );
    return new Map(
      rows.map((row) => [
        row.slug,
        {
          id: row.id,
          article: {
            slug: row.slug,
            title: row.title,
            description: row.description,
            body: row.body,
            pubDate: row.pub_date,
            category: row.category,
            tags: row.tags,
            draft: row.draft,
            promo: row.promo,
          },
        },
      ]),
    );
  }
}

function report(files: PlannedFile[], committed: boolean): ArticleImport {
  const count = (outcome: PlannedFile['outcome']) => files.filter((file) => file.outcome === outcome).length;
  return {
    committed,
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    failed: count('FAILED'),
    files: files.map((file) => ({
      name: file.name,
      outcome: file.outcome,
      slug: file.slug ?? null,
      title: file.fields?.title ?? null,
      // An article written, or one already there; a file that would create one but was not written has none.
      articleId: file.articleId ?? null,
      needsReview: file.needsReview,
      problems: file.problems,
    })),
  };
}
