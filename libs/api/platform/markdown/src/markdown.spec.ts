import { markdownSummary, markdownToSafeHtml } from './markdown';

describe('markdown from the team', () => {
  it('keeps structure, emphasis and safe links, and drops scripts, handlers, images and script links', () => {
    const html = markdownToSafeHtml('# Title\n\nHello **you** <script>alert(1)</script> [x](javascript:alert(1)) [y](https://example.com) <img src=x onerror=alert(1)>');
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<strong>you</strong>');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow" target="_blank">y</a>');
    expect(html).not.toMatch(/script|onerror|<img|javascript:/i);
  });

  it('summarises as plain text cut at a word', () => {
    expect(markdownSummary('# Lead\n\nFrom **fixer** to *leader* & "strategist"')).toBe('Lead. From fixer to leader & "strategist"');
    const long = markdownSummary(`Start ${'delegate '.repeat(60)}`, 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long).toMatch(/^Start delegate( delegate)*…$/);
  });
});
