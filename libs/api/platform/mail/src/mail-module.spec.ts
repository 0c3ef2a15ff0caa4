import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, ConfigModule, loadConfig } from '@ascend/platform/config';
import { MailModule } from './mail.module';
import { Mailer } from './mailer';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://owner:owner-password@db.internal:5432/ascend',
  DATABASE_APP_PASSWORD: 'app-password',
  SMTP_URL: 'smtp://mailer:smtp-password@smtp.internal:587',
  JWT_SECRET: 'x'.repeat(40),
};

// Only the mail module on HTTP, no database: what it mounts depends on the configuration alone.
async function boot(config: AppConfig): Promise<{ app: INestApplication; url: string }> {
  @Module({ imports: [ConfigModule.forRoot(config), MailModule.forRoot(config)] })
  class Root {}
  const app = await NestFactory.create(Root, { logger: false, abortOnError: false });
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close();
    throw error;
  }
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

describe('MailModule', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ascend-mail-module-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('mounts the dev mail pages in development without SMTP', async () => {
    const { app, url } = await boot(loadConfig({ NODE_ENV: 'development', DEV_MAIL_DIR: dir }));
    try {
      expect((await fetch(`${url}/dev/mail`)).status).toBe(200);
      expect((await fetch(`${url}/dev/mail/messages.json`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('keeps attachments and offers each as a download of exactly its bytes, never rendered', async () => {
    const { app, url } = await boot(loadConfig({ NODE_ENV: 'development', DEV_MAIL_DIR: dir }));
    try {
      const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
      const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
      const sent = await app.get(Mailer).send({
        to: 'guest@example.com',
        subject: 'Your seat',
        text: 'See you there.',
        tag: 'masterclass-confirmed',
        attachments: [
          { filename: 'masterclass.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
          { filename: 'page.html', content: image, contentType: 'text/html' },
        ],
      });
      expect(sent.attachments?.map(({ filename, size }) => ({ filename, size }))).toEqual([
        { filename: 'masterclass.ics', size: Buffer.byteLength(ics) },
        { filename: 'page.html', size: 6 },
      ]);

      const [listed] = (await (await fetch(`${url}/dev/mail/messages.json`)).json()) as { attachments: { filename: string; url: string }[] }[];
      expect(listed.attachments).toEqual([
        { filename: 'masterclass.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', size: Buffer.byteLength(ics), url: `/dev/mail/${sent.id}/attachments/0` },
        { filename: 'page.html', contentType: 'text/html', size: 6, url: `/dev/mail/${sent.id}/attachments/1` },
      ]);
      expect(await (await fetch(`${url}/dev/mail/${sent.id}`)).text()).toContain(`href="/dev/mail/${sent.id}/attachments/0"`);

      const calendar = await fetch(`${url}${listed.attachments[0].url}`);
      expect(calendar.status).toBe(200);
      expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=PUBLISH');
      expect(calendar.headers.get('content-disposition')).toBe('attachment; filename=masterclass.ics');
      expect(await calendar.text()).toBe(ics);

      const html = await fetch(`${url}${listed.attachments[1].url}`);
      expect(html.headers.get('content-disposition')).toBe('attachment; filename=page.html');
      expect(html.headers.get('content-security-policy')).toContain('sandbox');
      expect(html.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await html.arrayBuffer())).toEqual(image);

      for (const missing of [`/dev/mail/${sent.id}/attachments/2`, `/dev/mail/${sent.id}/attachments/x`, '/dev/mail/20990101T000000000Z-00000000/attachments/0']) {
        const response = await fetch(`${url}${missing}`);
        expect(response.status).toBe(404);
        expect(await response.text()).toMatch(/^No attachment/);
      }
    } finally {
      await app.close();
    }
  });

  it('does not mount them in production', async () => {
    const { app, url } = await boot(loadConfig({ ...production, DEV_MAIL_DIR: dir }));
    try {
      expect((await fetch(`${url}/dev/mail`)).status).toBe(404);
      expect((await fetch(`${url}/dev/mail/messages.json`)).status).toBe(404);
      expect((await fetch(`${url}/dev/mail`, { method: 'DELETE' })).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('refuses to start in production without SMTP, should the configuration ever allow it', async () => {
    const config = loadConfig({ ...production, DEV_MAIL_DIR: dir });
    await expect(boot({ ...config, mail: { ...config.mail, smtpUrl: undefined } })).rejects.toThrow(
      'Mail: SMTP_URL is required in production; keeping mail for /dev/mail is for development only',
    );
  });
});
