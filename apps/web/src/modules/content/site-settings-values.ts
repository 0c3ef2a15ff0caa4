import type { PracticeProfileInput } from '@ascend/web/data-access';
import type { PracticeProfile } from '../practices/use-practice';

export type SiteSettingsValues = Omit<PracticeProfileInput, 'socialLinks'> & { socialLinks: { label: string; url: string }[] };
type TextField = Exclude<keyof SiteSettingsValues, 'socialLinks'>;
/** A text field, or a social link's label or address by row ("socialLinks.2.url"). */
export type SiteSettingsField = TextField | `socialLinks.${number}.${'label' | 'url'}`;
export type SiteSettingsProblems = Partial<Record<SiteSettingsField, string>>;

export const MAX_SOCIAL_LINKS = 10;

const textFields: TextField[] = ['name', 'tagline', 'coachName', 'coachBio', 'photoUrl', 'ctaText', 'ctaUrl', 'timeZone'];

/** The API's field names (`input.socialLinks.1.url`) to the form's. */
export const fieldsByApiName: Record<string, SiteSettingsField> = Object.fromEntries([
  ...textFields.map((field) => [`input.${field}`, field]),
  ...Array.from({ length: MAX_SOCIAL_LINKS }, (_, i) => [
    [`input.socialLinks.${i}.label`, `socialLinks.${i}.label`],
    [`input.socialLinks.${i}.url`, `socialLinks.${i}.url`],
  ]).flat(),
]);

export function valuesOf(profile: PracticeProfile): SiteSettingsValues {
  return {
    name: profile.name,
    tagline: profile.tagline,
    coachName: profile.coachName,
    coachBio: profile.coachBio,
    photoUrl: profile.photoUrl,
    ctaText: profile.ctaText,
    ctaUrl: profile.ctaUrl,
    socialLinks: profile.socialLinks.map(({ label, url }) => ({ label, url })),
    timeZone: profile.timeZone,
  };
}

// The API takes https addresses only (http on this machine alone), so the public page never mixes in insecure content.
const WEB_ADDRESS = /^https:\/\/[^\s/]+\.[^\s]+$/i;
const limits: Partial<Record<TextField, number>> = { name: 120, tagline: 160, coachName: 120, coachBio: 5000, photoUrl: 2000, ctaText: 200, ctaUrl: 2000 };

/** What the browser can tell is wrong before asking the API. */
export function settingsProblems(values: SiteSettingsValues): SiteSettingsProblems {
  const problems: SiteSettingsProblems = {};
  if (!values.name.trim()) problems.name = 'Enter the practice’s name';
  for (const [field, limit] of Object.entries(limits) as [TextField, number][]) {
    if (values[field].trim().length > limit) problems[field] = `At most ${limit.toLocaleString()} characters`;
  }
  if (values.photoUrl.trim() && !WEB_ADDRESS.test(values.photoUrl.trim())) problems.photoUrl = 'Enter an https:// address of the photo';
  if (values.ctaUrl.trim() && !WEB_ADDRESS.test(values.ctaUrl.trim())) problems.ctaUrl = 'Enter an https:// address';
  if (values.ctaText.trim() && !values.ctaUrl.trim()) problems.ctaUrl = 'Where should the button lead?';
  if (values.ctaUrl.trim() && !values.ctaText.trim()) problems.ctaText = 'What should the button say?';
  values.socialLinks.forEach((link, i) => {
    if (!link.label.trim()) problems[`socialLinks.${i}.label`] = 'Name the link, e.g. LinkedIn';
    else if (link.label.trim().length > 40) problems[`socialLinks.${i}.label`] = 'At most 40 characters';
    if (!WEB_ADDRESS.test(link.url.trim())) problems[`socialLinks.${i}.url`] = 'Enter an https:// address';
  });
  return problems;
}

export function inputOf(values: SiteSettingsValues): PracticeProfileInput {
  return {
    name: values.name.trim(),
    tagline: values.tagline.trim(),
    coachName: values.coachName.trim(),
    coachBio: values.coachBio.trim(),
    photoUrl: values.photoUrl.trim(),
    ctaText: values.ctaText.trim(),
    ctaUrl: values.ctaUrl.trim(),
    socialLinks: values.socialLinks.map((link) => ({ label: link.label.trim(), url: link.url.trim() })),
    timeZone: values.timeZone,
  };
}
