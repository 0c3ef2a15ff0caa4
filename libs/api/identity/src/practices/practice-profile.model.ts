import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "What anyone may read about a practice: its public page." })
export class PracticeProfile {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The address of the practice in Ascend, e.g. /p/<slug>.' })
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  tagline: string;

  @Field(() => String)
  coachName: string;

  @Field(() => String, { description: "The coach's biography, plain text with blank lines between paragraphs." })
  coachBio: string;

  @Field(() => String, { description: 'IANA time zone the practice runs its calendar in, e.g. Europe/London.' })
  timeZone: string;
}
