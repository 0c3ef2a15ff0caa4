import { Injectable } from '@nestjs/common';
import { DomainError } from '@ascend/platform/graphql';
import { TenantContext, TenantDatabase } from '@ascend/platform/tenancy';
import { embedUrl, parseVideoUrl, VideoProvider, VideoRef, watchUrl } from './video-rules';
import { UpdateVideoInput, Video, VideoInput, VideoVisibility } from './video.models';

export const videoNotFound = (field = 'id') => new DomainError('NOT_FOUND', 'No such video in this practice', [{ field, message: 'is not a video of this practice' }]);

interface VideoRow {
  id: string;
  title: string;
  description: string;
  provider: VideoProvider;
  provider_video_id: string;
  visibility: VideoVisibility;
  published_at: Date;
}

const VIDEO_COLUMNS = 'id, title, description, provider, provider_video_id, visibility, published_at';

/** Read anywhere a video is shown: the watch page and the privacy-enhanced player are made from provider and id. */
export function videoFromRow(row: VideoRow): Video {
  const ref: VideoRef = { provider: row.provider, providerVideoId: row.provider_video_id };
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    provider: row.provider,
    providerVideoId: row.provider_video_id,
    url: watchUrl(ref),
    embedUrl: embedUrl(ref),
    visibility: row.visibility,
    publishedAt: row.published_at,
  };
}

/** The practice's videos: links to an allow-listed provider, never a file of ours, public or for members. */
@Injectable()
export class VideoService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: TenantContext,
  ) {}

  /** Every video of the practice, newest first: the team's list, and what its signed-in members may watch. */
  async list(): Promise<Video[]> {
    const rows: VideoRow[] = await this.db.manager.query(`select ${VIDEO_COLUMNS} from video where tenant_id = $1 order by published_at desc, id limit 500`, [
      this.context.practiceId,
    ]);
    return rows.map(videoFromRow);
  }

  async get(id: string, field = 'id'): Promise<Video> {
    const rows: VideoRow[] = await this.db.manager.query(`select ${VIDEO_COLUMNS} from video where tenant_id = $1 and id = $2`, [this.context.practiceId, id]);
    if (!rows[0]) throw videoNotFound(field);
    return videoFromRow(rows[0]);
  }

  async create(input: VideoInput): Promise<Video> {
    const ref = videoRef(input.url);
    const [row]: VideoRow[] = await this.db.manager.query(
      `insert into video (tenant_id, title, description, provider, provider_video_id, visibility) values ($1, $2, $3, $4, $5, $6) returning ${VIDEO_COLUMNS}`,
      [this.context.practiceId, input.title, input.description.trim(), ref.provider, ref.providerVideoId, input.visibility],
    );
    return videoFromRow(row);
  }

  async update(input: UpdateVideoInput): Promise<Video> {
    const ref = videoRef(input.url);
    // TypeORM answers an UPDATE with [rows, count].
    const [rows]: [VideoRow[], number] = await this.db.manager.query(
      `update video set title = $3, description = $4, provider = $5, provider_video_id = $6, visibility = $7, updated_at = now()
        where tenant_id = $1 and id = $2 returning ${VIDEO_COLUMNS}`,
      [this.context.practiceId, input.id, input.title, input.description.trim(), ref.provider, ref.providerVideoId, input.visibility],
    );
    if (!rows[0]) throw videoNotFound('input.id');
    return videoFromRow(rows[0]);
  }

  async remove(id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.db.manager.query(`delete from video where tenant_id = $1 and id = $2 returning id`, [this.context.practiceId, id]);
    if (!rows.length) throw videoNotFound();
    return true;
  }
}

function videoRef(url: string): VideoRef {
  const ref = parseVideoUrl(url);
  if (!ref) throw new DomainError('BAD_USER_INPUT', 'Only YouTube and Vimeo videos can be shown', [{ field: 'input.url', message: 'must be a YouTube or Vimeo link' }]);
  return ref;
}
