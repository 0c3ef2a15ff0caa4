import type { Provider } from '@nestjs/common';
import { IssueLaunch } from './issue-launch';
import { IssueSender } from './issue-sender';
import { ResumeSendsJob } from './resume-sends.job';
import { SendIssueJob } from './send-issue.job';
import { StartIssueJob } from './start-issue.job';

/** Sending an issue exactly once to every subscriber, in batches, resumed after a crash. */
export const sendingProviders: Provider[] = [IssueLaunch, IssueSender, SendIssueJob, StartIssueJob, ResumeSendsJob];
