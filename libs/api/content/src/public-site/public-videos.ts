import { Injectable } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public, TenantDatabase } from '@ascend/platform/tenancy';
import { Video } from '../videos/video.models';
import { videoFromRow } from '../videos/video.service';
import { unknownPractice } from './public-articles';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface PublicVideoRow {
  site_id: string;
  id: string | null;
  title: string;
  description: string;
  provider: 'YOUTUBE' | 'VIMEO';
  provider_video_id: string;
  published_at: Date;
}

/** A practice's public videos (never the members-only ones: the view holds none), newest first, in one statement. */
@Injectable()
export class PublicVideos {
  constructor(private readonly db: TenantDatabase) {}

  async list(practiceSlug: string): Promise<Video[]> {
    if (!SLUG.test(practiceSlug)) throw unknownPractice();
    const rows: PublicVideoRow[] = await this.db.manager.query(
      `select site.id as site_id, v.id, v.title, v.description, v.provider, v.provider_video_id, v.published_at
         from practice_profile site
         left join public_video v on v.tenant_id = site.id and v.published_at <= now()
        where site.slug = $1
        order by v.published_at desc, v.id`,
      [practiceSlug],
    );
    if (!rows.length) throw unknownPractice();
    return rows.flatMap((row) => (row.id === null ? [] : [videoFromRow({ ...row, id: row.id, visibility: 'PUBLIC' })]));
  }
}

@Resolver()
export class PublicVideosResolver {
  constructor(private readonly videos: PublicVideos) {}

  @Public()
  @Query(() => [Video], { description: "A practice's public videos, newest first; unknown practice: NOT_FOUND on practiceSlug." })
  publicVideos(@Args('practiceSlug', { type: () => String }) practiceSlug: string): Promise<Video[]> {
    return this.videos.list(practiceSlug);
  }
}
