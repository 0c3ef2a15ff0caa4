// Issue 9's registration rush: 2,000 people register for a masterclass of 100 seats at the same moment (the
// newsletter went out), each from their own address. Every answer and the database are checked afterwards.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { RegisterForMasterclassDocument, type RegisterForMasterclassMutation } from '../../../libs/web/data-access/src/gql/graphql';
import { type EventsData, PRACTICE_SLUG, type RegistrationRow } from './events-data';
import { clip, cpuPerRequest, post, sqlOf, type SqlTally, type Target } from './scenarios';
import { cpuSeconds } from './support';

// The request the public page's form sends (apps/web/src/modules/masterclass-pages/use-registration.ts).
const REGISTER = RegisterForMasterclassDocument.toString();
type Receipt = RegisterForMasterclassMutation['registerForMasterclass'];

// Ascend's worker sends each registrant's confirmation: 2,000 mails with an .ics each.
const MAIL_TIMEOUT_MS = 10 * 60_000;

export interface RushRound {
  wallMs: number;
  latenciesMs: number[];
  cpuMsPerRequest?: number;
  confirmed: number;
  waitlisted: number;
  /** Wrong answers and wrong rows, by what was wrong. */
  wrong: Map<string, number>;
  /** Ascend only: how long its worker went on sending the round's mail after the last answer. */
  mailMs?: number;
}

export interface RushResult {
  count: number;
  seats: number;
  /** What Ascend ran for a registration that got a seat, and for one that went on the waitlist. */
  sql: { confirmed: Required<SqlTally>; waitlisted: Required<SqlTally> };
  ascend: RushRound[];
  bare: RushRound[];
}

interface Registrant {
  email: string;
  headers: Record<string, string>;
  body: string;
}

type Side = 'ascend' | 'bare';

// Every registrant of the run gets an address of their own, 10.0.0.1 onwards.
let addresses = 0;
const nextAddress = () => {
  const n = ++addresses;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

/**
 * `count` registrants for one masterclass, each with their own email and address. The address is the proxy's
 * X-Forwarded-For (Ascend trusts it from loopback): registering is rate-limited per address, as a real rush from
 * many people would meet it. The bare server reads the same body and ignores the header.
 */
function registrants(label: string, masterclassSlug: string, count: number): Registrant[] {
  return Array.from({ length: count }, (_, i) => {
    const email = `rush-${label}-${i}@bench.example`;
    const input = {
      practiceSlug: PRACTICE_SLUG,
      masterclassSlug,
      name: `Rush Registrant ${i + 1}`,
      email,
      question: i % 10 === 0 ? 'How do I stop being the one who fixes everything?' : '',
      consent: true,
      origin: { newsletterIssue: 'bench-issue', utmSource: 'newsletter', utmMedium: 'email', utmCampaign: 'rush' },
    };
    return { email, headers: { 'x-forwarded-for': nextAddress() }, body: JSON.stringify({ query: REGISTER, variables: { input } }) };
  });
}

/** All requests in flight together; the time runs from the first send to the last answer. */
async function fire(target: Target, people: Registrant[]) {
  const cpuBefore = cpuSeconds(target.pid);
  const started = performance.now();
  const answers = await Promise.all(people.map((person) => post(target.url, person.body, person.headers).catch((error: Error) => error)));
  const wallMs = performance.now() - started;
  return { answers, wallMs, cpuMsPerRequest: cpuPerRequest(cpuBefore, cpuSeconds(target.pid), people.length) };
}

/** A registrant's receipt, or why the answer is not one. */
function receiptOf(answer: Awaited<ReturnType<typeof post>> | Error): Receipt | string {
  if (answer instanceof Error) return `no answer: ${(answer.cause as Error | undefined)?.message ?? answer.message}`;
  const [error] = answer.body?.errors ?? [];
  // Grouped by what went wrong: the reference of an internal error differs for each.
  if (error) return `${error.extensions?.code ?? 'NO_CODE'}: ${error.message.replace(/ \(reference [0-9a-f]+\)/, '')}`;
  const receipt = answer.body?.data?.registerForMasterclass as Receipt | undefined;
  return answer.status === 200 && receipt?.registration ? receipt : `HTTP ${answer.status}: ${clip(answer.text, 120)}`;
}

function tally(wrong: Map<string, number>, key: string) {
  wrong.set(key, (wrong.get(key) ?? 0) + 1);
}

/**
 * Ascend must seat exactly `seats` people and put the rest on the waitlist in arrival order: numbers 1..n with no
 * gap, each answer telling the position the database holds, and no one who arrived later ahead of anyone earlier.
 */
function checkAscend(people: Registrant[], answers: (Receipt | string)[], rows: RegistrationRow[], seats: number, round: RushRound) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const positions: number[] = [];
  answers.forEach((receipt, i) => {
    if (typeof receipt === 'string') return tally(round.wrong, receipt);
    const registration = receipt.registration!;
    const row = byId.get(registration.id);
    if (receipt.alreadyRegistered || registration.email !== people[i].email) return tally(round.wrong, 'an answer for someone else');
    if (!row || row.status !== registration.status) return tally(round.wrong, 'an answer the database does not hold');
    if (registration.status === 'CONFIRMED' && registration.waitlistPosition === null) return void round.confirmed++;
    const position = registration.waitlistPosition;
    if (registration.status !== 'WAITLISTED' || position === null || position !== row.waitlist_number) return tally(round.wrong, 'a position the database does not hold');
    round.waitlisted++;
    positions.push(position);
  });
  const waiting = people.length - seats;
  if (rows.length !== people.length) tally(round.wrong, `${rows.length} rows in the database instead of ${people.length}`);
  if (rows.filter((row) => row.status === 'CONFIRMED').length !== seats) tally(round.wrong, `not exactly ${seats} confirmed in the database`);
  const numbers = rows.flatMap((row) => (row.status === 'WAITLISTED' && row.waitlist_number !== null ? [row.waitlist_number] : []));
  if (!isOneTo(numbers, waiting)) tally(round.wrong, `waitlist numbers in the database are not 1..${waiting}, each once`);
  if (!isOneTo(positions, waiting)) tally(round.wrong, `positions in the answers are not 1..${waiting}, each once`);
  if (!inArrivalOrder(rows)) tally(round.wrong, 'the waitlist is not in arrival order');
}

