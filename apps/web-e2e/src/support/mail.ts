import type { RunningApi } from './server';

interface KeptMail {
  to: string;
  subject: string;
  tag: string | null;
  links: string[];
}

/**
 * The link of the newest mail with `tag` sent to `to`, read from the dev outbox. Waits a little, since the mail
 * may be written just after the page moved on. Returned as a path, which the page opens on its own origin.
 */
export async function linkFromMail(api: RunningApi, to: string, tag: string, path: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const mails = (await (await fetch(`${api.url}/dev/mail/messages.json`)).json()) as KeptMail[];
    const link = mails.find((mail) => mail.to === to && mail.tag === tag)?.links.find((href) => new URL(href).pathname === path);
    if (link) {
      const url = new URL(link);
      return `${url.pathname}${url.search}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No "${tag}" mail to ${to} with a link to ${path} in ${api.url}/dev/mail`);
}
