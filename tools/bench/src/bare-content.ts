/**
 * Issue 10's baselines, served by the bare server (bare-server.ts) in its child process:
 * - GET /p/<practice>/articles and /p/<practice>/articles/<slug>: the same one statement as Ascend's server pages,
 *   its rows rendered by the same pure functions into the built web app's index.html, cut by the same template.
 * - POST /subscribe: ONE insert of a pending subscriber with its consent record, for the practice named once per
 *   pooled connection: no practice lookup, no rate limit, no confirmation job.
 */
import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';
/* eslint-disable @nx/enforce-module-boundaries */
import { pageTemplate } from '../../../apps/api/src/page-template';
import { articleListHtml } from '../../../libs/api/content/src/public-site/article-list-html';
import { articlePageHtml } from '../../../libs/api/content/src/public-site/article-page-html';
import { articleFromRows, articleListFromRows, articleListQuery, articleQuery } from '../../../libs/api/content/src/public-site/site-queries';
import { mergeBySlug } from '../../../libs/api/content/src/public-site/taxonomy';
/* eslint-enable @nx/enforce-module-boundaries */

export interface ContentBareConfig {
  indexHtml: string;
  publicUrl: string;
}

export interface SubscribeBody {
  variables?: { input?: { email?: string; name?: string; consent?: boolean; source?: string } };
}

const LIST = /^\/p\/([a-z0-9]+(?:-[a-z0-9]+)*)\/articles$/;
const ARTICLE = /^\/p\/([a-z0-9]+(?:-[a-z0-9]+)*)\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
// As many cards as Ascend's list page shows (libs/api/content LIST_PAGE_SIZE).
const LIST_SIZE = 20;
const CONSENT = 'I would like to receive the newsletter by email.';

export function contentRoutes(pool: Pool, config: ContentBareConfig) {
  const template = pageTemplate(readFileSync(config.indexHtml, 'utf8'));
  if (!template) throw new Error(`${config.indexHtml} cannot be filled in`);

  async function page(path: string): Promise<string | undefined> {
    const list = LIST.exec(path);
    if (list) {
      const query = articleListQuery(list[1], { limit: LIST_SIZE, offset: 0, withCategories: true });
      const read = articleListFromRows((await pool.query(query.sql, query.parameters)).rows);
      if (!read) return undefined;
      return template!(articleListHtml({ ...read, categories: mergeBySlug(read.categories), list: { kind: 'all' }, publicUrl: config.publicUrl }));
    }
    const one = ARTICLE.exec(path);
    if (!one) return undefined;
    const query = articleQuery(one[1], one[2], { withMasterclasses: true });
    const read = articleFromRows((await pool.query(query.sql, query.parameters)).rows, new Date());
    if (!read?.article) return undefined;
    return template!(articlePageHtml({ ...read, article: read.article, publicUrl: config.publicUrl }));
  }

  async function subscribe(body: SubscribeBody, ip: string): Promise<unknown> {
    const input = body.variables?.input;
    if (!input?.email || input.consent !== true) throw new Error('incomplete signup');
    await pool.query(
      `insert into subscriber (tenant_id, email, name, source, consent_at, consent_ip, consent_text, consent_source, confirmation_sent_at)
       values (current_setting('app.tenant_id')::uuid, $1, $2, 'SIGNUP_FORM', now(), $3, $4, $5, now())
       on conflict (tenant_id, email) do nothing`,
      [input.email.trim().toLowerCase(), input.name ?? '', ip, CONSENT, input.source ?? 'bench'],
    );
    return { data: { subscribeToNewsletter: { message: 'Check your inbox' } } };
  }

  return { page, subscribe };
}
