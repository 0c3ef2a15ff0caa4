import type { UserEvent } from '@testing-library/user-event';

/**
 * Replaces a field's text in one input event, as pasting does. Key-by-key typing costs a render per character,
 * which in jsdom adds seconds to a long form without testing anything more.
 */
export async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}
