import { articlePageHtml } from './article-page-html';
import { article, MASTERCLASS, PRACTICE } from './jest/site-fixtures';

const PUBLIC_URL = 'https://ascend.example.com';
const URL = `${PUBLIC_URL}/p/harbour-coaching/articles/the-meeting-you-should-skip`;

describe('the article page as the server sends it', () => {
  const page = articlePageHtml({ practice: PRACTICE, article: article(), upcomingMasterclasses: [MASTERCLASS], publicUrl: PUBLIC_URL });

  it('titles the page with the article and the practice (escaped by the shell)', () => {
    expect(page.title).toBe('The meeting you should "skip" <today> · Harbour & Co <Coaching>');
  });

  it('holds the description, canonical address, Open Graph as an article, the Twitter card and the feeds, escaped', () => {
    const description = 'Why the weekly status meeting keeps you doing instead of leading.';
    expect(page.head).toContain(`<meta name="description" content="${description}" />`);
    expect(page.head).toContain(`<link rel="canonical" href="${URL}" />`);
    expect(page.head).toContain('<meta property="og:type" content="article" />');
    expect(page.head).toContain('<meta property="og:title" content="The meeting you should &quot;skip&quot; &lt;today&gt;" />');
    expect(page.head).toContain(`<meta property="og:url" content="${URL}" />`);
    expect(page.head).toContain('<meta property="og:site_name" content="Harbour &amp; Co &lt;Coaching&gt;" />');
    expect(page.head).toContain('<meta property="og:image" content="https://images.example.com/idris.jpg" />');
    expect(page.head).toContain('<meta property="article:published_time" content="2026-03-02T03:30:00.000Z" />');
    expect(page.head).toContain('<meta property="article:section" content="Leading teams" />');
    expect(page.head).toContain('<meta property="article:tag" content="Meetings &amp; time" />');
    expect(page.head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(page.head).toContain(`<link rel="alternate" type="application/rss+xml" title="Harbour &amp; Co &lt;Coaching&gt; articles" href="${PUBLIC_URL}/p/harbour-coaching/feed.xml" />`);
    expect(page.head).toContain(`href="${PUBLIC_URL}/p/harbour-coaching/atom.xml"`);
  });

  it('describes the article as a schema.org BlogPosting that cannot close its script element', () => {
    const json = /<script type="application\/ld\+json">(.*)<\/script>/.exec(page.head)![1];
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'The meeting you should "skip" <today>',
      description: 'Why the weekly status meeting keeps you doing instead of leading.',
      datePublished: '2026-03-02T03:30:00.000Z',
      dateModified: '2026-03-03T10:00:00.000Z',
      author: { '@type': 'Person', name: 'Idris Vale' },
      publisher: { '@type': 'Organization', name: 'Harbour & Co <Coaching>', url: `${PUBLIC_URL}/p/harbour-coaching` },
      mainEntityOfPage: URL,
      url: URL,
      image: 'https://images.example.com/idris.jpg',
      articleSection: 'Leading teams',
      keywords: 'Delegation, Meetings & time',
    });
  });

  it('shows the article with its date in the practice’s zone, its category and tags as links, and safe HTML only', () => {
    expect(page.body).toContain('<h1>The meeting you should &quot;skip&quot; &lt;today&gt;</h1>');
    // 03:30 UTC is still the 1st in New York.
    expect(page.body).toContain('<time datetime="2026-03-02T03:30:00.000Z">1 March 2026</time> · By Idris Vale');
    expect(page.body).toContain('<a href="/p/harbour-coaching/articles/category/leading-teams">Leading teams</a>');
    expect(page.body).toContain('<li><a href="/p/harbour-coaching/articles/tag/meetings-time">Meetings &amp; time</a></li>');
    expect(page.body).toContain('<h2>Status is not leadership</h2>');
    expect(page.body).toContain('<strong>every week</strong>');
    expect(page.body).not.toMatch(/<script|onerror|javascript:|<img src="x"/i);
  });

  it('ends a promoted article with the coach’s card and call to action', () => {
    expect(page.body).toContain('<aside class="coach-card"><img src="https://images.example.com/idris.jpg" alt="Idris Vale"');
    expect(page.body).toContain('<h2>About Idris Vale</h2><p>Twenty years running engineering teams.</p><p>Now I help new directors &lt;stop&gt; fixing.</p>');
    expect(page.body).toContain('<a class="call-to-action" href="https://harbour.example.com/call?from=blog&amp;x=1">Book a discovery call</a>');
    expect(page.body).toContain('<a href="https://www.linkedin.com/in/idris-vale" rel="me noopener">LinkedIn</a>');
    expect(page.body).not.toContain('>Bad<');
  });

  it('leaves the card out when the article does not promote', () => {
    const plain = articlePageHtml({ practice: PRACTICE, article: article({ promo: false }), upcomingMasterclasses: [], publicUrl: PUBLIC_URL });
    expect(plain.body).not.toContain('coach-card');
    expect(plain.body).not.toContain('Book a discovery call');
    expect(plain.body).not.toContain('upcoming-masterclasses');
  });

  it('offers the newsletter signup and the next masterclasses', () => {
    expect(page.body).toContain('<form method="post" data-practice-slug="harbour-coaching">');
    expect(page.body).toContain('<input type="hidden" name="source" value="/p/harbour-coaching/articles/the-meeting-you-should-skip" />');
    expect(page.body).toContain('name="website"');
    expect(page.body).toContain(
      '<li><a href="/p/harbour-coaching/masterclasses/from-doer-to-leader">From doer to &lt;leader&gt;</a> · <time datetime="2031-06-05T22:30:00.000Z">Thursday, 5 June 2031, 18:30 (America/New York)</time> · Complimentary</li>',
    );
  });

  it('describes an article without a description by the start of its text, and leaves the image out without a photo', () => {
    const bare = articlePageHtml({
      practice: { ...PRACTICE, photoUrl: '' },
      article: article({ description: '', body: 'Most *new* directors keep the work they were good at.' }),
      upcomingMasterclasses: [],
      publicUrl: PUBLIC_URL,
    });
    expect(bare.head).toContain('<meta name="description" content="Most new directors keep the work they were good at." />');
    expect(bare.head).not.toContain('og:image');
    expect(bare.head).toContain('<meta name="twitter:card" content="summary" />');
  });
});
