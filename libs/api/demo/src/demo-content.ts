import type { EntityManager } from 'typeorm';

interface DemoArticle {
  slug: string;
  title: string;
  description: string;
  category: 'Leadership' | 'Delegation';
  tags: string[];
  /** Days from now (negative: already published). */
  pubInDays: number;
  draft?: boolean;
  promo?: boolean;
  body: string;
}

export const demoArticles: DemoArticle[] = [
  {
    slug: 'the-fixer-who-got-promoted',
    title: 'The fixer who got promoted',
    description: 'The habit that made you the obvious choice for the job is the one that will quietly cap you in it.',
    category: 'Leadership',
    tags: ['Strategic thinking', 'Promotion'],
    pubInDays: -40,
    promo: true,
    body: [
      'You were promoted because things worked when you touched them. A launch slipping, a client upset, a spreadsheet nobody trusted: you stepped in and it was fixed by Friday.',
      '## Why it stops working',
      'One level up, the job is no longer to fix the problem in front of you. It is to decide which problems deserve anyone at all, and to build a team that solves the rest without you.',
      '- Every fix you make is a decision your team did not learn to make.',
      '- Every Friday rescue teaches people to wait for Friday.',
      '- Every hour in the detail is an hour missing from the direction.',
      'None of this means you stop caring about quality. It means your standard has to travel without you carrying it.',
    ].join('\n\n'),
  },
  {
    slug: 'three-questions-before-you-step-in',
    title: 'Three questions before you step in',
    description: 'A short check that turns your reflex to rescue into a choice.',
    category: 'Leadership',
    tags: ['Habits', 'Strategic thinking'],
    pubInDays: -26,
    body: [
      'The urge to step in arrives fast, usually disguised as responsibility. Slow it down with three questions.',
      '## The check',
      '1. **Will this matter in ninety days?** If not, let it be good enough.',
      '2. **Who else could own this, with a little support?** Name a person, not a team.',
      '3. **What would I be doing instead?** If the answer is nothing strategic, that is the real problem.',
      'Most of my clients find that two out of three urges do not survive the first question. The third one is where leadership starts.',
    ].join('\n\n'),
  },
  {
    slug: 'your-calendar-is-your-strategy',
    title: 'Your calendar is your strategy',
    description: 'What a week of meetings says about what you actually lead.',
    category: 'Leadership',
    tags: ['Time', 'Strategic thinking'],
    pubInDays: -12,
    body: [
      'Ask a leader for their strategy and you will hear priorities. Look at their calendar and you will see the truth.',
      '## A Friday exercise',
      'Print last week. Mark every block in one of three colours:',
      '- **Doing**: work someone on your team could do.',
      '- **Deciding**: choices only your role can make.',
      '- **Developing**: time spent making other people better at the first two.',
      'High achievers usually find the first colour everywhere. The goal for the next month is simple: move two hours a week from doing to developing, and protect them like a client meeting.',
    ].join('\n\n'),
  },
  {
    slug: 'delegating-the-work-only-you-were-doing',
    title: 'Delegating the work only you were doing',
    description: 'Handing over the task is easy. Handing over the judgement is the part that sticks.',
    category: 'Delegation',
    tags: ['Delegation', 'Trust'],
    pubInDays: -33,
    body: [
      'The work you find hardest to delegate is rarely complicated. It is the work where your judgement has become invisible, even to you.',
      '## Write the judgement down',
      'Before you hand it over, spend twenty minutes answering:',
      '- What does "good" look like here, and what does "good enough" look like?',
      '- Which mistakes are cheap, and which one would really hurt?',
      '- When should they come to you, and when should they simply tell you afterwards?',
      'Give that page to the person taking over. Then resist the temptation to check their work line by line. Check the outcome, and talk about the judgement.',
    ].join('\n\n'),
  },
  {
    slug: 'the-first-two-weeks-of-a-hand-over',
    title: 'The first two weeks of a hand-over',
    description: 'Why delegation feels worse before it feels better, and how to stay the course.',
    category: 'Delegation',
    tags: ['Delegation', 'Habits'],
    pubInDays: -5,
    body: [
      'Every hand-over has a dip. The work is slower, a little rougher, and you are certain you could do it in half the time. You could. That is not the point.',
      '## What to expect',
      '- **Week one:** more questions than you would like. Answer them with questions of your own.',
      '- **Week two:** a decision you would have made differently. Let it stand unless it is expensive.',
      'Leaders who take back the work in week two teach their team that delegation is temporary. Leaders who hold steady find that by week four, the questions have stopped and the work has improved in ways they did not expect.',
    ].join('\n\n'),
  },
  {
    slug: 'saying-no-without-closing-the-door',
    title: 'Saying no without closing the door',
    description: 'A kind, clear no protects the work that only you can do.',
    category: 'Delegation',
    tags: ['Boundaries', 'Trust'],
    pubInDays: 7,
    body: [
      'The requests that eat your week are rarely unreasonable. That is what makes them hard to decline.',
      '## A script that works',
      'Try this shape: acknowledge, decline, redirect.',
      '- "This matters, and I can see why you came to me."',
      '- "I am not going to take it on this month."',
      '- "Priya has done something similar. Start with her, and tell me how it goes."',
      'A clear no, given early, costs far less goodwill than a reluctant yes delivered late.',
    ].join('\n\n'),
  },
  {
    slug: 'notes-on-leading-through-managers',
    title: 'Notes on leading through your managers',
    description: 'Early notes for a longer piece on coaching the people who coach your team.',
    category: 'Leadership',
    tags: ['Managers'],
    pubInDays: 14,
    draft: true,
    body: [
      'Working notes, not ready to publish.',
      '## Ideas to develop',
      '- The difference between managing managers and managing their work.',
      '- Skip-level conversations that build trust instead of undermining it.',
      '- What to do when a manager copies your old fixing habit.',
    ].join('\n\n'),
  },
];

