import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';

@InputType({ description: 'A practice of their own for a signed-in person, with the same rules as at sign-up.' })
export class StartPracticeInput {
  @Field(() => String)
  @VisibleText(120)
  practiceName: string;

  // The address and zone rules are checked by the service, in the same words as at sign-up.
  @Field(() => String, { description: 'The practice address: 3-63 lower-case letters, digits and single hyphens.' })
  @IsString()
  practiceSlug: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/London.' })
  @IsString()
  timeZone: string;
}
