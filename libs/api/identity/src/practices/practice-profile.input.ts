import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, registerDecorator, ValidateNested } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import { isPublicWebAddress, isValidTimeZone } from './practice-rules';

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Free text that may be empty, trimmed, at most `maxLength` characters. */
function OptionalText(maxLength: number): PropertyDecorator {
  return (target, property) => {
    trimmed(target, property);
    IsString()(target, property);
    MaxLength(maxLength, { message: `must be at most ${maxLength} characters` })(target, property);
  };
}

function rule(name: string, message: string, validate: (value: string) => boolean): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: property as string,
      options: { message },
      validator: { validate: (value: unknown) => typeof value === 'string' && validate(value) },
    });
}

/** An https address (http only for this machine), trimmed; `optional` lets it be empty. */
function WebAddress({ optional }: { optional: boolean }): PropertyDecorator {
  return (target, property) => {
    trimmed(target, property);
    rule('isPublicWebAddress', `must be ${optional ? 'empty or ' : ''}an https address of at most 2000 characters`, (value) =>
      (optional && value === '') || isPublicWebAddress(value),
    )(target, property);
  };
}

@InputType()
export class SocialLinkInput {
  @Field(() => String, { description: 'What the visitor reads, e.g. LinkedIn.' })
  @VisibleText(40)
  label: string;

  @Field(() => String)
  @WebAddress({ optional: false })
  url: string;
}

@InputType({ description: "The practice's public profile, as a whole: what its public site and articles show." })
export class PracticeProfileInput {
  @Field(() => String)
  @VisibleText(120)
  name: string;

  @Field(() => String)
  @OptionalText(160)
  tagline: string;

  @Field(() => String)
  @OptionalText(120)
  coachName: string;

  @Field(() => String, { description: 'Plain text; a blank line starts a new paragraph.' })
  @OptionalText(5000)
  coachBio: string;

  @Field(() => String, { description: 'An https address of the photo, or empty.' })
  @WebAddress({ optional: true })
  photoUrl: string;

  @Field(() => String)
  @OptionalText(200)
  ctaText: string;

  @Field(() => String)
  @WebAddress({ optional: true })
  ctaUrl: string;

  @Field(() => [SocialLinkInput])
  @IsArray()
  @ArrayMaxSize(10, { message: 'must have at most 10 links' })
  @ValidateNested({ each: true })
  @Type(() => SocialLinkInput)
  socialLinks: SocialLinkInput[];

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/London.' })
  @rule('isTimeZone', 'must be an IANA time zone such as Europe/London', isValidTimeZone)
  timeZone: string;
}
