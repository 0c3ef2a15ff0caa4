import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, InvalidInputError } from '@ascend/platform/graphql';
import { Jobs } from '@ascend/platform/jobs';
import { Entitlements, TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { SubscriberImport, SubscriberImportPreview } from './subscriber-import.models';
import { againstExisting, ImportFileError, ImportRow, previewRows, readImport } from './subscriber-import-rules';
import type { SubscriberStatus } from './subscriber-rules';

export const SUBSCRIBER_IMPORT = 'newsletter.subscriber-import';
/** One chunk of an import: `chunk` is its index, done only while the import's processed count is where it starts. */
export type SubscriberImportJob = { practiceId: string; importId: string; chunk: number };

export const IMPORT_COLUMNS = `id, file_name, status, total, processed, created, updated, skipped, failed, errors, created_at, finished_at`;

export interface ImportRecord {
  id: string;
  file_name: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  errors: string[];
  created_at: Date;
  finished_at: Date | null;
}

export function importFromRow(row: ImportRecord): SubscriberImport {
  return {
    id: row.id,
    fileName: row.file_name,
    status: row.status,
    total: row.total,
    processed: row.processed,
    created: row.created,
    updated: row.updated,
    skipped: row.skipped,
    failed: row.failed,
    errors: row.errors,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

/** The statuses of the addresses already on the practice's list, among these. */
export async function existingStatuses(manager: EntityManager, practiceId: string, emails: string[]): Promise<Map<string, SubscriberStatus>> {
  const rows: { email: string; status: SubscriberStatus }[] = await manager.query(`select email, status from subscriber where tenant_id = $1 and email = any($2::text[])`, [
    practiceId,
    emails,
  ]);
  return new Map(rows.map((r) => [r.email, r.status]));
}

/** Importing a Mailchimp or Kajabi export: a preview that writes nothing, then the import as a job with progress. */
@Injectable()
export class SubscriberImportService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
    private readonly jobs: Jobs,
    private readonly entitlements: Entitlements,
  ) {}

  async preview(csv: string, fileName: string): Promise<SubscriberImportPreview> {
    const rows = this.read(csv, fileName);
    const existing = await existingStatuses(this.db.manager, this.context.practiceId, rows.filter((r) => r.email).map((r) => r.email));
    const merged = rows.map((row) => againstExisting(row, existing.get(row.email)));
    const count = (outcome: ImportRow['outcome']) => merged.filter((r) => r.outcome === outcome).length;
    return { total: merged.length, willSubscribe: count('SUBSCRIBE'), willSkip: count('SKIP'), errors: count('ERROR'), rows: previewRows(merged) };
  }

  /** Checks the file as a whole, keeps it on an import row, and leaves the rows to the job, chunk by chunk. */
  async start(csv: string, fileName: string): Promise<SubscriberImport> {
    const rows = this.read(csv, fileName);
    if (fileName.length > 255) throw new InvalidInputError([{ field: 'fileName', message: 'must be at most 255 characters' }]);
    const practiceId = this.context.practiceId;
    // The whole file's new subscribers fit the plan, or the import does not start.
    if (this.entitlements.enforced) {
      const existing = await existingStatuses(this.db.manager, practiceId, rows.filter((r) => r.email).map((r) => r.email));
      await this.entitlements.allow(practiceId, 'subscribers', rows.filter((row) => againstExisting(row, existing.get(row.email)).outcome === 'SUBSCRIBE').length);
    }
    const [row]: ImportRecord[] = await this.db.manager.query(
      `insert into subscriber_import (tenant_id, file_name, csv, total, created_by) values ($1, $2, $3, $4, $5) returning ${IMPORT_COLUMNS}`,
      [practiceId, fileName, csv, rows.length, this.context.userId],
    );
    await this.jobs.enqueue(SUBSCRIBER_IMPORT, { practiceId, importId: row.id, chunk: 0 } satisfies SubscriberImportJob, { jobKey: `${row.id}:0` });
    return importFromRow(row);
  }

  async byId(id: string): Promise<SubscriberImport> {
    const [row]: ImportRecord[] = await this.db.manager.query(`select ${IMPORT_COLUMNS} from subscriber_import where tenant_id = $1 and id = $2`, [this.context.practiceId, id]);
    if (!row) throw new DomainError('NOT_FOUND', 'No such import in this practice', [{ field: 'id', message: 'is not an import of this practice' }]);
    return importFromRow(row);
  }

  private read(csv: string, fileName: string): ImportRow[] {
    try {
      return readImport(csv, fileName, new Date());
    } catch (error) {
      if (error instanceof ImportFileError) throw new InvalidInputError([{ field: 'csv', message: error.message }]);
      throw error;
    }
  }
}
