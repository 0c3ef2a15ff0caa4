/** A slug is the practice's address: lower-case words joined by single hyphens, 3 to 63 characters. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return slug.length >= 3 && slug.length <= 63 && SLUG_PATTERN.test(slug);
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

export const WEB_ADDRESS_MAX_LENGTH = 2000;

/**
 * An address a public page may show or link to: https, or plain http on this machine while developing (a
 * visitor's browser would warn on any other http page). No credentials in it, no spaces around it.
 */
export function isPublicWebAddress(value: string): boolean {
  if (value.length > WEB_ADDRESS_MAX_LENGTH || value !== value.trim()) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return url.hostname.length > 0;
  return url.protocol === 'http:' && isThisMachine(url.hostname);
}

function isThisMachine(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** The call to action is a button: its text and its link make sense only together. */
export function callToActionProblems(ctaText: string, ctaUrl: string): { field: 'ctaText' | 'ctaUrl'; message: string }[] {
  if (ctaText && !ctaUrl) return [{ field: 'ctaUrl', message: 'is required with a call-to-action text' }];
  if (ctaUrl && !ctaText) return [{ field: 'ctaText', message: 'is required with a call-to-action link' }];
  return [];
}
