import { Jobs } from '@ascend/platform/jobs';
import type { CaughtMail, MailCatcher, TestApp } from '@ascend/platform/testing';
import { waitForJobs } from '@ascend/platform/testing';
import { TenantDatabase } from '@ascend/platform/tenancy';
import { REGISTRANT_MAIL_TAGS } from '../registrant-mail-content';
import type { RegistrationMailKind } from '../../shared/registration-mail-queue';

/** Enqueues a job as the API would, in a transaction of the practice, and waits until every job has run. */
export async function runJob(t: TestApp, task: string, payload: { practiceId: string } & Record<string, unknown>): Promise<void> {
  await t.app.get(TenantDatabase).run({ practiceId: payload.practiceId }, () => t.app.get(Jobs).enqueue(task, payload));
  await waitForJobs(t.db);
}

/** The mail of this kind that reached `email`, waiting for it. */
export function mailOf(mail: MailCatcher, email: string, kind: RegistrationMailKind): Promise<CaughtMail> {
  return mail.waitFor((caught) => caught.to.includes(email) && caught.tag === REGISTRANT_MAIL_TAGS[kind]);
}

/** Every mail that reached `email` so far (jobs waited for first). */
export function mailsTo(mail: MailCatcher, email: string): CaughtMail[] {
  return mail.messages.filter((caught) => caught.to.includes(email));
}

/** The .ics a mail carries, as text. */
export function calendarOf(caught: CaughtMail): { contentType: string; ics: string } {
  const files = (caught.attachments ?? []).filter((file) => file.contentType === 'text/calendar');
  if (files.length !== 1) throw new Error(`expected one .ics on "${caught.subject}", found ${files.length}`);
  return { contentType: files[0].contentType, ics: files[0].content.toString('utf8') };
}
