import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { People, Person } from '../people/people';
import { TeamMember } from './team.models';

/** A member's account fields, batched: the team list costs one account query whatever its length. */
@Resolver(() => TeamMember)
export class TeamMemberResolver {
  constructor(private readonly people: People) {}

  @ResolveField(() => Person)
  account(@Parent() member: TeamMember): Promise<Person> {
    return this.people.byId(member.userId);
  }

  @ResolveField(() => String, { description: "The member's name (their account's)." })
  async name(@Parent() member: TeamMember): Promise<string> {
    return (await this.people.byId(member.userId)).name;
  }

  @ResolveField(() => String, { description: "The member's email (their account's)." })
  async email(@Parent() member: TeamMember): Promise<string> {
    return (await this.people.byId(member.userId)).email;
  }
}
