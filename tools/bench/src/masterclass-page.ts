// Issue 9's public masterclass page: the HTML a link preview reads (title, time, description in the server's
// answer), from Ascend and from a bare node:http + pg server rendering the same row with the same pure function.
import { type EventsData, PRACTICE_SLUG } from './events-data';
import { clip, get, type ReadScenario } from './scenarios';
import { BenchFailure } from './support';

const PAGE = {
  slug: 'bench-first-ninety-days',
  title: 'The first ninety days as a leader of leaders',
  startsAt: new Date('2036-06-12T16:30:00Z'),
  timeZone: 'America/New_York',
  capacity: 40,
  registrations: 25,
  description: [
    '## Why this masterclass',
    'Most new leaders keep doing the work that made them good at their last job. Ninety minutes on what to hand over, what to decide, and what to stop.',
    '- Name the three decisions only you can make',
    '- Hand over the fire-fighting without losing the team',
    '- Set one bold goal for the next twelve months',
    'Bring one decision you have been circling for months. Questions are welcome when you register; see [how we work](https://ridgeline.example/method).',
  ].join('\n\n'),
};

// How the page must show them: the title as the heading, the time in its presenting zone (16:30 UTC is 12:30 in New
// York's summer time), and the description's words.
const EXPECTED: Record<string, RegExp> = {
  title: new RegExp(`<h1>${PAGE.title}</h1>`),
  time: /<time datetime="2036-06-12T16:30:00\.000Z">[^<]*\b12:30\b[^<]*America\/New.York[^<]*<\/time>/,
  description: /Most new leaders keep doing the work that made them good at their last job\./,
};

export const pagePath = `/p/${PRACTICE_SLUG}/masterclasses/${PAGE.slug}`;

/** The page's masterclass, with some registrations (the page counts the seats taken). */
export async function publishPageMasterclass(data: EventsData): Promise<void> {
  const { registrations, ...masterclass } = PAGE;
  const id = await data.publish(masterclass);
  await data.registerGuests(id, registrations);
}

function missing(text: string): string | undefined {
  const absent = Object.entries(EXPECTED).filter(([, fragment]) => !fragment.test(text));
  return absent.length ? `no ${absent.map(([what]) => what).join(', ')} in the HTML` : undefined;
}

export function pageScenario(): ReadScenario {
  return {
    name: 'public masterclass page (HTML)',
    replay: 'masterclass-page',
    method: 'GET',
    body: '',
    headers: { accept: 'text/html' },
    check: (_body, text) => missing(text),
  };
}

/** Both servers must answer the same bytes, holding the title, the time and the description, or the ratio means nothing. */
export async function checkSamePage(ascendUrl: string, bareUrl: string): Promise<void> {
  const [ascend, bare] = await Promise.all([get(ascendUrl, { accept: 'text/html' }), get(bareUrl, { accept: 'text/html' })]);
  for (const [side, answer] of [['Ascend', ascend], ['bare', bare]] as const) {
    const wrong = answer.status === 200 ? missing(answer.text) : `HTTP ${answer.status}`;
    if (wrong) throw new BenchFailure(`The masterclass page from ${side} is wrong (${wrong}): ${clip(answer.text, 600)}`);
  }
  if (ascend.text !== bare.text) {
    let at = 0;
    while (ascend.text[at] === bare.text[at]) at++;
    throw new BenchFailure(
      `The bare masterclass page differs from Ascend's at character ${at}:\n  Ascend: …${clip(ascend.text.slice(Math.max(0, at - 80)), 240)}\n  bare:   …${clip(bare.text.slice(Math.max(0, at - 80)), 240)}`,
    );
  }
}
