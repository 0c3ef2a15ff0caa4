/** An article published in the week, as the draft lists it. */
export interface WeekArticle {
  title: string;
  description: string;
  url: string;
}

/** A masterclass coming up, with its public page. */
export interface ComingMasterclass {
  title: string;
  startsAt: Date;
  /** The public registration page, without the newsletter tag (added here). */
  url: string;
}

export interface WeeklyDraftInput {
  practiceName: string;
  timeZone: string;
  /** The Monday of the week, YYYY-MM-DD: the issue's week and the registration links' source tag. */
  weekOf: string;
  articles: WeekArticle[];
  masterclasses: ComingMasterclass[];
}

export interface WeeklyDraft {
  subject: string;
  preheader: string;
  body: string;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The local date, ISO weekday (1 Monday .. 7 Sunday) and hour (0-23) of `at` in `timeZone`. */
export function localDay(at: Date, timeZone: string): { date: string; weekday: number; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: WEEKDAYS[parts.weekday], hour: Number(parts.hour) };
}

/** The local hour of the chosen day at which the draft is made: once, so a draft the coach deleted stays deleted. */
export const DRAFT_HOUR = 6;

/** Whether `at` is the hour to draft the week's issue for a practice that chose `weekday`. */
export function isDraftHour(at: Date, timeZone: string, weekday: number): boolean {
  const local = localDay(at, timeZone);
  return local.weekday === weekday && local.hour === DRAFT_HOUR;
}

/** The Monday (YYYY-MM-DD) of the week `at` falls in, in `timeZone`. */
export function weekOf(at: Date, timeZone: string): string {
  const { date, weekday } = localDay(at, timeZone);
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - (weekday - 1))).toISOString().slice(0, 10);
}

/** Markdown link text: brackets would end the link early. */
const linkText = (text: string) => text.replace(/([[\]\\])/g, '\\$1');

/**
 * The weekly insights draft: the week's articles (title linked, with their description) and the masterclasses of
 * the coming month (title, date in the practice's zone, a registration link tagged with the issue), and a note for
 * the coach to make it their own. Nothing published and nothing coming: no draft.
 */
export function composeWeeklyDraft({ practiceName, timeZone, weekOf: week, articles, masterclasses }: WeeklyDraftInput): WeeklyDraft | null {
  if (!articles.length && !masterclasses.length) return null;
  const when = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  const lead = articles[0]?.title ?? masterclasses[0].title;
  const sections: string[] = [
    '_A note from you: replace this line with what is on your mind this week, in two or three sentences. Readers answer a personal note far more than a list._',
  ];
  if (articles.length) {
    sections.push('## New this week', ...articles.map((a) => `**[${linkText(a.title)}](${a.url})**${a.description ? `  \n${a.description}` : ''}`));
  }
  if (masterclasses.length) {
    sections.push(
      '## Coming up',
      ...masterclasses.map((m) => {
        const link = `${m.url}${m.url.includes('?') ? '&' : '?'}ref=newsletter&issue=${week}`;
        return `**${m.title}**  \n${when.format(m.startsAt)} — complimentary seats are limited. [Save your seat](${link})`;
      }),
    );
  }
  const counts = [
    articles.length ? `${articles.length} new article${articles.length === 1 ? '' : 's'}` : '',
    masterclasses.length ? `${masterclasses.length} masterclass${masterclasses.length === 1 ? '' : 'es'} coming up` : '',
  ].filter(Boolean);
  return {
    subject: `This week at ${practiceName}: ${lead}`.slice(0, 200),
    preheader: counts.join(' and ').slice(0, 200),
    body: sections.join('\n\n'),
  };
}
