/** What these helpers use of the testing lib's TestApp and practice scenario (which only test files may import). */
interface TestApp {
  db: { query<T>(sql: string, parameters?: unknown[]): Promise<T[]> };
}
interface PracticeScenario {
  practiceId: string;
  owner: { userId: string };
}

export interface ArticleSpec {
  title?: string;
  slug?: string;
  description?: string;
  body?: string;
  /** Hours from now (negative: in the past); -24 by default, so the article is public. */
  pubDateInHours?: number;
  pubDate?: Date;
  category?: string;
  tags?: string[];
  draft?: boolean;
  promo?: boolean;
}

export interface ArticleScenario {
  id: string;
  slug: string;
  title: string;
  pubDate: Date;
}

export interface VideoSpec {
  title?: string;
  description?: string;
  provider?: 'YOUTUBE' | 'VIMEO';
  providerVideoId?: string;
  visibility?: 'PUBLIC' | 'MEMBERS';
  /** Hours from now (negative: in the past); now by default. */
  publishedInHours?: number;
}

let counter = 0;

/** An article of the practice, written as the cluster administrator (fast), by its owner; published a day ago by default. */
export async function buildArticle(t: TestApp, practice: PracticeScenario, spec: ArticleSpec = {}): Promise<ArticleScenario> {
  counter += 1;
  const title = spec.title ?? `Why fixers stall one level up ${counter}`;
  const slug = spec.slug ?? `why-fixers-stall-${counter}-${Date.now().toString(36)}`;
  const pubDate = spec.pubDate ?? new Date(Date.now() + (spec.pubDateInHours ?? -24) * 3_600_000);
  const [row] = await t.db.query<{ id: string }>(
    `insert into article (tenant_id, slug, title, description, body, pub_date, category, tags, draft, promo, author_user_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [
      practice.practiceId,
      slug,
      title,
      spec.description ?? 'The habit that got you promoted is the one that holds you back.',
      spec.body ?? '## The trap\n\nYou fix it because you **can**. Then it is yours forever.\n\n- Notice it\n- Hand it back',
      pubDate,
      spec.category ?? 'Leadership',
      spec.tags ?? ['Delegation'],
      spec.draft ?? false,
      spec.promo ?? false,
      practice.owner.userId,
    ],
  );
  return { id: row.id, slug, title, pubDate };
}

/** A video of the practice, written as the cluster administrator; a public YouTube video by default. */
export async function buildVideo(t: TestApp, practice: { practiceId: string }, spec: VideoSpec = {}): Promise<{ id: string; title: string }> {
  counter += 1;
  const title = spec.title ?? `Three minutes on saying no ${counter}`;
  const provider = spec.provider ?? 'YOUTUBE';
  const providerVideoId = spec.providerVideoId ?? (provider === 'YOUTUBE' ? `Vid${String(counter).padStart(8, '0')}` : String(700000000 + counter));
  const [row] = await t.db.query<{ id: string }>(
    `insert into video (tenant_id, title, description, provider, provider_video_id, visibility, published_at)
     values ($1, $2, $3, $4, $5, $6, now() + $7 * interval '1 hour') returning id`,
    [practice.practiceId, title, spec.description ?? 'A short one for your commute.', provider, providerVideoId, spec.visibility ?? 'PUBLIC', spec.publishedInHours ?? 0],
  );
  return { id: row.id, title };
}
