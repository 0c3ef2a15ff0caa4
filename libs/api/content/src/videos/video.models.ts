import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, MaxLength } from 'class-validator';
import { VisibleText } from '@ascend/platform/graphql';
import type { VideoProvider as Provider } from './video-rules';

export enum VideoProviderEnum {
  YOUTUBE = 'YOUTUBE',
  VIMEO = 'VIMEO',
}
registerEnumType(VideoProviderEnum, { name: 'VideoProvider', description: 'The providers whose players may be embedded.' });

export enum VideoVisibilityEnum {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
}
registerEnumType(VideoVisibilityEnum, { name: 'VideoVisibility', description: "Anyone on the public site, or only the practice's signed-in members." });
export type VideoVisibility = `${VideoVisibilityEnum}`;

@ObjectType({ description: "A video at YouTube or Vimeo that the practice shows, public or for its members." })
export class Video {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => VideoProviderEnum)
  provider: Provider;

  @Field(() => String)
  providerVideoId: string;

  @Field(() => String, { description: "The provider's watch page." })
  url: string;

  @Field(() => String, { description: 'The privacy-enhanced player, to load only when the viewer asks for it.' })
  embedUrl: string;

  @Field(() => VideoVisibilityEnum)
  visibility: VideoVisibility;

  @Field(() => Date)
  publishedAt: Date;
}

@InputType()
export class VideoInput {
  @Field(() => String)
  @VisibleText(200)
  title: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'must be at most 5000 characters' })
  description: string;

  @Field(() => String, { description: 'Any YouTube or Vimeo link to the video.' })
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  url: string;

  @Field(() => VideoVisibilityEnum, { defaultValue: VideoVisibilityEnum.PUBLIC })
  @IsEnum(VideoVisibilityEnum, { message: 'must be PUBLIC or MEMBERS' })
  visibility: VideoVisibilityEnum;
}

@InputType()
export class UpdateVideoInput extends VideoInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id (a UUID)' })
  id: string;
}