const demoVideos = [
  {
    title: 'Three minutes on the fixer trap',
    description: 'A short talk on why the habit that got you promoted starts to cost you one level up.',
    provider: 'YOUTUBE',
    providerVideoId: 'Rdg3FixTrap',
    visibility: 'PUBLIC',
    publishedInDays: -20,
  },
  {
    title: 'Workshop replay: writing your one bold goal',
    description: 'For clients: the full replay of our goal-setting workshop, with the worksheet walkthrough.',
    provider: 'VIMEO',
    providerVideoId: '824615307',
    visibility: 'MEMBERS',
    publishedInDays: -8,
  },
];

/**
 * The demo practice's articles (two categories, tags, a draft, one scheduled a week ahead, one with the call to
 * action) and two videos, one public and one for members. Idempotent: articles by slug; videos only when the
 * practice has none.
 */
export async function seedDemoContent(manager: EntityManager, practiceId: string, authorEmail: string, now = new Date()): Promise<void> {
  const [author]: { id: string }[] = await manager.query('select id from app_account_by_email($1)', [authorEmail]);
  for (const article of demoArticles) {
    const pubDate = new Date(now.getTime() + article.pubInDays * 86_400_000);
    await manager.query(
      `insert into article (tenant_id, slug, title, description, body, pub_date, category, tags, draft, promo, author_user_id, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, least($6, now()), least($6, now()))
       on conflict (tenant_id, slug) do nothing`,
      [practiceId, article.slug, article.title, article.description, article.body, pubDate, article.category, article.tags, article.draft ?? false, article.promo ?? false, author?.id ?? null],
    );
  }
  const [{ hasVideos }]: { hasVideos: boolean }[] = await manager.query('select exists (select 1 from video where tenant_id = $1) as "hasVideos"', [practiceId]);
  if (hasVideos) return;
  for (const video of demoVideos) {
    await manager.query(
      `insert into video (tenant_id, title, description, provider, provider_video_id, visibility, published_at) values ($1, $2, $3, $4, $5, $6, $7)`,
      [practiceId, video.title, video.description, video.provider, video.providerVideoId, video.visibility, new Date(now.getTime() + video.publishedInDays * 86_400_000)],
    );
  }
}
