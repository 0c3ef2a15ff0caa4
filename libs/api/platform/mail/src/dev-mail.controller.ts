import { Controller, Delete, Get, Header, Param, Res, StreamableFile, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { attachmentPath, DEV_MAIL_PAGE_POLICY, messagePage, outboxPage } from './dev-mail-pages';
import { DevOutbox } from './dev-outbox';
import { extractLinks } from './links';
import { LoopbackOnlyGuard } from './loopback-only.guard';

/**
 * The dev outbox for people (HTML pages) and browser tests (messages.json). Mounted only in development without
 * SMTP, and answers only requests made on this machine.
 */
@Controller('dev/mail')
@UseGuards(LoopbackOnlyGuard)
export class DevMailController {
  constructor(private readonly outbox: DevOutbox) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', DEV_MAIL_PAGE_POLICY)
  @Header('cache-control', 'no-store')
  async index(): Promise<string> {
    return outboxPage(await this.outbox.list(), this.outbox.dir);
  }

  @Get('messages.json')
  @Header('cache-control', 'no-store')
  async messages() {
    return (await this.outbox.list()).map((mail) => ({
      id: mail.id,
      from: mail.from,
      to: mail.to,
      replyTo: mail.replyTo ?? null,
      subject: mail.subject,
      tag: mail.tag ?? null,
      sentAt: mail.sentAt,
      text: mail.text,
      html: mail.html ?? null,
      links: extractLinks(mail.text, mail.html),
      // Only on mail that has some, so the shape of every other message stays as it was.
      ...(mail.attachments?.length
        ? {
            attachments: mail.attachments.map((file, index) => ({
              filename: file.filename,
              contentType: file.contentType,
              size: file.size,
              url: attachmentPath(mail.id, index),
            })),
          }
        : {}),
    }));
  }

  @Get(':id')
  async show(@Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const mail = await this.outbox.get(id);
    res.set({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    if (!mail) {
      res.status(404).type('text/plain; charset=utf-8');
      return `No kept mail with id "${id}". It may have been cleared; see /dev/mail for what is kept.\n`;
    }
    res.type('text/html; charset=utf-8').set('content-security-policy', DEV_MAIL_PAGE_POLICY);
    return messagePage(mail);
  }

  /** An attachment as a download: never rendered on this origin, whatever its type claims. */
  @Get(':id/attachments/:index')
  async attachment(@Param('id') id: string, @Param('index') index: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile | string> {
    const file = /^\d+$/.test(index) ? (await this.outbox.get(id))?.attachments?.[Number(index)] : undefined;
    res.set({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; sandbox" });
    if (!file) {
      res.status(404).type('text/plain; charset=utf-8');
      return `No attachment ${index} on kept mail "${id}"; see /dev/mail/${id} for what it has.\n`;
    }
    // attachment() also guesses a type from the file name: the type the mail gave wins.
    res.attachment(file.filename).setHeader('content-type', file.contentType);
    return new StreamableFile(Buffer.from(file.contentBase64, 'base64'));
  }

  @Delete()
  async clear(): Promise<{ deleted: number }> {
    return { deleted: await this.outbox.clear() };
  }
}
