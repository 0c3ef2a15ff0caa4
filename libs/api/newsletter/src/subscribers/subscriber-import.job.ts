import { Injectable } from '@nestjs/common';
import { JobHandler, JobHandlerOf, Jobs } from '@ascend/platform/jobs';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { consentSource, consentText, errorLine, IMPORT_CHUNK, ImportFileError, ImportRow, MAX_IMPORT_ERRORS, readImport, writes } from './subscriber-import-rules';
import { SUBSCRIBER_IMPORT, SubscriberImportJob } from './subscriber-import.service';

/**
 * Writes one chunk's rows: new addresses with the status the export gave them, and for addresses already on the
 * list only what an import may change (leaving or bouncing ends a pending or subscribed one; an empty name is
 * filled). Answers how many rows it created and how many it changed.
 */
const WRITE_CHUNK = `
  with saved as (
    insert into subscriber as s (tenant_id, email, name, status, source, consent_at, consent_text, consent_source,
                                 confirmed_at, unsubscribed_at, bounced_at, complained_at)
    select $1, i.email, i.name, i.status, 'IMPORT', i.consent_at, i.consent_text, $7,
           case when i.status = 'SUBSCRIBED' then i.consent_at end, case when i.status = 'UNSUBSCRIBED' then now() end,
           case when i.status = 'BOUNCED' then now() end, case when i.status = 'COMPLAINED' then now() end
      from unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[]) as i(email, name, status, consent_at, consent_text)
    on conflict on constraint subscriber_one_per_email do update
       set status = case when excluded.status <> 'SUBSCRIBED' and s.status in ('PENDING', 'SUBSCRIBED') then excluded.status else s.status end,
           unsubscribed_at = case when excluded.status = 'UNSUBSCRIBED' and s.status in ('PENDING', 'SUBSCRIBED') then now() else s.unsubscribed_at end,
           bounced_at = case when excluded.status = 'BOUNCED' and s.status in ('PENDING', 'SUBSCRIBED') then now() else s.bounced_at end,
           complained_at = case when excluded.status = 'COMPLAINED' and s.status in ('PENDING', 'SUBSCRIBED') then now() else s.complained_at end,
           name = case when s.name = '' then excluded.name else s.name end,
           updated_at = now()
     where (excluded.status <> 'SUBSCRIBED' and s.status in ('PENDING', 'SUBSCRIBED')) or (s.name = '' and excluded.name <> '')
    returning (s.xmax = 0) as created
  )
  select count(*) filter (where created)::int as created, count(*) filter (where not created)::int as updated from saved`;

interface ImportState {
  csv: string;
  file_name: string;
  status: string;
  processed: number;
  errors: string[];
  created_at: Date;
}

/**
 * One chunk of an import per run, in the run's own transaction: the rows, the import's counts and the next chunk's
 * job commit together. A chunk runs only while the import's processed count stands at its start, so a retry after
 * a crash, or the same job twice, never counts a row twice.
 */
@Injectable()
@JobHandler(SUBSCRIBER_IMPORT, { maxAttempts: 5 })
export class SubscriberImportChunk implements JobHandlerOf<SubscriberImportJob> {
  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: Jobs,
  ) {}

  async handle({ practiceId, importId, chunk }: SubscriberImportJob): Promise<void> {
    const [state]: ImportState[] = await this.db.manager.query(
      `select csv, file_name, status, processed, errors, created_at from subscriber_import where tenant_id = $1 and id = $2 for update`,
      [practiceId, importId],
    );
    const start = chunk * IMPORT_CHUNK;
    if (!state || state.status === 'DONE' || state.status === 'FAILED' || state.processed !== start) return;
    let rows: ImportRow[];
    try {
      // The file was checked when it was taken; its time stands in for now, so every chunk reads it the same way.
      rows = readImport(state.csv, state.file_name, state.created_at);
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      await this.finish(practiceId, importId, `update subscriber_import set status = 'FAILED', errors = $3::jsonb, finished_at = now()`, [JSON.stringify([error.message])]);
      return;
    }
    const part = rows.slice(start, start + IMPORT_CHUNK);
    const written = part.filter(writes);
    const [counts]: { created: number; updated: number }[] = written.length
      ? await this.db.manager.query(WRITE_CHUNK, [
          practiceId,
          written.map((r) => r.email),
          written.map((r) => r.name),
          written.map((r) => r.status),
          written.map((r) => r.consentAt),
          written.map((r) => (r.consentAt ? consentText(state.file_name, r.consentAt) : null)),
          consentSource(state.file_name),
        ])
      : [{ created: 0, updated: 0 }];
    const failed = part.filter((r) => r.outcome === 'ERROR');
    const errors = [...state.errors, ...failed.map(errorLine)].slice(0, MAX_IMPORT_ERRORS);
    const done = start + part.length >= rows.length;
    await this.finish(
      practiceId,
      importId,
      `update subscriber_import set status = $3, processed = processed + $4, created = created + $5, updated = updated + $6, skipped = skipped + $7,
              failed = failed + $8, errors = $9::jsonb, total = $10, finished_at = case when $3 = 'DONE' then now() end`,
      [done ? 'DONE' : 'RUNNING', part.length, counts.created, counts.updated, part.length - failed.length - counts.created - counts.updated, failed.length, JSON.stringify(errors), rows.length],
    );
    if (!done) await this.jobs.enqueue(SUBSCRIBER_IMPORT, { practiceId, importId, chunk: chunk + 1 } satisfies SubscriberImportJob, { jobKey: `${importId}:${chunk + 1}` });
  }

  private async finish(practiceId: string, importId: string, update: string, parameters: unknown[]) {
    await this.db.manager.query(`${update} where tenant_id = $1 and id = $2`, [practiceId, importId, ...parameters]);
  }
}
