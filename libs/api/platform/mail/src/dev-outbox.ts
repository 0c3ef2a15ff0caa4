import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SentMail } from './mail.types';

// Time to the millisecond, then a random part: file names sort by time and never collide across processes.
const MAIL_ID = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;

export function newMailId(at: Date): string {
  return `${at.toISOString().replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}`;
}

/**
 * Development mail kept as one JSON file per message. Files rather than memory, so every API process
 * (and a restart) sees the same outbox.
 */
export class DevOutbox {
  constructor(readonly dir: string) {}

  async keep(mail: SentMail): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.file(mail.id);
    // Written aside and renamed, so another process never reads half a message.
    await writeFile(`${file}.tmp`, `${JSON.stringify(mail, null, 2)}\n`);
    await rename(`${file}.tmp`, file);
  }

  /** Newest first. */
  async list(): Promise<SentMail[]> {
    const ids = (await this.ids()).sort().reverse();
    const mails = await Promise.all(ids.map((id) => this.get(id)));
    return mails.filter((mail) => mail !== undefined);
  }

  async get(id: string): Promise<SentMail | undefined> {
    if (!MAIL_ID.test(id)) return undefined;
    let content: string;
    try {
      content = await readFile(this.file(id), 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    try {
      return JSON.parse(content) as SentMail;
    } catch (error) {
      throw new Error(`Kept mail ${this.file(id)} is not valid JSON: ${(error as Error).message}`);
    }
  }

  /** Removes the kept messages (only those: the folder may be shared) and says how many there were. */
  async clear(): Promise<number> {
    const ids = await this.ids();
    await Promise.all(ids.map((id) => rm(this.file(id), { force: true })));
    return ids.length;
  }

  private file(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  private async ids(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).map((name) => name.replace(/\.json$/, '')).filter((id) => MAIL_ID.test(id));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
