import type { IncomingMessage } from 'node:http';
import type { StripeState } from './stripe-state';
import { missing, newId, StripeApiError } from './stripe-state';
import type { Route } from './stripe-params';
import { parseForm } from './stripe-params';
import { snapshot } from './stripe-objects';
import { billingRoutes } from './stripe-billing-api';
import { checkoutRoutes } from './stripe-checkout';
import { connectRoutes } from './stripe-connect';

export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  stripeAccount?: string;
}

interface StoredAnswer {
  fingerprint: string;
  answer: ApiAnswer;
}

/** Stripe's /v1 API: authentication, the Stripe-Account scope, idempotency keys, routing and Stripe's error format. */
export class StripeApi {
  readonly requests: RecordedRequest[] = [];
  private readonly routes: Route[];
  private readonly answered = new Map<string, StoredAnswer>();

  constructor(
    private readonly state: StripeState,
    private readonly secretKey: string,
  ) {
    this.routes = [
      ...billingRoutes(state),
      ...checkoutRoutes(state),
      ...connectRoutes(state),
      {
        method: 'GET',
        path: /^\/v1\/events\/([^/]+)$/,
        handle: ({ account }, id) => {
          const event = state.events.events.find((candidate) => candidate.id === id && candidate.account === account);
          if (!event) throw missing('event', id);
          return event;
        },
      },
    ];
  }

  answer(request: IncomingMessage, url: URL, raw: string): ApiAnswer {
    const method = request.method ?? 'GET';
    const idempotencyKey = header(request, 'idempotency-key');
    const account = header(request, 'stripe-account');
    this.requests.push({ method, path: url.pathname, ...(idempotencyKey ? { idempotencyKey } : {}), ...(account ? { stripeAccount: account } : {}) });
    const requestId = newId('req_', 14);
    try {
      this.authenticate(header(request, 'authorization'));
      if (account && !this.state.store.find('account', account)) {
        throw new StripeApiError(403, 'invalid_request_error', `The provided key does not have access to account '${account}' (or that account does not exist).`, {
          code: 'account_invalid',
        });
      }
      // Stripe keys replays by account: the same key under two accounts is two requests.
      const scopedKey = method === 'POST' && idempotencyKey ? `${account ?? ''} ${idempotencyKey}` : undefined;
      const fingerprint = `${method} ${url.pathname}\n${raw}`;
      const earlier = scopedKey ? this.answered.get(scopedKey) : undefined;
      if (earlier) {
        if (earlier.fingerprint !== fingerprint) {
          throw new StripeApiError(
            400,
            'idempotency_error',
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          );
        }
        return { ...earlier.answer, headers: { ...earlier.answer.headers, 'Idempotent-Replayed': 'true' } };
      }
      const answer = this.route(method, url, raw, { account, requestId, idempotencyKey });
      // Like Stripe, only requests that ran are remembered; a refused one may be retried with the same key.
      if (scopedKey) this.answered.set(scopedKey, { fingerprint, answer });
      return answer;
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      return json(error.status, error.body(), requestId);
    }
  }

  private authenticate(authorization: string | undefined): void {
    if (!authorization) {
      throw new StripeApiError(
        401,
        'invalid_request_error',
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      );
    }
    const key = authorization.replace(/^Bearer\s+/i, '');
    if (key !== this.secretKey) {
      throw new StripeApiError(401, 'invalid_request_error', `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`);
    }
  }

  private route(method: string, url: URL, raw: string, context: { account?: string; requestId: string; idempotencyKey?: string }): ApiAnswer {
    for (const route of this.routes) {
      const match = route.method === method ? route.path.exec(url.pathname) : null;
      if (!match) continue;
      // Stripe reads GET and DELETE parameters from the query string, POST parameters from the body.
      const params = { ...parseForm(url.search.slice(1)), ...parseForm(raw) };
      const cause = { account: context.account, request: { id: context.requestId, idempotency_key: context.idempotencyKey ?? null } };
      const body = route.handle({ params, account: context.account, cause }, ...match.slice(1).map(decodeURIComponent));
      const expand = Array.isArray(params.expand) ? params.expand.filter((path) => typeof path === 'string') : [];
      const expanded = expand.reduce<unknown>(
        (target, path) => expandPath(target, path.split('.'), (id) => this.state.store.findAny(id, context.account)),
        expand.length > 0 ? snapshot(body) : body,
      );
      return json(200, expanded as object, context.requestId);
    }
    throw new StripeApiError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${url.pathname}). The Stripe test server does not implement it.`);
  }
}

/** Replaces the id at `path` (`data.` walks a list) with the object it names, as `expand[]` asks; unknown paths stay. */
function expandPath(target: unknown, [head, ...rest]: string[], find: (id: string) => object | undefined): unknown {
  if (!target || typeof target !== 'object') return target;
  const record = target as Record<string, unknown>;
  if (head === 'data' && Array.isArray(record.data)) {
    record.data = record.data.map((item: unknown) => expandPath(item, rest, find));
    return record;
  }
  const value = record[head];
  const found = typeof value === 'string' ? find(value) : undefined;
  const resolved = found ? snapshot(found) : value;
  record[head] = rest.length > 0 ? expandPath(resolved, rest, find) : resolved;
  return record;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value) || undefined;
}

function json(status: number, body: object, requestId: string): ApiAnswer {
  return { status, headers: { 'Content-Type': 'application/json', 'Request-Id': requestId }, body: JSON.stringify(body, null, 2) };
}
