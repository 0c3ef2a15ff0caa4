import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';

@ObjectType({ description: 'When the app drafts the weekly insights issue.' })
export class NewsletterSettings {
  @Field(() => Boolean)
  weeklyEnabled: boolean;

  @Field(() => Int, { description: 'ISO weekday, 1 = Monday .. 7 = Sunday, in the practice time zone.' })
  weeklyWeekday: number;
}

@InputType()
export class NewsletterSettingsInput {
  @Field(() => Boolean)
  @IsBoolean()
  weeklyEnabled: boolean;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number from 1 (Monday) to 7 (Sunday)' })
  @Min(1, { message: 'must be from 1 (Monday) to 7 (Sunday)' })
  @Max(7, { message: 'must be from 1 (Monday) to 7 (Sunday)' })
  weeklyWeekday: number;
}
