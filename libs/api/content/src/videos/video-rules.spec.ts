import { embedUrl, parseVideoUrl, watchUrl } from './video-rules';

const ID = 'dQw4w9WgXcQ';

describe('video links', () => {
  it.each([
    `https://www.youtube.com/watch?v=${ID}`,
    `https://youtube.com/watch?v=${ID}&t=42s`,
    `https://m.youtube.com/watch?feature=share&v=${ID}`,
    `https://youtu.be/${ID}?si=abc`,
    `https://www.youtube.com/embed/${ID}`,
    `https://www.youtube-nocookie.com/embed/${ID}`,
    `https://www.youtube.com/shorts/${ID}`,
    `  http://www.youtube.com/watch?v=${ID}  `,
  ])('reads YouTube: %s', (url) => {
    expect(parseVideoUrl(url)).toEqual({ provider: 'YOUTUBE', providerVideoId: ID });
  });

  it.each(['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?h=abc', 'https://vimeo.com/channels/staffpicks/76979871'])('reads Vimeo: %s', (url) => {
    expect(parseVideoUrl(url)).toEqual({ provider: 'VIMEO', providerVideoId: '76979871' });
  });

  it.each([
    'https://example.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
    'https://evil.example/youtu.be/dQw4w9WgXcQ',
    'javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ"onload="x',
    'https://www.youtube.com/@channel',
    'https://vimeo.com/about',
    'https://user:pass@vimeo.com/76979871',
    'ftp://vimeo.com/76979871',
    'not a link',
    '',
  ])('refuses what is not a YouTube or Vimeo video: %s', (url) => {
    expect(parseVideoUrl(url)).toBeNull();
  });

  it('links to the watch page and the privacy-enhanced players', () => {
    expect(watchUrl({ provider: 'YOUTUBE', providerVideoId: ID })).toBe(`https://www.youtube.com/watch?v=${ID}`);
    expect(embedUrl({ provider: 'YOUTUBE', providerVideoId: ID })).toBe(`https://www.youtube-nocookie.com/embed/${ID}`);
    expect(watchUrl({ provider: 'VIMEO', providerVideoId: '76979871' })).toBe('https://vimeo.com/76979871');
    expect(embedUrl({ provider: 'VIMEO', providerVideoId: '76979871' })).toBe('https://player.vimeo.com/video/76979871?dnt=1');
  });
});
