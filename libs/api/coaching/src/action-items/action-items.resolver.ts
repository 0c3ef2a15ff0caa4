import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { ActionItem, AddActionItemInput, UpdateActionItemInput } from './action-items.models';
import { ActionItemsService } from './action-items.service';

@Resolver()
export class ActionItemsResolver {
  constructor(private readonly items: ActionItemsService) {}

  @Roles('OWNER', 'ADMIN', 'COACH')
  @Query(() => [ActionItem], { description: "A client's action items (coach side): open first, soonest due first." })
  actionItems(@Args('clientId', { type: () => ID }, IdArgumentPipe) clientId: string): Promise<ActionItem[]> {
    return this.items.ofClient(clientId);
  }

  @Roles('CLIENT')
  @Query(() => [ActionItem], { description: "The signed-in client's action items, theirs and their coach's." })
  myActionItems(): Promise<ActionItem[]> {
    return this.items.mine();
  }

  @Roles('OWNER', 'ADMIN', 'COACH', 'CLIENT')
  @Mutation(() => ActionItem, { description: 'A coach adds items for either owner; a client adds their own (owner CLIENT).' })
  addActionItem(@Args('input') input: AddActionItemInput): Promise<ActionItem> {
    return this.items.add(input);
  }

  @Roles('OWNER', 'ADMIN', 'COACH', 'CLIENT')
  @Mutation(() => ActionItem, { description: "Coaches change anything of their clients' items; a client only the status of their own." })
  updateActionItem(@Args('input') input: UpdateActionItemInput): Promise<ActionItem> {
    return this.items.update(input);
  }
}
