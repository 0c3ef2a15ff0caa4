import type { Provider } from '@nestjs/common';
import { IssueFieldsResolver, IssueResolver } from './issue.resolver';
import { IssueService } from './issue.service';
import { TestSendJobHandler } from './test-send.job';

/** Composing issues: markdown, preview, test sends, scheduling. */
export const issueProviders: Provider[] = [IssueService, IssueResolver, IssueFieldsResolver, TestSendJobHandler];
