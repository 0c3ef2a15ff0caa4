import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { Jobs } from '@ascend/platform/jobs';
import { Mailer } from '@ascend/platform/mail';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { SubscriberLinks } from '../shared/subscriber-links';
import { IssueToSend, personalMail, rawMessage, readIssueToSend, Recipient, senderAddress } from './issue-messages';
import { SEND_ISSUE } from './sending-jobs';
import { HeldMessage, SmtpLane, smtpServer } from './smtp-lane';

/** A job sends for this long, then hands over to a fresh job of its own: none runs for hours. */
const JOB_BUDGET_MS = 20_000;
/** A recipient whose server keeps answering "try later" is given up after this many tries in one job. */
const TRANSIENT_TRIES = 3;

// A suspended practice claims nothing: its send pauses (rows stay pending), and the minute's check of issues mid-send
// (ResumeSendsJob) carries it on once an operator reactivates the practice.
const CLAIM = `
  select d.subscriber_id as "subscriberId", s.email, s.name, s.status, s.consent_at as "consentAt"
    from delivery d join subscriber s on s.tenant_id = d.tenant_id and s.id = d.subscriber_id
   where d.tenant_id = $1 and d.issue_id = $2 and d.status = 'PENDING' and not app_practice_is_suspended($1)
   order by d.subscriber_id
     for update of d skip locked
   limit $3`;

// One statement: the round's outcome in the ledger and the issue's figures.
const RECORD = `
  with sent as (
    update delivery set status = 'SENT', sent_at = now()
     where tenant_id = $1 and issue_id = $2 and subscriber_id = any($3::uuid[]) and status = 'PENDING' returning 1
  ), failed as (
    update delivery d set status = 'FAILED', error = f.error
      from unnest($4::uuid[], $5::text[]) as f(id, error)
     where d.tenant_id = $1 and d.issue_id = $2 and d.subscriber_id = f.id and d.status = 'PENDING' returning 1
  )
  update newsletter_issue
     set sent_count = sent_count + (select count(*) from sent), failed_count = failed_count + (select count(*) from failed), updated_at = now()
   where tenant_id = $1 and id = $2`;

const FINISH = `
  update newsletter_issue set status = 'SENT', finished_at = now(), updated_at = now()
   where tenant_id = $1 and id = $2 and status = 'SENDING'
     and not exists (select 1 from delivery where tenant_id = $1 and issue_id = $2 and status = 'PENDING')`;

interface Round {
  claimed: number;
  sent: number;
}

interface Failure {
  subscriberId: string;
  error: string;
}

/**
 * Sends an issue to its ledger, exactly once per subscriber. Over SMTP each round claims one pending row per
 * connection (skip locked, so two senders never share one), sends each message up to its last byte but holds back
 * the final dot, marks the rows SENT, and writes the dots only once that commit returned. A crash before the commit
 * rolls the rows back to PENDING while no message was completed (the server discards a message without its dot);
 * a crash after it finds the rows SENT and the dots written in the same tick. Without SMTP (development), each
 * message is kept for /dev/mail after its row is marked: at most once, which is all a dev outbox needs.
 */
@Injectable()
export class IssueSender {
  private readonly logger = new Logger('Newsletter');

