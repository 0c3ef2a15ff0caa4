import type { NewsletterIssueKind, NewsletterIssueStatus, SubscriberStatus } from '@ascend/web/data-access';

export const subscriberStatusLabels: Record<SubscriberStatus, string> = {
  PENDING: 'Pending',
  SUBSCRIBED: 'Subscribed',
  UNSUBSCRIBED: 'Unsubscribed',
  BOUNCED: 'Bounced',
  COMPLAINED: 'Complained',
};

export const subscriberStatusColors: Record<SubscriberStatus, string> = {
  PENDING: 'yellow',
  SUBSCRIBED: 'teal',
  UNSUBSCRIBED: 'gray',
  BOUNCED: 'red',
  COMPLAINED: 'red',
};

/** The statuses in the order a coach reads them, with the key of each in the counts. */
export const subscriberStatuses: { status: SubscriberStatus; count: 'pending' | 'subscribed' | 'unsubscribed' | 'bounced' | 'complained' }[] = [
  { status: 'SUBSCRIBED', count: 'subscribed' },
  { status: 'PENDING', count: 'pending' },
  { status: 'UNSUBSCRIBED', count: 'unsubscribed' },
  { status: 'BOUNCED', count: 'bounced' },
  { status: 'COMPLAINED', count: 'complained' },
];

export const subscriberSourceLabels: Record<string, string> = {
  SIGNUP_FORM: 'Signup form',
  IMPORT: 'Import',
  MASTERCLASS: 'Masterclass',
  TEAM: 'Team',
};

export const issueStatusLabels: Record<NewsletterIssueStatus, string> = {
  DRAFT: 'Draft',
  SCHEDULED: 'Scheduled',
  SENDING: 'Sending',
  SENT: 'Sent',
};

export const issueStatusColors: Record<NewsletterIssueStatus, string> = {
  DRAFT: 'gray',
  SCHEDULED: 'blue',
  SENDING: 'orange',
  SENT: 'teal',
};

export const issueKindLabels: Record<NewsletterIssueKind, string> = { MANUAL: 'Manual', WEEKLY: 'Weekly' };

/** ISO weekdays, 1 = Monday. */
export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function people(count: number): string {
  return count === 1 ? '1 subscriber' : `${count.toLocaleString()} subscribers`;
}
