// Test data: articles, imports, videos and the practice profile as the API answers them.
export function articleData(extra: Record<string, unknown> = {}) {
  return {
    id: 'art-1',
    slug: 'the-workhorse-trap',
    title: 'The workhorse trap',
    description: 'Why the most reliable person on the team is the last to be promoted.',
    body: 'You fix every fire, so nobody sees you **lead**.',
    pubDate: '2026-11-02T09:00:00.000Z',
    category: 'Leadership',
    tags: ['delegation', 'new managers'],
    draft: false,
    promo: true,
    status: 'PUBLISHED',
    publicUrl: 'https://ascend.example/p/ridgeline/articles/the-workhorse-trap',
    authorName: 'Maren Okafor',
    updatedAt: '2026-11-02T09:00:00.000Z',
    ...extra,
  };
}

export function fileResult(name: string, extra: Record<string, unknown> = {}) {
  return { name, outcome: 'CREATED', slug: null, title: null, articleId: null, needsReview: false, problems: [], ...extra };
}

export function videoData(extra: Record<string, unknown> = {}) {
  return {
    id: 'vid-1',
    title: 'Deciding what matters this week',
    description: 'Five minutes on choosing the one thing only you can do.',
    provider: 'YOUTUBE',
    providerVideoId: 'a1B2c3D4e5F',
    url: 'https://www.youtube.com/watch?v=a1B2c3D4e5F',
    embedUrl: 'https://www.youtube-nocookie.com/embed/a1B2c3D4e5F',
    visibility: 'PUBLIC',
    publishedAt: '2026-11-01T10:00:00.000Z',
    ...extra,
  };
}

export function profileData(extra: Record<string, unknown> = {}) {
  return {
    id: 'b7a1c3c0-0000-4000-8000-000000000001',
    slug: 'ridgeline',
    name: 'Ridgeline Leadership Coaching',
    tagline: 'From the person who fixes everything to the leader who decides what matters.',
    coachName: 'Maren Okafor',
    coachBio: 'Maren ran operations for twelve years.\n\nShe now coaches senior leaders.',
    timeZone: 'Europe/London',
    photoUrl: 'https://images.example/maren.jpg',
    ctaText: 'Book a discovery call',
    ctaUrl: 'https://ridgeline.example/call',
    socialLinks: [{ label: 'LinkedIn', url: 'https://linkedin.example/maren' }],
    ...extra,
  };
}