  constructor(
    private readonly db: TenantDatabase,
    private readonly jobs: Jobs,
    private readonly mailer: Mailer,
    private readonly links: SubscriberLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends until nothing is pending (the issue is then SENT) or the job's time is up (a fresh job carries on). */
  async send(practiceId: string, issueId: string): Promise<void> {
    const issue = await this.db.run({ practiceId }, (manager) => readIssueToSend(manager, this.config, practiceId, issueId));
    if (!issue) return;
    const deadline = Date.now() + JOB_BUDGET_MS;
    const { smtpUrl } = this.config.mail;
    const lanes = smtpUrl ? Array.from({ length: this.config.newsletter.smtpConnections }, () => new SmtpLane(smtpServer(smtpUrl))) : [];
    const pace = new Pace(this.config.newsletter.sendRatePerSecond);
    const tries = new Map<string, number>();
    try {
      for (;;) {
        if (Date.now() > deadline) {
          await this.db.run({ practiceId }, () => this.jobs.enqueue(SEND_ISSUE, { practiceId, issueId }, { jobKey: issueId }));
          return;
        }
        await pace.wait();
        const round = lanes.length ? await this.smtpRound(issue, lanes, tries) : await this.outboxRound(issue);
        if (round.claimed === 0) {
          await this.db.run({ practiceId }, (manager) => manager.query(FINISH, [practiceId, issueId]));
          return;
        }
        pace.count(round.sent);
      }
    } finally {
      for (const lane of lanes) lane.close();
    }
  }

  private async smtpRound(issue: IssueToSend, lanes: SmtpLane[], tries: Map<string, number>): Promise<Round> {
    // Connect before the transaction: no connection is held while waiting for a mail server.
    await Promise.all(lanes.map((lane) => lane.open().catch((error: Error) => this.logger.warn(`SMTP connection failed: ${error.message}`))));
    const open = lanes.filter((lane) => lane.usable);
    if (!open.length) throw new Error('No SMTP connection could be opened');
    const from = senderAddress(this.config.mail.from);
    const { practiceId, issueId } = issue;
    let messages: { recipient: Recipient; message: HeldMessage }[] = [];
    try {
      const recorded = await this.db.run({ practiceId }, async (manager) => {
        const claimed: Recipient[] = await manager.query(CLAIM, [practiceId, issueId, open.length]);
        const failures: Failure[] = claimed.filter((r) => r.status !== 'SUBSCRIBED').map((r) => ({ subscriberId: r.subscriberId, error: `${r.status.toLowerCase()} before sending` }));
        const live = claimed.filter((r) => r.status === 'SUBSCRIBED');
        const raws = await Promise.all(live.map((recipient) => rawMessage(issue, from, recipient, personalMail(issue, this.links, recipient))));
        messages = live.map((recipient, i) => ({ recipient, message: open[i].hold({ from, to: [recipient.email] }, raws[i]) }));
        const held = await Promise.all(messages.map(({ message }) => message.held));
        const sent: string[] = [];
        for (const [i, { recipient, message }] of messages.entries()) {
          if (held[i] && !message.finished) {
            sent.push(recipient.subscriberId);
            continue;
          }
          const outcome = await message.done;
          const attempts = (tries.get(recipient.subscriberId) ?? 0) + 1;
          tries.set(recipient.subscriberId, attempts);
          // A refusal for good is recorded; "try later" leaves the row pending for a later round.
          if (outcome.permanent || attempts >= TRANSIENT_TRIES) failures.push({ subscriberId: recipient.subscriberId, error: outcome.reply });
        }
        await this.record(manager, issue, sent, failures);
        return { claimed: claimed.length, sent };
      });
      // Committed: the dots go out now, all in this tick.
      const released = messages.filter(({ recipient }) => recorded.sent.includes(recipient.subscriberId));
      for (const { message } of released) message.release();
      messages = [];
      await this.failAfterDot(issue, released);
      return { claimed: recorded.claimed, sent: recorded.sent.length };
    } catch (error) {
      // Not committed: drop the connections of held messages, so no server completes one.
      for (const { message } of messages) message.abort();
      throw error;
    }
  }

  /** Rows marked SENT whose server refused the finished message: FAILED after all, with the reply. */
  private async failAfterDot(issue: IssueToSend, messages: { recipient: Recipient; message: HeldMessage }[]) {
    const outcomes = await Promise.all(messages.map(({ message }) => message.done));
    const refused = messages.flatMap(({ recipient }, i) => (outcomes[i].ok ? [] : [{ subscriberId: recipient.subscriberId, error: outcomes[i].reply }]));
    if (!refused.length) return;
    await this.db.run({ practiceId: issue.practiceId }, (manager) =>
      manager.query(
        `with failed as (
           update delivery d set status = 'FAILED', error = f.error
             from unnest($3::uuid[], $4::text[]) as f(id, error)
            where d.tenant_id = $1 and d.issue_id = $2 and d.subscriber_id = f.id and d.status = 'SENT' returning 1
         )
         update newsletter_issue set sent_count = sent_count - (select count(*) from failed), failed_count = failed_count + (select count(*) from failed)
          where tenant_id = $1 and id = $2`,
        [issue.practiceId, issue.issueId, refused.map((r) => r.subscriberId), refused.map((r) => r.error)],
      ),
    );
  }

  /** Development without SMTP: rows are marked first, then each mail is kept for /dev/mail. */
  private async outboxRound(issue: IssueToSend): Promise<Round> {
    const { practiceId, issueId } = issue;
    const batch = Math.max(1, this.config.newsletter.smtpConnections);
    const { claimed, live } = await this.db.run({ practiceId }, async (manager) => {
      const rows: Recipient[] = await manager.query(CLAIM, [practiceId, issueId, batch]);
      const gone = rows.filter((r) => r.status !== 'SUBSCRIBED');
      const subscribed = rows.filter((r) => r.status === 'SUBSCRIBED');
      await this.record(
        manager,
        issue,
        subscribed.map((r) => r.subscriberId),
        gone.map((r) => ({ subscriberId: r.subscriberId, error: `${r.status.toLowerCase()} before sending` })),
      );
      return { claimed: rows.length, live: subscribed };
    });
    for (const recipient of live) {
      const { subject, html, text, headers, messageId } = personalMail(issue, this.links, recipient);
      const { 'X-Ascend-Tag': tag, ...rest } = headers;
      await this.mailer.send({ to: recipient.email, subject, html, text, tag, headers: { ...rest, 'Message-ID': `<${messageId}>` } });
    }
    return { claimed, sent: live.length };
  }

  private async record(manager: EntityManager, issue: IssueToSend, sent: string[], failures: Failure[]) {
    await manager.query(RECORD, [issue.practiceId, issue.issueId, sent, failures.map((f) => f.subscriberId), failures.map((f) => f.error)]);
  }
}

/** Keeps a send at or under its rate: before each round, waits until the messages so far fit in the time passed. */
class Pace {
  private readonly started = Date.now();
  private messages = 0;

  constructor(private readonly perSecond: number) {}

  count(messages: number) {
    this.messages += messages;
  }

  async wait() {
    const due = this.started + (this.messages / this.perSecond) * 1000;
    const ahead = due - Date.now();
    if (ahead > 0) await new Promise((resolve) => setTimeout(resolve, ahead));
  }
}
