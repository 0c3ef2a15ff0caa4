import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RegistrationSourceEnum } from '../registrations/registration.models';
import type { RegistrationSource } from '../registrations/registration.models';

@ObjectType({ description: 'From registration to client, for one masterclass or a period.' })
export class FunnelFigures {
  @Field(() => Int, { description: 'Registrations not cancelled: seats, holds and waitlist.' })
  registered: number;

  @Field(() => Int, { description: 'Still on the waitlist (for a past masterclass: never got a seat).' })
  waitlisted: number;

  @Field(() => Int, { description: 'Confirmed seats.' })
  confirmed: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Float, { nullable: true, description: 'Attended over the confirmed seats of masterclasses that have taken place, 0 to 1; null before any has.' })
  attendanceRate: number | null;

  @Field(() => Int, { description: 'Registrants who are clients now and joined the roster after registering (or were invited from it).' })
  becameClients: number;
}

@ObjectType()
export class MasterclassFunnel {
  @Field(() => ID)
  masterclassId: string;

  @Field(() => String)
  title: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => String)
  status: string;

  @Field(() => FunnelFigures)
  figures: FunnelFigures;
}

@ObjectType({ description: 'Registrations from one source: a newsletter issue, a campaign, a direct link.' })
export class FunnelSource {
  @Field(() => RegistrationSourceEnum)
  source: RegistrationSource;

  @Field(() => String, { nullable: true })
  newsletterIssue: string | null;

  @Field(() => String, { nullable: true })
  utmSource: string | null;

  @Field(() => String, { nullable: true })
  utmCampaign: string | null;

  @Field(() => Int)
  registered: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  becameClients: number;
}

@ObjectType({ description: 'The funnel over the masterclasses that start in a period.' })
export class FunnelReport {
  @Field(() => Date)
  from: Date;

  @Field(() => Date)
  to: Date;

  @Field(() => FunnelFigures)
  totals: FunnelFigures;

  @Field(() => [MasterclassFunnel], { description: 'Soonest first.' })
  masterclasses: MasterclassFunnel[];

  @Field(() => [FunnelSource], { description: 'Most registrations first.' })
  sources: FunnelSource[];
}
