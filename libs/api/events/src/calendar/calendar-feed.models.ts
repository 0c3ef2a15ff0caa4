import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The signed-in person's private calendar feed: whether they have one, and since when. Its address is shown only once, when made." })
export class CalendarFeed {
  @Field(() => Boolean)
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'When the current address was made; null without a feed.' })
  createdAt: Date | null;
}

@ObjectType({ description: 'The address of a new private calendar feed. Shown this once: only a hash of it is kept.' })
export class CalendarFeedLink {
  @Field(() => String, { description: 'https address of the .ics, for apps that take a URL.' })
  url: string;

  @Field(() => String, { description: 'The same as webcal://, which calendar apps open as a subscription.' })
  webcalUrl: string;
}
