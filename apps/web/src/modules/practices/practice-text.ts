/** The API stores the bio as plain text with blank lines between paragraphs. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** "2:05 PM GMT" in the given IANA zone, or null if the browser does not know the zone. */
export function localTimeIn(timeZone: string, now: Date, locale?: string): string | null {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(now);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
