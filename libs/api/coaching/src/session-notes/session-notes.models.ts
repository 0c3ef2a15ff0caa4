import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { IsIsoDate } from '../method/iso-date';

export const MAX_NOTE_LENGTH = 20_000;
const VISIBLE = /\S/;

@ObjectType({ description: "A coach's private note of a session: never shown to the client." })
export class SessionNote {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => String, { description: 'The day of the session (YYYY-MM-DD).' })
  heldOn: string;

  @Field(() => String)
  body: string;

  @Field(() => String, { nullable: true, description: 'Who wrote it; null once their account is gone.' })
  authorName: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@InputType()
export class AddSessionNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a client id' })
  clientId: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsIsoDate()
  heldOn: string;

  @Field(() => String)
  @IsString()
  @Matches(VISIBLE, { message: 'must not be blank' })
  @Length(1, MAX_NOTE_LENGTH, { message: `must be at most ${MAX_NOTE_LENGTH} characters` })
  body: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateSessionNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a session note id' })
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  heldOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(VISIBLE, { message: 'must not be blank' })
  @Length(1, MAX_NOTE_LENGTH, { message: `must be at most ${MAX_NOTE_LENGTH} characters` })
  body?: string;
}
