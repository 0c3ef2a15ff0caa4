import type { RunningApi } from './server';

export interface KeptMail {
  to: string;
  subject: string;
  tag: string | null;
  links: string[];
  attachments?: { filename: string; contentType: string; url: string }[];
}

/**
 * The newest kept mail that `matches`, read from the dev outbox. Mail is sent by a job after the change commits, so
 * it may arrive just after the page moved on: this waits up to 20 s for it.
 */
async function waitForMail(api: RunningApi, matches: (mail: KeptMail) => boolean, what: string): Promise<KeptMail> {
  for (let attempt = 0; attempt < 80; attempt++) {
    const mails = (await (await fetch(`${api.url}/dev/mail/messages.json`)).json()) as KeptMail[];
    const mail = mails.find(matches);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No ${what} in ${api.url}/dev/mail`);
}

/** The newest mail with `tag` to `to`. */
export function mailTo(api: RunningApi, to: string, tag: string): Promise<KeptMail> {
  return waitForMail(api, (mail) => mail.to === to && mail.tag === tag, `"${tag}" mail to ${to}`);
}

/** The link to `path` in the newest mail with `tag` to `to`, as a path the page opens on its own origin. */
export async function linkFromMail(api: RunningApi, to: string, tag: string, path: string): Promise<string> {
  const linksTo = (mail: KeptMail) => mail.links.find((href) => new URL(href).pathname === path);
  const mail = await waitForMail(api, (kept) => kept.to === to && kept.tag === tag && !!linksTo(kept), `"${tag}" mail to ${to} with a link to ${path}`);
  const url = new URL(linksTo(mail)!);
  return `${url.pathname}${url.search}`;
}
