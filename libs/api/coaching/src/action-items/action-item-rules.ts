import type { FieldProblem } from '@ascend/platform/graphql';

export const ACTION_ITEM_OWNERS = ['CLIENT', 'COACH'] as const;
export type ActionItemOwner = (typeof ACTION_ITEM_OWNERS)[number];
export const ACTION_ITEM_STATUSES = ['OPEN', 'DONE', 'DROPPED'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export interface ActionItemChange {
  title?: string;
  dueOn?: string | null;
  status?: ActionItemStatus;
}

/**
 * What a CLIENT may not do with an action item: they add only items they own themselves, and on their own items
 * change only the status (ticking one done, dropping it); the coach's items and the wording are the coach's.
 */
export function clientAddProblem(owner: ActionItemOwner): FieldProblem | null {
  return owner === 'CLIENT' ? null : { field: 'input.owner', message: "must be CLIENT: your coach adds the coach's own items" };
}

export function clientChangeProblem(owner: ActionItemOwner, change: ActionItemChange): FieldProblem | null {
  if (owner !== 'CLIENT') return { field: 'input.id', message: "is your coach's item: only your coach changes it" };
  if (change.title !== undefined) return { field: 'input.title', message: 'is set by your coach: you can change the status' };
  if (change.dueOn !== undefined) return { field: 'input.dueOn', message: 'is set by your coach: you can change the status' };
  return null;
}
