/**
 * Issue 9's baselines, served by the bare server (bare-server.ts) in its child process:
 * - POST /register: the registration's JSON body parsed, then ONE insert into `registration` as the application
 *   role, for the masterclass the body names. The tenant is named once per pooled connection (a session-level
 *   set_config when the pool connects), so a request is exactly that one statement: no seat count, no lock, no
 *   waitlist, no rate limit, no mail.
 * - GET /p/<practice>/masterclasses/<slug>: the same SELECT as Ascend's MasterclassPage, rendered by the same pure
 *   masterclassPageHtml into the built web app's index.html, cut by the same pageTemplate as Ascend's.
 */
import { readFileSync } from 'node:fs';
import type { Pool } from 'pg';
// The same pure files Ascend renders the page with (no framework comes with them).
/* eslint-disable @nx/enforce-module-boundaries */
import { masterclassPageHtml } from '../../../libs/api/events/src/public-pages/masterclass-page-html';
import { pageTemplate } from '../../../apps/api/src/page-template';
import { PUBLIC_MASTERCLASS_COLUMNS, PUBLIC_MASTERCLASS_FROM, type PublicMasterclassRow, publicMasterclassFromRow } from '../../../libs/api/events/src/public-pages/public-masterclass-rows';
/* eslint-enable @nx/enforce-module-boundaries */

export interface EventsBareConfig {
  /** The practice whose masterclasses the registrations go to: named once per pooled connection. */
  practiceId: string;
  /** The built web app's index.html, which the page is rendered into. */
  indexHtml: string;
  /** Ascend's PUBLIC_URL: the page's canonical and Open Graph address start with it. */
  publicUrl: string;
}

export interface RegistrationBody {
  variables?: { input?: { masterclassSlug?: string; name?: string; email?: string; question?: string; consent?: boolean } };
}

// What the form's consent says for the demo practice (libs/api/events registrationConsent): a row needs its words.
const CONSENT = 'I agree that the practice may email me about this masterclass and related coaching events.';
const PAGE = /^\/p\/([a-z0-9]+(?:-[a-z0-9]+)*)\/masterclasses\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Names the tenant for the whole session of every connection the pool opens, before its first request uses it. */
export function nameTenantOnConnect(pool: Pool, practiceId: string) {
  pool.on('connect', (client) => {
    // Queued before the request's own statement; should it fail, that statement fails for want of a tenant.
    client.query(`select set_config('app.tenant_id', $1, false)`, [practiceId]).catch(() => undefined);
  });
}

export function eventRoutes(pool: Pool, config: EventsBareConfig) {
  const template = pageTemplate(readFileSync(config.indexHtml, 'utf8')) ?? notFillable(config.indexHtml);

  /**
   * One statement: the registrant inserted into the masterclass the body names, as a row the seat counts ignore
   * (cancelled), so the baseline is one plain INSERT that waits for no lock and fires no count update.
   */
  async function register(body: RegistrationBody): Promise<unknown> {
    const input = body.variables?.input;
    if (!input?.masterclassSlug || !input.name || !input.email || input.consent !== true) throw new Error('incomplete registration');
    const { rows } = await pool.query<{ id: string; status: string }>(
      `insert into registration (tenant_id, masterclass_id, name, email, question, status, consent_text, confirmed_at)
       select m.tenant_id, m.id, $2, $3, $4, 'CANCELLED', $5, now()
         from masterclass m where m.tenant_id = current_setting('app.tenant_id')::uuid and m.slug = $1
       returning id, status`,
      [input.masterclassSlug, input.name, input.email.trim().toLowerCase(), (input.question ?? '').trim(), CONSENT],
    );
    if (!rows[0]) throw new Error(`no masterclass ${input.masterclassSlug}`);
    return { data: { registerForMasterclass: { alreadyRegistered: false, registration: rows[0] } } };
  }

  /** The page's HTML, or undefined when the address is not a masterclass page anyone may see. */
  async function page(path: string): Promise<string | undefined> {
    const [, practiceSlug, masterclassSlug] = PAGE.exec(path) ?? [];
    if (!practiceSlug) return undefined;
    const { rows } = await pool.query<PublicMasterclassRow>(
      `select ${PUBLIC_MASTERCLASS_COLUMNS} from ${PUBLIC_MASTERCLASS_FROM} where p.slug = $1 and pm.slug = $2`,
      [practiceSlug, masterclassSlug],
    );
    if (!rows[0]) return undefined;
    const masterclass = publicMasterclassFromRow(rows[0], new Date());
    return template(masterclassPageHtml(masterclass, `${config.publicUrl}/p/${practiceSlug}/masterclasses/${masterclassSlug}`));
  }

  return { register, page };
}

function notFillable(indexHtml: string): never {
  throw new Error(`${indexHtml} lacks the <title>, </head> or <div id="root"></div> a server page fills in`);
}
