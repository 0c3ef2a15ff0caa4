import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevOutbox, newMailId } from './dev-outbox';
import type { SentMail } from './mail.types';

describe('DevOutbox', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ascend-outbox-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const mail = (at: string, subject: string): SentMail => ({
    id: newMailId(new Date(at)),
    from: 'Ascend <no-reply@ascend.test>',
    to: 'coach@example.com',
    subject,
    text: subject,
    sentAt: at,
  });

  it('makes ids that sort by time and do not collide', () => {
    const at = new Date('2026-11-21T19:53:00.123Z');
    expect(newMailId(at)).toMatch(/^20261121T195300123Z-[0-9a-f]{8}$/);
    expect(newMailId(at)).not.toBe(newMailId(at));
    expect(newMailId(new Date('2026-11-21T19:53:00.124Z')) > newMailId(at)).toBe(true);
  });

  it('creates its folder, keeps one JSON file per mail, and lists newest first', async () => {
    const outbox = new DevOutbox(join(dir, 'nested', 'mail'));
    const older = mail('2026-11-21T10:00:00.000Z', 'older');
    const newer = mail('2026-11-21T11:00:00.000Z', 'newer');
    await outbox.keep(newer);
    await outbox.keep(older);
    expect((await readdir(outbox.dir)).sort()).toEqual([`${older.id}.json`, `${newer.id}.json`]);
    expect((await outbox.list()).map((kept) => kept.subject)).toEqual(['newer', 'older']);
    expect(await outbox.get(older.id)).toEqual(older);
  });

  it('lists nothing for a folder that does not exist yet', async () => {
    expect(await new DevOutbox(join(dir, 'missing')).list()).toEqual([]);
  });

  it('reads only its own files by well-formed ids, so an id cannot reach outside the folder', async () => {
    const outbox = new DevOutbox(join(dir, 'mail'));
    await writeFile(join(dir, 'secret.json'), '{"subject":"not mail"}');
    expect(await outbox.get('../secret')).toBeUndefined();
    expect(await outbox.get(newMailId(new Date()))).toBeUndefined();
  });

  it('clears only the kept mail', async () => {
    const outbox = new DevOutbox(dir);
    await outbox.keep(mail('2026-11-21T10:00:00.000Z', 'a'));
    await outbox.keep(mail('2026-11-21T10:00:01.000Z', 'b'));
    await writeFile(join(dir, 'notes.json'), '{}');
    expect(await outbox.clear()).toBe(2);
    expect(await outbox.list()).toEqual([]);
    expect(await readdir(dir)).toEqual(['notes.json']);
  });
});
