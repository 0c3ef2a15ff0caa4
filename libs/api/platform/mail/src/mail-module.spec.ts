import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, ConfigModule, loadConfig } from '@ascend/platform/config';
import { MailModule } from './mail.module';

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
