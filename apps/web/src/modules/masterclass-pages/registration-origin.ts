import type { RegistrationOriginInput } from '@ascend/web/data-access';

// The API takes at most 200 characters a value: a longer tag is cut rather than failing the registration.
const clean = (value: string | null) => value?.trim().slice(0, 200) || null;

/**
 * Where the registrant came from, read from the link they followed: `?ref=newsletter&issue=…` from a newsletter
 * issue, and the usual `utm_source`, `utm_medium` and `utm_campaign`. Null for a bare link (a direct registration).
 */
export function registrationOrigin(search: URLSearchParams): RegistrationOriginInput | null {
  const origin: RegistrationOriginInput = {
    newsletterIssue: search.get('ref') === 'newsletter' ? clean(search.get('issue')) : null,
    utmSource: clean(search.get('utm_source')),
    utmMedium: clean(search.get('utm_medium')),
    utmCampaign: clean(search.get('utm_campaign')),
  };
  return Object.values(origin).some((value) => value !== null) ? origin : null;
}
