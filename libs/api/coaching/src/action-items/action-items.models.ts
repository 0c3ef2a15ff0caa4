import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { IsIsoDate } from '../method/iso-date';
import { ACTION_ITEM_OWNERS, ACTION_ITEM_STATUSES, ActionItemOwner, ActionItemStatus } from './action-item-rules';

const ActionItemOwnerEnum = Object.fromEntries(ACTION_ITEM_OWNERS.map((o) => [o, o])) as Record<ActionItemOwner, ActionItemOwner>;
registerEnumType(ActionItemOwnerEnum, { name: 'ActionItemOwner', description: 'Whose to do it is: the client or the coach.' });
const ActionItemStatusEnum = Object.fromEntries(ACTION_ITEM_STATUSES.map((s) => [s, s])) as Record<ActionItemStatus, ActionItemStatus>;
registerEnumType(ActionItemStatusEnum, { name: 'ActionItemStatus' });

export const MAX_TITLE_LENGTH = 300;

@ObjectType({ description: 'Something to do between sessions, shown in both portals.' })
export class ActionItem {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => String)
  title: string;

  @Field(() => ActionItemOwnerEnum)
  owner: ActionItemOwner;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn: string | null;

  @Field(() => ActionItemStatusEnum)
  status: ActionItemStatus;

  @Field(() => String, { nullable: true, description: 'Who added it; null once their account is gone.' })
  createdByName: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

@InputType({ description: 'A client adds only items they own themselves (owner CLIENT), on their own record.' })
export class AddActionItemInput {
  @Field(() => ID, { nullable: true, description: 'Required for coaches; a client leaves it out (or gives their own).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a client id' })
  clientId?: string | null;

  @Field(() => String)
  @VisibleText(MAX_TITLE_LENGTH)
  title: string;

  @Field(() => ActionItemOwnerEnum)
  @IsIn(ACTION_ITEM_OWNERS)
  owner: ActionItemOwner;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  dueOn?: string | null;
}

@InputType({ description: 'Only the fields given change; a client may change only the status of their own items. dueOn: null clears it.' })
export class UpdateActionItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an action item id' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @VisibleText(MAX_TITLE_LENGTH)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  dueOn?: string | null;

  @Field(() => ActionItemStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(ACTION_ITEM_STATUSES)
  status?: ActionItemStatus;
}
