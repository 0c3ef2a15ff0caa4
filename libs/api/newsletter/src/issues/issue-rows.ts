import { NewsletterIssue, NewsletterIssueKind, NewsletterIssueStatus } from './issue.models';

/** The issue with its figures: sent and failed kept on the row by the sender, the rest counted from the ledger. */
export const ISSUE_COLUMNS = `
  i.id, i.subject, i.preheader, i.body, i.kind, to_char(i.week_of, 'YYYY-MM-DD') as week_of, i.status, i.scheduled_at, i.started_at,
  i.finished_at, i.recipients, i.sent_count, i.failed_count, i.created_at, i.updated_at,
  coalesce(f.bounced, 0) as bounced, coalesce(f.complained, 0) as complained, coalesce(f.unsubscribed, 0) as unsubscribed`;

// Only sent issues have reactions to count; a draft costs no look at the ledger.
export const ISSUE_FROM = `
  newsletter_issue i
  left join lateral (
    select count(*) filter (where d.bounced_at is not null)::int as bounced,
           count(*) filter (where d.complained_at is not null)::int as complained,
           count(*) filter (where d.unsubscribed_at is not null)::int as unsubscribed
      from delivery d
     where d.tenant_id = i.tenant_id and d.issue_id = i.id and i.status in ('SENDING', 'SENT')
       and (d.bounced_at is not null or d.complained_at is not null or d.unsubscribed_at is not null)
  ) f on true`;

export interface IssueRow {
  id: string;
  subject: string;
  preheader: string;
  body: string;
  kind: NewsletterIssueKind;
  week_of: string | null;
  status: NewsletterIssueStatus;
  scheduled_at: Date | null;
  started_at: Date | null;
  finished_at: Date | null;
  recipients: number;
  sent_count: number;
  failed_count: number;
  created_at: Date;
  updated_at: Date;
  bounced: number;
  complained: number;
  unsubscribed: number;
}

export function issueFromRow(row: IssueRow): NewsletterIssue {
  return {
    id: row.id,
    subject: row.subject,
    preheader: row.preheader,
    body: row.body,
    kind: row.kind,
    weekOf: row.week_of,
    status: row.status,
    scheduledAt: row.scheduled_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    recipients: row.recipients,
    sent: row.sent_count,
    failed: row.failed_count,
    pending: Math.max(0, row.recipients - row.sent_count - row.failed_count),
    bounced: row.bounced,
    complained: row.complained,
    unsubscribed: row.unsubscribed,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
