import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '@ascend/platform/mail';
import type { RenderedPage } from '@ascend/events';

interface TestApp {
  db: { query<T>(sql: string, parameters?: unknown[]): Promise<T[]> };
}

let counter = 0;

/** A masterclass of the practice, written as the cluster administrator: published and some days ahead by default. */
export async function insertMasterclass(
  t: TestApp,
  practiceId: string,
  spec: { title?: string; startsInHours?: number; status?: 'DRAFT' | 'PUBLISHED' | 'CANCELLED' } = {},
): Promise<{ slug: string; title: string }> {
  counter += 1;
  const title = spec.title ?? `Leading without fixing ${counter}`;
  const slug = `leading-without-fixing-${counter}-${Date.now().toString(36)}`;
  await t.db.query(
    `insert into masterclass (tenant_id, slug, title, description, starts_at, duration_minutes, time_zone, capacity, registration_deadline, status, published_at)
     values ($1, $2, $3, 'An hour on handing work back.', now() + $4 * interval '1 hour', 60, 'Europe/London', 20,
             now() + $4 * interval '1 hour', $5, case when $5 <> 'DRAFT' then now() end)`,
    [practiceId, slug, title, spec.startsInHours ?? 72, spec.status ?? 'PUBLISHED'],
  );
  return { slug, title };
}

/** The public profile's promotional fields, as an owner would set them. */
export async function setProfile(t: TestApp, practiceId: string, profile: { coachName?: string; coachBio?: string; photoUrl?: string; ctaText?: string; ctaUrl?: string }) {
  await t.db.query(
    `update practice set coach_name = $2, coach_bio = $3, photo_url = $4, cta_text = $5, cta_url = $6 where id = $1`,
    [practiceId, profile.coachName ?? '', profile.coachBio ?? '', profile.photoUrl ?? '', profile.ctaText ?? '', profile.ctaUrl ?? ''],
  );
}

interface Page {
  path: string;
  render(params: Record<string, string>): Promise<RenderedPage | undefined>;
}

/**
 * The pages behind HTTP as apps/api's web app mounts them (its serveWebApp lives in the app, which a library may
 * not import): an Express route per page for requests that accept HTML, the page filled into a minimal shell, and
 * a 404 when the page has nothing to show.
 */
export async function servePages(pages: Page[]): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  for (const page of pages) {
    app.get(page.path, (req, res, next) => {
      if (!req.accepts('html')) return next();
      page.render(req.params as Record<string, string>).then((rendered) => {
        if (!rendered) return void res.status(404).type('html').send('<!doctype html><html><head><title>Not found</title></head><body><div id="root"></div></body></html>');
        res
          .status(rendered.status)
          .type('html')
          .send(`<!doctype html><html><head><title>${escapeHtml(rendered.title)}</title>\n${rendered.head}</head><body><div id="root">${rendered.body}</div></body></html>`);
      }, next);
    });
  }
  const server: Server = await new Promise((resolve) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
