import { refusedInA } from '@ascend/platform/testing';
import type { IsolationCase } from '@ascend/platform/testing';

export const isolationCases: Record<string, IsolationCase> = {
  'Query.newsletterSettings': refusedInA(`{ newsletterSettings { weeklyEnabled weeklyWeekday } }`),
  'Mutation.updateNewsletterSettings': refusedInA(`mutation { updateNewsletterSettings(input: { weeklyEnabled: false, weeklyWeekday: 2 }) { weeklyWeekday } }`),
};
