import { extractLinks, splitLinks } from './links';

describe('extractLinks', () => {
  it('finds http(s) URLs in text without the sentence punctuation after them', () => {
    expect(extractLinks('Confirm at https://app.ascend.test/verify?token=a1&next=%2Fhome. Or (see http://ascend.test/help), thanks!')).toEqual([
      'https://app.ascend.test/verify?token=a1&next=%2Fhome',
      'http://ascend.test/help',
    ]);
  });

  it('reads hrefs in any quoting, decodes entities, and skips non-web links', () => {
    const html = `<a href="https://a.test/x?y=1&amp;z=2">x</a> <A HREF='https://b.test/&#x41;&#66;'>b</A> <a href=https://c.test/c>c</a>
      <a href="mailto:help@ascend.test">mail</a> <a href="javascript:alert(1)">no</a> <a href="/relative">rel</a>`;
    expect(extractLinks('', html)).toEqual(['https://a.test/x?y=1&z=2', 'https://b.test/AB', 'https://c.test/c']);
  });

  it('lists a link once when the text and the HTML part both carry it, text first', () => {
    expect(extractLinks('Go: https://a.test/1', '<a href="https://b.test/2">b</a><a href="https://a.test/1">a</a>')).toEqual([
      'https://a.test/1',
      'https://b.test/2',
    ]);
  });

  it('finds nothing in mail without links', () => {
    expect(extractLinks('No links here: www.ascend.test is not one.', '<p>none</p>')).toEqual([]);
  });
});

describe('splitLinks', () => {
  it('cuts text into plain pieces and URLs that put back together give the text', () => {
    const text = 'Open https://a.test/x. Then <b>https://b.test/y</b>';
    const pieces = splitLinks(text);
    expect(pieces).toEqual([
      { text: 'Open ' },
      { text: 'https://a.test/x', url: 'https://a.test/x' },
      { text: '. Then <b>' },
      { text: 'https://b.test/y', url: 'https://b.test/y' },
      { text: '</b>' },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });
});
