import { registerEnumType } from '@nestjs/graphql';

export const CLIENT_STATUSES = ['LEAD', 'ACTIVE', 'PAUSED', 'ALUMNI'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const ClientStatusEnum = Object.fromEntries(CLIENT_STATUSES.map((s) => [s, s])) as Record<ClientStatus, ClientStatus>;
registerEnumType(ClientStatusEnum, {
  name: 'ClientStatus',
  description: 'LEAD: applied or imported, not yet coached; ACTIVE: being coached; PAUSED: on a break; ALUMNI: finished.',
});

export const METHOD_STEPS = ['AWARENESS', 'DECISION', 'GOAL', 'FUTURE_SELF', 'ACCOUNTABILITY'] as const;
export type MethodStep = (typeof METHOD_STEPS)[number];
export const MethodStepEnum = Object.fromEntries(METHOD_STEPS.map((s) => [s, s])) as Record<MethodStep, MethodStep>;
registerEnumType(MethodStepEnum, {
  name: 'MethodStep',
  description:
    'The five steps: AWARENESS of patterns, a real DECISION, ONE bold 12-month GOAL, the FUTURE_SELF statement, weekly ACCOUNTABILITY.',
});
