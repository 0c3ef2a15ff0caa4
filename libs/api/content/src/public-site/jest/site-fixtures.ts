import type { SiteArticle, SiteMasterclass, SitePractice } from '../site-queries';

/** A practice and articles as the public views give them, for the pure HTML and feed tests. */
export const PRACTICE: SitePractice = {
  id: '7d3f2a1e-0000-4000-8000-000000000001',
  slug: 'harbour-coaching',
  name: 'Harbour & Co <Coaching>',
  tagline: 'Lead from the bridge, not the engine room.',
  coachName: 'Idris Vale',
  coachBio: 'Twenty years running engineering teams.\n\nNow I help new directors <stop> fixing.',
  timeZone: 'America/New_York',
  photoUrl: 'https://images.example.com/idris.jpg',
  ctaText: 'Book a discovery call',
  ctaUrl: 'https://harbour.example.com/call?from=blog&x=1',
  socialLinks: [{ label: 'LinkedIn', url: 'https://www.linkedin.com/in/idris-vale' }, { label: 'Bad', url: 'javascript:alert(1)' }],
};

export function article(overrides: Partial<SiteArticle> = {}): SiteArticle {
  return {
    slug: 'the-meeting-you-should-skip',
    title: 'The meeting you should "skip" <today>',
    description: 'Why the weekly status meeting keeps you doing instead of leading.',
    body: '## Status is not leadership\n\nYou sit in it **every week**.\n\n<script>alert("x")</script>\n\n[Click](javascript:alert(1)) <img src=x onerror="alert(1)">',
    pubDate: new Date('2026-03-02T03:30:00Z'),
    updatedAt: new Date('2026-03-03T10:00:00Z'),
    category: 'Leading teams',
    tags: ['Delegation', 'Meetings & time'],
    promo: true,
    authorName: 'Idris Vale',
    ...overrides,
  };
}

export const MASTERCLASS = {
  id: 'm1',
  slug: 'from-doer-to-leader',
  practiceSlug: 'harbour-coaching',
  practiceName: 'Harbour',
  title: 'From doer to <leader>',
  description: '',
  startsAt: new Date('2031-06-05T22:30:00Z'),
  endsAt: new Date('2031-06-05T23:30:00Z'),
  durationMinutes: 60,
  timeZone: 'America/New_York',
  capacity: 20,
  seatsLeft: 20,
  price: null,
  registrationDeadline: new Date('2031-06-05T22:30:00Z'),
  registrationOpen: true,
  status: 'PUBLISHED',
  hostName: 'Idris Vale',
} as SiteMasterclass;
