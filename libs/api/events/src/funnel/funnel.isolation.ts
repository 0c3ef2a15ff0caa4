import { refusedInA } from '@ascend/platform/testing';
import type { IsolationCase } from '@ascend/platform/testing';

export const isolationCases: Record<string, IsolationCase> = {
  'Query.masterclassFunnel': refusedInA(`{ masterclassFunnel(from: "2026-01-01T00:00:00Z", to: "2026-12-31T00:00:00Z") { totals { registered } } }`),
};
