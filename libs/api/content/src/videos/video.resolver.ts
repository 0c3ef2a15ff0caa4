import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgumentPipe } from '@ascend/platform/graphql';
import { Roles } from '@ascend/platform/tenancy';
import { UpdateVideoInput, Video, VideoInput } from './video.models';
import { VideoService } from './video.service';

const TEAM = ['OWNER', 'ADMIN', 'COACH'] as const;

@Resolver()
export class VideoResolver {
  constructor(private readonly service: VideoService) {}

  @Roles(...TEAM)
  @Query(() => [Video], { description: "Every video of the practice, newest first." })
  videos(): Promise<Video[]> {
    return this.service.list();
  }

  @Roles(...TEAM, 'CLIENT')
  @Query(() => [Video], { description: "What the practice's signed-in members may watch: its public and members-only videos." })
  memberVideos(): Promise<Video[]> {
    return this.service.list();
  }

  @Roles(...TEAM)
  @Mutation(() => Video, { description: 'Adds a YouTube or Vimeo video by its link.' })
  createVideo(@Args('input') input: VideoInput): Promise<Video> {
    return this.service.create(input);
  }

  @Roles(...TEAM)
  @Mutation(() => Video)
  updateVideo(@Args('input') input: UpdateVideoInput): Promise<Video> {
    return this.service.update(input);
  }

  @Roles(...TEAM)
  @Mutation(() => Boolean)
  deleteVideo(@Args('id', { type: () => ID }, IdArgumentPipe) id: string): Promise<boolean> {
    return this.service.remove(id);
  }
}
