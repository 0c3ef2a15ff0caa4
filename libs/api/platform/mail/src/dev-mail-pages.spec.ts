import { messagePage, outboxPage } from './dev-mail-pages';
import { emailLayout } from './email-layout';
import type { SentMail } from './mail.types';

const srcdoc = (page: string) => page.match(/<iframe [^>]*srcdoc="([^"]*)"/)?.[1];

describe('dev mail pages', () => {
  const hostile = (field: string) => `<script>alert("${field}")</script>'`;
  const mail: SentMail = {
    id: '20261121T195300123Z-0a1b2c3d',
    from: hostile('from'),
    to: hostile('to'),
    replyTo: hostile('replyTo'),
    subject: hostile('subject'),
    tag: hostile('tag'),
    text: `${hostile('text')} https://ascend.test/a?b=1&c="2"`,
    html: '<p>hi</p>',
    sentAt: '2026-11-21T19:53:00.123Z',
  };

  it('escapes every field of the mail on both pages', () => {
    for (const page of [outboxPage([mail], '/tmp/<dir>'), messagePage(mail)]) {
      expect(page).not.toMatch(/<script|<dir>/);
    }
    const page = messagePage(mail);
    for (const field of ['from', 'to', 'replyTo', 'subject', 'tag', 'text']) {
      expect(page).toContain(`&lt;script&gt;alert(&quot;${field}&quot;)&lt;/script&gt;&#39;`);
    }
    expect(page).toContain('<a href="https://ascend.test/a?b=1&amp;c=">https://ascend.test/a?b=1&amp;c=</a>&quot;2&quot;');
  });

  it('frames the HTML part so its links open in a new tab, keeping the doctype first', () => {
    expect(srcdoc(messagePage(mail))).toBe('&lt;base target=&quot;_blank&quot;&gt;&lt;p&gt;hi&lt;/p&gt;');
    const designed = messagePage({ ...mail, ...emailLayout({ heading: 'Hi', paragraphs: ['x'] }) });
    expect(srcdoc(designed)).toMatch(/^&lt;!doctype html&gt;&lt;base target=&quot;_blank&quot;&gt;\n&lt;html lang=/);
  });

  it('lists attachments with their download links, escaped, on both pages', () => {
    const withFiles: SentMail = {
      ...mail,
      attachments: [
        { filename: 'masterclass.ics', contentType: 'text/calendar; charset=utf-8', size: 812, contentBase64: '' },
        { filename: hostile('file'), contentType: 'text/html', size: 4096, contentBase64: '' },
      ],
    };
    const page = messagePage(withFiles);
    expect(page).toContain(`<h2>Attachments</h2>`);
    expect(page).toContain(
      `<a href="/dev/mail/${mail.id}/attachments/0" download="masterclass.ics">masterclass.ics</a> <span class="meta">text/calendar; charset=utf-8, 812 B</span>`,
    );
    expect(page).toContain(`<a href="/dev/mail/${mail.id}/attachments/1" download="&lt;script&gt;`);
    expect(page).toContain('text/html, 4.0 kB');
    const outbox = outboxPage([withFiles], '/tmp/mail');
    expect(outbox).toContain('<td>masterclass.ics<br>&lt;script&gt;alert(&quot;file&quot;)');
    expect(`${outbox}${page}`).not.toMatch(/<script/);
    expect(messagePage(mail)).not.toContain('Attachments');
  });

  it('has no frame for a text-only mail, and a friendly empty outbox', () => {
    expect(messagePage({ ...mail, html: undefined })).not.toContain('<iframe');
    expect(outboxPage([], '/tmp/mail')).toContain('No mail yet.');
  });
});