/** The bare server inserts everyone: one row per answer, nothing else. */
function checkBare(answers: (Receipt | string)[], rows: RegistrationRow[], round: RushRound) {
  const ids = new Set(rows.map((row) => row.id));
  for (const receipt of answers) {
    if (typeof receipt === 'string') tally(round.wrong, receipt);
    else if (!ids.has(receipt.registration!.id)) tally(round.wrong, 'an answer the database does not hold');
    else round.confirmed++;
  }
  if (rows.length !== answers.length) tally(round.wrong, `${rows.length} rows in the database instead of ${answers.length}`);
}

function isOneTo(values: number[], n: number): boolean {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === n && sorted.every((value, i) => value === i + 1);
}

/** Seats went to the first to arrive, and the waitlist's numbers follow the arrival times (a tie is the same instant). */
function inArrivalOrder(rows: RegistrationRow[]): boolean {
  const arrived = (row: RegistrationRow) => row.registered_at.getTime();
  const waitlist = rows.filter((row) => row.status === 'WAITLISTED').sort((a, b) => a.waitlist_number! - b.waitlist_number!);
  const lastSeat = Math.max(...rows.filter((row) => row.status === 'CONFIRMED').map(arrived));
  return waitlist.every((row, i) => arrived(row) >= (i === 0 ? lastSeat : arrived(waitlist[i - 1])));
}

/** One rush on one side, into a masterclass of its own; answers and rows checked. */
async function rushOnce(side: Side, target: Target, data: EventsData, label: string, count: number, seats: number): Promise<RushRound> {
  const masterclass = await data.rushMasterclass(`${side}-${label}`, seats);
  const people = registrants(`${side}-${label}-${masterclass.slug.slice(-6)}`, masterclass.slug, count);
  const fired = await fire(target, people);
  const round: RushRound = { wallMs: fired.wallMs, latenciesMs: [], cpuMsPerRequest: fired.cpuMsPerRequest, confirmed: 0, waitlisted: 0, wrong: new Map() };
  for (const answer of fired.answers) if (!(answer instanceof Error)) round.latenciesMs.push(answer.ms);
  const receipts = fired.answers.map(receiptOf);
  const rows = await data.registrations(masterclass.id);
  if (side === 'ascend') {
    checkAscend(people, receipts, rows, seats, round);
    round.mailMs = await data.mailSent(MAIL_TIMEOUT_MS);
  } else {
    checkBare(receipts, rows, round);
  }
  return round;
}

/** What Ascend runs for a registration that gets a seat and for one that goes on the waitlist (a masterclass of one seat). */
async function recordRegistrations(graphqlUrl: string, data: EventsData): Promise<RushResult['sql']> {
  const masterclass = await data.rushMasterclass('traced', 1);
  const [first, second] = registrants(`traced-${masterclass.slug.slice(-6)}`, masterclass.slug, 2);
  const confirmed = await sqlOf(graphqlUrl, first.body, first.headers);
  const waitlisted = await sqlOf(graphqlUrl, second.body, second.headers);
  await data.mailSent(MAIL_TIMEOUT_MS);
  return { confirmed, waitlisted };
}

/**
 * A warm-up on each side (a tenth of the rush, checked, not reported), then `rounds` rushes on each side in turns
 * (Ascend, bare, Ascend, bare…), each into a fresh masterclass. Ascend's worker sends the round's mail before the
 * next rush starts, so no rush shares the machine with the one before it.
 */
export async function measureRush(
  targets: Record<Side, Target>,
  data: EventsData,
  { count, seats, rounds }: { count: number; seats: number; rounds: number },
  problems: string[],
): Promise<RushResult> {
  const sql = await recordRegistrations(targets.ascend.url, data);
  const result: RushResult = { count, seats, sql, ascend: [], bare: [] };
  const record = (side: Side, label: string, round: RushRound) => {
    for (const [what, times] of round.wrong) problems.push(`registration rush, ${side} ${label}: ${times} × ${what}`);
  };
  for (const side of ['ascend', 'bare'] as const) {
    record(side, 'warm-up', await rushOnce(side, targets[side], data, 'warm-up', count / 10, seats / 10));
  }
  for (let round = 1; round <= rounds; round++) {
    for (const side of ['ascend', 'bare'] as const) {
      const outcome = await rushOnce(side, targets[side], data, `round-${round}`, count, seats);
      record(side, `round ${round}`, outcome);
      result[side].push(outcome);
    }
  }
  return result;
}
