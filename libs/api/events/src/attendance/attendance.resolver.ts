import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { Registration, RegistrationPage } from '../registrations/registration.models';
import { MarkAttendanceInput, RegistrantInvitation, RegistrationFilter } from './attendance.models';
import { AttendanceService } from './attendance.service';

const TEAM = ['OWNER', 'ADMIN', 'COACH'] as const;

@Resolver()
export class AttendanceResolver {
  constructor(private readonly attendance: AttendanceService) {}

  @Roles(...TEAM)
  @Query(() => RegistrationPage, { description: 'A masterclass’s registrations in arrival order, a page at a time (at most 500).' })
  masterclassRegistrations(
    @Args('masterclassId', { type: () => ID }, IdArgumentPipe) masterclassId: string,
    @Args('filter', { type: () => RegistrationFilter, nullable: true }) filter?: RegistrationFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<RegistrationPage> {
    return this.attendance.page(masterclassId, filter ?? undefined, first ?? undefined, after ?? undefined);
  }

  @Roles(...TEAM)
  @Query(() => String, { description: 'Every registration of the masterclass as CSV (UTC times, formulas neutralised).' })
  masterclassRegistrationsCsv(@Args('masterclassId', { type: () => ID }, IdArgumentPipe) masterclassId: string): Promise<string> {
    return this.attendance.csv(masterclassId);
  }

  @Roles(...TEAM)
  @Mutation(() => [Registration], { description: 'Marks attendance of confirmed registrants once the masterclass has started; all or nothing.' })
  markAttendance(@Args('input') input: MarkAttendanceInput): Promise<Registration[]> {
    return this.attendance.mark(input);
  }

  @Roles(...TEAM)
  @Mutation(() => RegistrantInvitation, { description: 'Puts a registrant on the roster and sends them a client invitation; their registrations go with them.' })
  inviteRegistrantAsClient(@Args('registrationId', { type: () => ID }, IdArgumentPipe) registrationId: string): Promise<RegistrantInvitation> {
    return this.attendance.inviteAsClient(registrationId);
  }
}
