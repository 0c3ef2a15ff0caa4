// What the bench's processes share: free ports, the tail of a child's output, and stopping a child (and whatever it
// started) by its id, however the bench ends.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

/** Something went wrong that makes the figures meaningless: the bench reports it and exits 1. */
export class BenchFailure extends Error {}

export { sleep };

/**
 * A port nothing listens on, chosen below Linux's ephemeral range (32768-60999): a port the kernel hands out for
 * port 0 can be taken, before the server listens on it, as the local end of an outgoing connection.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_768);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new BenchFailure('No free port between 20000 and 32767');
}

/** The last lines a child printed, shown when it fails to start or misbehaves. */
export class OutputTail {
  private readonly lines: string[] = [];

  follow(stream: Readable | null, onLine?: (line: string) => void) {
    if (!stream) return;
    createInterface({ input: stream }).on('line', (line) => {
      this.lines.push(line);
      if (this.lines.length > 30) this.lines.shift();
      onLine?.(line);
    });
  }

  toString() {
    return this.lines.length ? this.lines.map((line) => `    | ${line}`).join('\n') : '    | (no output)';
  }
}

// Every child the bench started, so an interrupted bench still stops them all (each by its own id).
const children = new Set<ChildProcess>();

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export async function stopAllChildren() {
  await Promise.all([...children].map((child) => stopProcessGroup(child)));
}

export function hasExited(child: ChildProcess) {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Children are started detached, each leading its own process group. The leader is asked first (SIGINT), so Ascend
 * shuts down in order and stops its own embedded PostgreSQL; whatever is still left in the group afterwards (that
 * PostgreSQL, if Ascend could not stop it) is asked and then forced, so nothing outlives the bench.
 */
export async function stopProcessGroup(child: ChildProcess, graceMs = 15_000) {
  const pid = child.pid;
  if (pid === undefined) return;
  if (!hasExited(child)) {
    signal(pid, 'SIGINT');
    await until(() => hasExited(child), graceMs);
  }
  for (const [sig, waitMs] of [['SIGINT', 10_000], ['SIGKILL', 5_000]] as const) {
    if (!groupAlive(pid)) return;
    signal(-pid, sig);
    await until(() => !groupAlive(pid), waitMs);
  }
}

function groupAlive(pid: number) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

export async function until(done: () => boolean, timeoutMs: number, stepMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await sleep(stepMs);
  }
  return true;
}

/**
 * CPU seconds a process has used (user + system), from /proc: what a request costs the server itself, which other
 * work on the machine does not change the way it changes requests per second. Undefined where /proc is missing.
 */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
// Linux reports those times in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on.
const CLOCK_TICKS = 100;
