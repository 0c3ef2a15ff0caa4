import { Logger } from '@nestjs/common';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, MailCatcher, ProbeModule, startMailCatcher, startTestApp, TestApp } from '@ascend/platform/testing';
import { DevOutbox, emailLayout, Mailer } from '@ascend/platform/mail';
import type { OutgoingMail, SentMail } from '@ascend/platform/mail';

async function startMailApp(env: Record<string, string>): Promise<TestApp> {
  return startTestApp({ imports: [ProbeModule], env });
}

const verifyUrl = 'https://app.ascend.test/verify?token=abc&next=%2Fhome';

describe('mail over SMTP', () => {
  let catcher: MailCatcher;
  let api: TestApp;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    api = await startMailApp({
      SMTP_URL: catcher.smtpUrl.replace('smtp://', 'smtp://ascend:s3cret-smtp-pass@'),
      MAIL_FROM: 'Ascend Coaching <hello@ascend.test>',
    });
  });
  afterAll(async () => {
    await api?.close();
    await catcher?.close();
  });
  beforeEach(() => catcher.clear());

  it('delivers what was sent: from, to, subject, both parts, reply-to, tag and links', async () => {
    const content = emailLayout({ heading: 'Confirm your email', paragraphs: ['Welcome to Ascend.'], action: { label: 'Confirm email', url: verifyUrl } });
    const sent = await api.app.get(Mailer).send({
      to: 'coach@example.com',
      subject: 'Confirm your email address',
      ...content,
      replyTo: 'support@ascend.test',
      tag: 'verify-email',
    });

    const mail = await catcher.waitFor((caught) => caught.tag === 'verify-email');
    expect(mail).toEqual({
      to: ['coach@example.com'],
      from: 'Ascend Coaching <hello@ascend.test>',
      subject: 'Confirm your email address',
      text: content.text,
      html: content.html,
      links: [verifyUrl],
      replyTo: 'support@ascend.test',
      tag: 'verify-email',
    });
    expect(sent).toMatchObject({ from: 'Ascend Coaching <hello@ascend.test>', to: 'coach@example.com', tag: 'verify-email', messageId: expect.stringMatching(/^<.+@.+>$/) });
  });

  it('sends a text-only mail without a tag header', async () => {
    await api.app.get(Mailer).send({ to: 'client@example.com', subject: 'Plain', text: 'Just text, see https://ascend.test/a.' });
    expect(await catcher.waitFor((caught) => caught.subject === 'Plain')).toMatchObject({
      to: ['client@example.com'],
      // SMTP ends the body with a line break, and the parser keeps it.
      text: 'Just text, see https://ascend.test/a.\n',
      html: '',
      links: ['https://ascend.test/a'],
      tag: undefined,
    });
  });

  it('does not mount the dev mail pages when SMTP is configured', async () => {
    expect((await fetch(`${api.url}/dev/mail`)).status).toBe(404);
    expect((await fetch(`${api.url}/dev/mail/messages.json`)).status).toBe(404);
  });

  it('names the recipient and the SMTP server when sending fails, never the password', async () => {
    const port = await freePort();
    const mailer = new Mailer(
      { ...api.config, mail: { ...api.config.mail, smtpUrl: `smtp://ascend:s3cret-smtp-pass@127.0.0.1:${port}` } },
      new DevOutbox(join(tmpdir(), 'unused')),
    );
    try {
      const failure = await mailer.send({ to: 'coach@example.com', subject: 'Nowhere', text: 'x' }).catch((error: Error) => error);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).message).toMatch(new RegExp(`^Could not send mail to coach@example\\.com through SMTP server 127\\.0\\.0\\.1:${port}: `));
      expect((failure as Error).message).not.toContain('s3cret');
    } finally {
      mailer.onModuleDestroy();
    }
  });

  it('tells what did arrive when the awaited mail does not', async () => {
    await api.app.get(Mailer).send({ to: 'a@example.com', subject: 'Hello', text: 'hi' });
    await catcher.waitFor((caught) => caught.subject === 'Hello');
    await expect(catcher.waitFor((caught) => caught.subject === 'Never sent', 100)).rejects.toThrow(
      'No matching mail within 100 ms; received 1: "Hello" to a@example.com',
    );
  });
});

