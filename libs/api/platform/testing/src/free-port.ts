import { createServer } from 'node:net';

// Below Linux's ephemeral range (32768-60999): a port the kernel hands out for port 0 can be taken, between being
// chosen and being listened on, as the local end of any outgoing connection (a PostgreSQL pool opening, say).
const FIRST = 20_000;
const LAST = 32_767;

/** A port nothing listens on now and no outgoing connection will take. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = FIRST + Math.floor(Math.random() * (LAST - FIRST + 1));
    if (await canListen(port)) return port;
  }
  throw new Error(`No free port between ${FIRST} and ${LAST}`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
