import cookieParser from 'cookie-parser';
import type { CookieOptions, Request, Response } from 'express';

export const REFRESH_COOKIE = 'ascend_refresh';

/** The refresh token lives only in an HttpOnly cookie scoped to /graphql, out of reach of page scripts. */
function options(publicUrl: string, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: publicUrl.startsWith('https:'), path: '/graphql', ...(expires ? { expires } : {}) };
}

export function setRefreshCookie(res: Response, publicUrl: string, token: string, expires: Date) {
  res.cookie(REFRESH_COOKIE, token, options(publicUrl, expires));
}

export function clearRefreshCookie(res: Response, publicUrl: string) {
  res.clearCookie(REFRESH_COOKIE, options(publicUrl));
}

// Parsed only by the operations that read the cookie, not on every request on the way in.
const parseCookies = cookieParser();

export function refreshCookieOf(req: Request): string | undefined {
  if (req.cookies === undefined) parseCookies(req, undefined as never, () => undefined);
  const value = (req.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
