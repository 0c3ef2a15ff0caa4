/** Sends an issue's pending ledger rows; keyed by issue, so one waits at a time. */
export const SEND_ISSUE = 'newsletter.send-issue';
/** Starts a scheduled issue at its time; keyed by issue, so rescheduling moves it. */
export const START_ISSUE = 'newsletter.start-issue';
/** Every minute: a send job for every issue mid-send, in case its worker died. */
export const RESUME_SENDS = 'newsletter.resume-sends';

export interface IssueJob {
  practiceId: string;
  issueId: string;
  [key: string]: unknown;
}
