// Test data: a practice's public site as the API answers it.
export function publicArticleData(extra: Record<string, unknown> = {}) {
  return {
    slug: 'the-workhorse-trap',
    title: 'The workhorse trap',
    description: 'Why the most reliable person on the team is the last to be promoted.',
    pubDate: '2026-11-02T09:00:00.000Z',
    category: 'Leadership',
    tags: ['delegation', 'New managers'],
    promo: true,
    authorName: 'Maren Okafor',
    url: 'https://ascend.example/p/ridgeline/articles/the-workhorse-trap',
    bodyHtml: '<p>You fix every fire, so nobody sees you <strong>lead</strong>.</p>',
    ...extra,
  };
}

export const newsletterWording = 'I agree that Ridgeline Leadership Coaching may email me its newsletter.';
