import { IssueEmail, IssueRecipient } from './issue-email';

const ISSUE = {
  id: '11111111-1111-4111-8111-111111111111',
  subject: 'Who runs your week?',
  preheader: 'One decision, two hours',
  body: '## One question for Monday\n\nWrite down the **one decision** only you can make. [Read more](https://coach.example/p/north/articles/decide)\n\n<script>alert(1)</script>',
};
const PRACTICE = { name: 'North & Co "Coaching"', slug: 'north', timeZone: 'Pacific/Auckland' };
const SITE = { publicUrl: 'https://app.ascend.example', unsubscribeMailbox: 'unsubscribe@app.ascend.example' };

const reader = (subscriberId: string, subscribedAt: Date | null = new Date('2026-03-11T20:00:00Z')): IssueRecipient => ({
  subscriberId,
  subscribedAt,
  unsubscribeUrl: `https://app.ascend.example/newsletter/unsubscribe?token=tok-${subscriberId}`,
  oneClickUrl: `https://app.ascend.example/newsletter/unsubscribe/tok-${subscriberId}`,
  unsubscribeToken: `tok-${subscriberId}`,
});

describe('an issue as its subscribers receive it', () => {
  const email = new IssueEmail(ISSUE, PRACTICE, SITE);

  it('renders the markdown safely, with the preheader, the practice and the subject', () => {
    const { html, text } = email.forRecipient(reader('a'));
    expect(html).toContain('<h2>One question for Monday</h2>');
    expect(html).toContain('<strong>one decision</strong>');
    expect(html).not.toContain('<script');
    expect(html).toContain('One decision, two hours&#8204;');
    expect(html).toContain('North &amp; Co &quot;Coaching&quot;');
    expect(html).toContain('<title>Who runs your week?</title>');
    expect(text).toContain('## One question for Monday');
    expect(text.startsWith('North & Co "Coaching"\n\nWho runs your week?')).toBe(true);
  });

  it('tells each subscriber why they get it (their day in the practice zone), the promise, and their own unsubscribe link', () => {
    const a = email.forRecipient(reader('a'));
    const b = email.forRecipient(reader('b', null));
    // 20:00 UTC on 11 March is already 12 March in Auckland.
    expect(a.html).toContain('You get this because you subscribed to North &amp; Co &quot;Coaching&quot;&#39;s newsletter on 12 March 2026.');
    expect(a.text).toContain(`You get this because you subscribed to North & Co "Coaching"'s newsletter on 12 March 2026.`);
    expect(a.html).toContain('No spam, and we never sell or share your details.');
    expect(a.html).toContain('href="https://app.ascend.example/newsletter/unsubscribe?token=tok-a"');
    expect(a.html).not.toContain('tok-b');
    expect(b.html).toContain('href="https://app.ascend.example/newsletter/unsubscribe?token=tok-b"');
    expect(b.text).toContain(`subscribed to North & Co "Coaching"'s newsletter.\n`);
  });

  it('carries the one-click and mailto unsubscribe headers, the list id, the tag and a message id fixed per subscriber', () => {
    const mail = email.forRecipient(reader('22222222-2222-4222-8222-222222222222'));
    expect(mail.headers).toEqual({
      'List-Unsubscribe':
        '<https://app.ascend.example/newsletter/unsubscribe/tok-22222222-2222-4222-8222-222222222222>, <mailto:unsubscribe@app.ascend.example?subject=unsubscribe-tok-22222222-2222-4222-8222-222222222222>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': '"North & Co \\"Coaching\\"" <north.newsletter.app.ascend.example>',
      'X-Ascend-Tag': 'newsletter-issue',
    });
    expect(mail.messageId).toBe('11111111-1111-4111-8111-111111111111.22222222-2222-4222-8222-222222222222@app.ascend.example');
    expect(email.forRecipient(reader('22222222-2222-4222-8222-222222222222')).messageId).toBe(mail.messageId);
    const accented = new IssueEmail(ISSUE, { ...PRACTICE, name: 'Zoë Coaching' }, SITE).forRecipient(reader('a'));
    expect(accented.headers['List-Id']).toBe(`=?UTF-8?B?${Buffer.from('Zoë Coaching').toString('base64')}?= <north.newsletter.app.ascend.example>`);
  });

  it('gives the coach a sample with the same body and no unsubscribe headers', () => {
    const sample = email.sample('https://app.ascend.example/newsletter/unsubscribe?token=sample');
    expect(sample.html).toContain('<h2>One question for Monday</h2>');
    expect(sample.html).toContain('token=sample');
    expect(sample.headers['List-Unsubscribe']).toBeUndefined();
  });
});
