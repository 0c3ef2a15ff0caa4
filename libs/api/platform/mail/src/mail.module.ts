import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ascend/platform/config';
import { DevMailController } from './dev-mail.controller';
import { DevOutbox } from './dev-outbox';
import { Mailer } from './mailer';

/** Mail is kept for /dev/mail instead of sent only outside production and only while no SMTP server is configured. */
export function keepsDevMail(config: Pick<AppConfig, 'isProduction' | 'mail'>): boolean {
  return !config.isProduction && !config.mail.smtpUrl;
}

/**
 * Provides `Mailer` everywhere. Takes the configuration because routes are fixed when the module is
 * built: in production or with SMTP the dev pages do not exist at all, rather than exist and refuse.
 */
@Module({})
export class MailModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MailModule,
      global: true,
      providers: [{ provide: DevOutbox, inject: [APP_CONFIG], useFactory: (app: AppConfig) => new DevOutbox(app.mail.devMailDir) }, Mailer],
      controllers: keepsDevMail(config) ? [DevMailController] : [],
      exports: [Mailer],
    };
  }
}
