import { emailLayout } from './email-layout';
import { extractLinks } from './links';

const hostile = (field: string) => `<script>alert("${field}")</script> & 'quoted' "${field}"`;

describe('emailLayout', () => {
  const url = 'https://app.ascend.test/verify?token=abc&next=%2Fhome';
  const content = emailLayout({
    preheader: 'One click and you are in.',
    heading: 'Confirm your email',
    paragraphs: ['Welcome to Ascend.', 'This link works for 24 hours.\nAfter that, ask for a new one.'],
    action: { label: 'Confirm email', url },
    footer: 'You get this because you signed up at ascend.test.',
  });

  it('puts the action URL on its own line in the text part, after its label', () => {
    expect(content.text.split('\n')).toContain(url);
    expect(content.text).toContain(`Confirm email:\n${url}\n`);
    expect(content.text).toBe(
      [
        'Confirm your email',
        '',
        'Welcome to Ascend.',
        '',
        'This link works for 24 hours.\nAfter that, ask for a new one.',
        '',
        `Confirm email:\n${url}`,
        '',
        '--\nYou get this because you signed up at ascend.test.\nSent by Ascend.',
        '',
      ].join('\n'),
    );
  });

  it('builds an accessible, branded HTML part with a button and a fallback link to the same URL', () => {
    const { html } = content;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en"/);
    expect(html).toContain('<title>Confirm your email</title>');
    expect(html).toContain('>Ascend</td>');
    expect(html).toMatch(/<h1 [^>]*>Confirm your email<\/h1>/);
    expect(html).toContain('This link works for 24 hours.<br>After that, ask for a new one.');
    expect(html).toContain('One click and you are in.');
    expect(html.match(/<table role="presentation"/g)?.length).toBe(3);
    expect(html).toMatch(/<a href="https:\/\/app\.ascend\.test\/verify\?token=abc&amp;next=%2Fhome" [^>]*>Confirm email<\/a>/);
    expect(extractLinks(content.text, html)).toEqual([url]);
  });

  it('escapes every field', () => {
    const { html, text } = emailLayout({
      preheader: hostile('preheader'),
      heading: hostile('heading'),
      paragraphs: [hostile('paragraph')],
      action: { label: hostile('label'), url: 'https://ascend.test/a?x="><script>alert(1)</script>' },
      footer: hostile('footer'),
    });
    expect(html).not.toMatch(/<script|'quoted'|"(preheader|heading|paragraph|label|footer)"/);
    for (const field of ['preheader', 'heading', 'paragraph', 'label', 'footer']) {
      expect(html).toContain(`&lt;script&gt;alert(&quot;${field}&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;${field}&quot;`);
    }
    expect(html).toContain('href="https://ascend.test/a?x=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    // The text part is plain text: nothing to escape, nothing lost.
    expect(text).toContain(hostile('paragraph'));
  });

  it('leaves out what was not given', () => {
    const { html, text } = emailLayout({ heading: 'Hello', paragraphs: ['Just news.'] });
    expect(html).not.toContain('aria-hidden');
    expect(html).not.toContain('<a ');
    expect(text).toBe('Hello\n\nJust news.\n\n--\nSent by Ascend.\n');
  });

  it('lists further links after the action, labelled, in both parts', () => {
    const manage = 'https://ascend.test/p/harbour/registrations/abc?x=1&y=2';
    const calendar = 'https://ascend.test/calendar/registrations/abc.ics';
    const { html, text } = emailLayout({
      heading: 'Your seat is confirmed',
      paragraphs: ['See you there.'],
      action: { label: 'Join', url: 'https://meet.example.com/abc' },
      links: [
        { label: 'Add to your calendar', url: calendar },
        { label: '<Manage> your registration', url: manage },
      ],
    });
    expect(text).toContain(`Join:\nhttps://meet.example.com/abc\n\nAdd to your calendar:\n${calendar}\n\n<Manage> your registration:\n${manage}\n`);
    expect(html).toMatch(/<li [^>]*><a href="https:\/\/ascend\.test\/calendar\/registrations\/abc\.ics" [^>]*>Add to your calendar<\/a><\/li>/);
    expect(html).toContain('>&lt;Manage&gt; your registration</a>');
    expect(html).toContain('href="https://ascend.test/p/harbour/registrations/abc?x=1&amp;y=2"');
    expect(extractLinks(text, html)).toEqual(['https://meet.example.com/abc', calendar, manage]);
  });

  it.each(['javascript:alert(1)', '/verify?token=abc', 'https://ascend.test/a b'])('refuses the action URL %j', (bad) => {
    expect(() => emailLayout({ heading: 'Hi', paragraphs: [], action: { label: 'Go', url: bad } })).toThrow(/absolute http\(s\) URL/);
  });

  it('refuses a further link that is not an absolute http(s) URL', () => {
    expect(() => emailLayout({ heading: 'Hi', paragraphs: [], links: [{ label: 'Calendar', url: 'webcal://ascend.test/feed.ics' }] })).toThrow(
      'Email links must be absolute http(s) URLs, got "webcal://ascend.test/feed.ics"',
    );
  });
});
