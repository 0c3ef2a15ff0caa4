import { type Cause, invalid, StripeApiError } from './stripe-state';
import { list, type List } from './stripe-objects';

export type Param = string | Params | Param[];
export interface Params {
  [key: string]: Param;
}

/** Parses Stripe's form encoding (`a[b][0][c]=x`, as the SDK sends bodies and query strings) into nested values. */
export function parseForm(text: string): Params {
  const root: Params = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(key);
    if (!match) continue;
    const path = [match[1], ...[...match[2].matchAll(/\[([^\]]*)\]/g)].map((segment) => segment[1])];
    let node = root;
    path.forEach((segment, index) => {
      // `expand[]=a&expand[]=b`: an empty index appends.
      const name = segment === '' ? String(Object.keys(node).length) : segment;
      if (index === path.length - 1) {
        node[name] = value;
        return;
      }
      const next = node[name];
      node = typeof next === 'object' && !Array.isArray(next) ? next : (node[name] = {});
    });
  }
  return arrayify(root) as Params;
}

// Objects keyed 0..n-1 were arrays on the client's side.
function arrayify(value: Param): Param {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((key) => [key, arrayify(value[key])] as const);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, item]) => item);
  }
  return Object.fromEntries(entries);
}

export function optionalText(params: Params, name: string, param = name): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(param, `Invalid string: ${param} must be a string.`);
  return value;
}

export function requiredText(params: Params, name: string, param = name): string {
  const value = optionalText(params, name, param);
  if (value === undefined || value === '') throw invalid(param, `Missing required param: ${param}.`, 'parameter_missing');
  return value;
}

export function optionalInteger(params: Params, name: string, param = name): number | undefined {
  const value = optionalText(params, name, param);
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw invalid(param, `Invalid integer: ${value}`);
  return Number(value);
}

export function optionalBoolean(params: Params, name: string, param = name): boolean | undefined {
  const value = optionalText(params, name, param);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') throw invalid(param, `Invalid boolean: ${value}`);
  return value === 'true';
}

export function optionalObject(params: Params, name: string, param = name): Params | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(param, `Invalid object: ${param} must be a hash.`);
  return value;
}

export function optionalArray(params: Params, name: string, param = name): Params[] | undefined {
  const value = params[name];
  if (value === undefined || value === '') return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'object' || Array.isArray(item))) {
    throw invalid(param, `Invalid array: ${param} must be an array of hashes.`);
  }
  return value as Params[];
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], param: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw invalid(param, `Invalid ${param}: must be one of ${allowed.join(', ')}`);
  return value as T;
}

/**
 * Applies a metadata parameter the way Stripe does: keys merge in, a key set to '' is removed, and `metadata=''`
 * clears everything.
 */
export function applyMetadata(current: Record<string, string>, params: Params, name = 'metadata'): Record<string, string> {
  const value = params[name];
  if (value === undefined) return current;
  if (value === '') return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(name, `Invalid object: ${name} must be a hash.`);
  const next = { ...current };
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') throw invalid(`${name}[${key}]`, `Invalid string: ${name}[${key}] must be a string.`);
    if (item === '') delete next[key];
    else next[key] = item;
  }
  return next;
}

/** A page of a newest-first list, honouring `limit` (1 to 100, default 10) and `starting_after`. */
export function page<T extends { id: string }>(items: T[], params: Params, url: string): List<T> {
  const limit = optionalInteger(params, 'limit') ?? 10;
  if (limit < 1 || limit > 100) throw invalid('limit', 'Invalid limit: must be between 1 and 100');
  const after = optionalText(params, 'starting_after');
  let start = 0;
  if (after) {
    start = items.findIndex((item) => item.id === after) + 1;
    if (start === 0) throw new StripeApiError(400, 'invalid_request_error', `No such object: '${after}'`, { code: 'resource_missing', param: 'starting_after' });
  }
  return list(items.slice(start, start + limit), url, items.length > start + limit);
}

/** One API request as a resource handler sees it. */
export interface ApiCall {
  params: Params;
  /** The connected account named by the Stripe-Account header. */
  account?: string;
  cause: Cause;
}

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  path: RegExp;
  handle: (call: ApiCall, ...ids: string[]) => object;
}
