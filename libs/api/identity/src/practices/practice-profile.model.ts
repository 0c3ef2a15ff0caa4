import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A link to the practice elsewhere (LinkedIn, YouTube, a podcast).' })
export class SocialLink {
  @Field(() => String)
  label: string;

  @Field(() => String)
  url: string;
}

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

  @Field(() => String, { description: "The coach's photo (an https address), or empty." })
  photoUrl: string;

  @Field(() => String, { description: 'The call-to-action button text, e.g. "Book a discovery call"; empty for none.' })
  ctaText: string;

  @Field(() => String, { description: 'Where the call to action leads; empty for none.' })
  ctaUrl: string;

  @Field(() => [SocialLink])
  socialLinks: SocialLink[];

  @Field(() => Boolean, { description: 'False while the practice is suspended: its public page says it is unavailable.' })
  available: boolean;
}
