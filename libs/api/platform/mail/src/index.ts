export * from './email-layout';
export { extractLinks } from './links';
export * from './mail.module';
export * from './mail.types';
export { Mailer } from './mailer';
export { DevOutbox } from './dev-outbox';
export { escapeHtml } from './escape-html';
