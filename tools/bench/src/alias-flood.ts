// Issue 7's oversized query: 3,500 aliased `practice` fields (just under 100 KB). How fast Ascend refuses it, and
// what a flood of them does to an ordinary query's latency (beside the same query with no flood, in the same run).
import { BenchFailure } from './support';
import { clip, percentile, post } from './scenarios';

const ALIASES = 3500;
const SAMPLES = 40;
const FLOODERS = 8;

export const floodQuery = JSON.stringify({
  query: `query($s:String!){${Array.from({ length: ALIASES }, (_, i) => `p${i}:practice(slug:$s){id}`).join('')}}`,
  variables: { s: 'ridgeline' },
});

export interface FloodResult {
  bytes: number;
  refusal: string;
  refusedMs: { median: number; p99: number };
  ordinaryMs: { alone: { median: number; p99: number }; duringFlood: { median: number; p99: number }; floodRequests: number };
}

/** Each oversized request must be refused (never executed): any data or another answer fails the bench. */
async function refusedOnce(url: string): Promise<{ ms: number; message: string }> {
  const answer = await post(url, floodQuery);
  const message = answer.body?.errors?.[0]?.message;
  if (answer.body?.data !== undefined || !message || !/limit|more tha[nt] \d+ tokens/i.test(message)) {
    throw new BenchFailure(`the ${ALIASES}-alias query was not refused by a limit: HTTP ${answer.status} ${clip(answer.text)}`);
  }
  return { ms: answer.ms, message };
}

async function timings(samples: number, once: () => Promise<number>): Promise<{ median: number; p99: number }> {
  const ms: number[] = [];
  for (let i = 0; i < samples; i++) ms.push(await once());
  return { median: percentile(ms, 50), p99: percentile(ms, 99) };
}

export async function measureAliasFlood(url: string, ordinaryBody: string): Promise<FloodResult> {
  const first = await refusedOnce(url);
  const refusedMs = await timings(SAMPLES, async () => (await refusedOnce(url)).ms);
  const ordinary = async () => {
    const answer = await post(url, ordinaryBody);
    if (answer.status !== 200 || answer.body?.errors) throw new BenchFailure(`the ordinary query failed during the flood: ${clip(answer.text)}`);
    return answer.ms;
  };
  await timings(10, ordinary);
  const alone = await timings(SAMPLES, ordinary);

  let flooding = true;
  let floodRequests = 0;
  const flooders = Array.from({ length: FLOODERS }, async () => {
    while (flooding) {
      await refusedOnce(url);
      floodRequests++;
    }
  });
  let duringFlood: { median: number; p99: number };
  try {
    duringFlood = await timings(SAMPLES, ordinary);
  } finally {
    flooding = false;
    await Promise.all(flooders);
  }
  return { bytes: Buffer.byteLength(floodQuery), refusal: first.message, refusedMs, ordinaryMs: { alone, duringFlood, floodRequests } };
}

export function floodText(result: FloodResult): string {
  const ms = (t: { median: number; p99: number }) => `median ${t.median.toFixed(1)} ms, p99 ${t.p99.toFixed(1)} ms`;
  return [
    `${ALIASES} aliased fields in one query (${(result.bytes / 1024).toFixed(0)} KiB), ${SAMPLES} times one after another:`,
    `  refused with "${result.refusal}": ${ms(result.refusedMs)}`,
    `  public practice query alone:                        ${ms(result.ordinaryMs.alone)}`,
    `  the same while ${FLOODERS} clients send nothing but that query: ${ms(result.ordinaryMs.duringFlood)} (${result.ordinaryMs.floodRequests} refused meanwhile)`,
  ].join('\n');
}