describe('mail kept for /dev/mail without SMTP', () => {
  let dir: string;
  let api: TestApp;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ascend-dev-mail-'));
    api = await startMailApp({ DEV_MAIL_DIR: dir });
  });
  afterAll(async () => {
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const hostile: OutgoingMail = {
    to: 'client@example.com',
    subject: '<script>alert("subject")</script> & more',
    text: `Confirm: ${verifyUrl}.\n<img src=x onerror=alert(1)>`,
    html: `<p>Hi <script>alert("html")</script><a href="${verifyUrl.replace('&', '&amp;')}">Confirm</a></p>`,
    tag: '<b>verify-email</b>',
  };
  let older: SentMail;
  let sent: SentMail;

  // Every test starts from the same outbox: an older mail and the hostile one, nothing else.
  beforeEach(async () => {
    await new DevOutbox(dir).clear();
    await rm(join(dir, 'README.txt'), { force: true });
    older = await api.app.get(Mailer).send({ to: 'first@example.com', subject: 'First', text: 'one', tag: 'invitation' });
    // Ids order by the millisecond: the hostile mail must be the newer one.
    while (Date.now() <= Date.parse(older.sentAt)) await new Promise((resolve) => setImmediate(resolve));
    sent = await api.app.get(Mailer).send(hostile);
  });

  it('keeps each mail as a file and logs where to see it', async () => {
    await new DevOutbox(dir).clear();
    const log = jest.spyOn(Logger.prototype, 'log');
    try {
      older = await api.app.get(Mailer).send({ to: 'first@example.com', subject: 'First', text: 'one', tag: 'invitation' });
      sent = await api.app.get(Mailer).send(hostile);
      expect(log).toHaveBeenCalledWith(`Mail to client@example.com "${hostile.subject}" kept for /dev/mail/${sent.id}`);
    } finally {
      log.mockRestore();
    }
    expect(sent).toMatchObject({ ...hostile, from: 'Ascend <no-reply@ascend.localhost>', id: expect.stringMatching(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/) });
    expect((await readdir(dir)).sort()).toEqual([`${older.id}.json`, `${sent.id}.json`].sort());
  });

  it('exists only for requests made on this machine, not for what a proxy forwards', async () => {
    for (const path of ['/dev/mail', '/dev/mail/messages.json', `/dev/mail/${sent.id}`]) {
      expect((await fetch(`${api.url}${path}`)).status).toBe(200);
      expect((await fetch(`${api.url}${path}`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(404);
    }
    expect((await fetch(`${api.url}/dev/mail`, { method: 'DELETE', headers: { forwarded: 'for=203.0.113.9' } })).status).toBe(404);
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('lists kept mail newest first, escaped', async () => {
    const response = await fetch(`${api.url}/dev/mail`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).not.toMatch(/<script|<b>/);
    expect(page).toContain(`<a href="/dev/mail/${sent.id}">&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt; &amp; more</a>`);
    expect(page).toContain('&lt;b&gt;verify-email&lt;/b&gt;');
    expect(page.indexOf(`/dev/mail/${sent.id}`)).toBeLessThan(page.indexOf(`/dev/mail/${older.id}`));
  });

  it('shows one mail with its links clickable and its HTML part in a sandbox', async () => {
    const response = await fetch(`${api.url}/dev/mail/${sent.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).not.toMatch(/<script|<img/);
    expect(page).toContain('<pre>Confirm: <a href="https://app.ascend.test/verify?token=abc&amp;next=%2Fhome">https://app.ascend.test/verify?token=abc&amp;next=%2Fhome</a>.\n&lt;img');
    expect(page).toContain('<dd>Ascend &lt;no-reply@ascend.localhost&gt;</dd>');
    const frame = page.match(/<iframe [^>]*sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="([^"]*)"/);
    expect(frame?.[1]).toContain('&lt;script&gt;alert(&quot;html&quot;)&lt;/script&gt;');
  });

  it('gives browser tests every kept mail with its links as JSON', async () => {
    const response = await fetch(`${api.url}/dev/mail/messages.json`);
    expect(response.status).toBe(200);
    const messages = (await response.json()) as { id: string; links: string[] }[];
    expect(messages.map((message) => message.id)).toEqual([sent.id, older.id]);
    expect(messages[0]).toEqual({
      id: sent.id,
      from: 'Ascend <no-reply@ascend.localhost>',
      to: 'client@example.com',
      replyTo: null,
      subject: hostile.subject,
      tag: hostile.tag,
      sentAt: sent.sentAt,
      text: hostile.text,
      html: hostile.html,
      links: [verifyUrl],
    });
  });

  it.each(['20990101T000000000Z-00000000', 'not-an-id', '..%2F..%2Fetc%2Fpasswd'])('answers 404 in plain text for the unknown id %s', async (id) => {
    const response = await fetch(`${api.url}/dev/mail/${id}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(/^No kept mail with id/);
  });

  it('shows mail kept by another API process, since the outbox is files', async () => {
    const other = new Mailer(api.config, new DevOutbox(dir));
    // Ids order by the millisecond: the other process's mail must be the newest.
    while (Date.now() <= Date.parse(sent.sentAt)) await new Promise((resolve) => setImmediate(resolve));
    const elsewhere = await other.send({ to: 'other@example.com', subject: 'From another process', text: 'hi' });
    const messages = (await (await fetch(`${api.url}/dev/mail/messages.json`)).json()) as { id: string }[];
    expect(messages[0].id).toBe(elsewhere.id);
  });

  it('DELETE /dev/mail empties the outbox and leaves other files alone', async () => {
    await writeFile(join(dir, 'README.txt'), 'not mail');
    const response = await fetch(`${api.url}/dev/mail`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: 2 });
    expect(await (await fetch(`${api.url}/dev/mail/messages.json`)).json()).toEqual([]);
    expect(await readdir(dir)).toEqual(['README.txt']);
    expect(await (await fetch(`${api.url}/dev/mail`)).text()).toContain('No mail yet.');
  });
});
