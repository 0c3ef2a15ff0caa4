import { createServer } from 'node:net';

/** A start-up failure a person can fix; main.ts prints its message as one line and exits non-zero. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Fails early, with a message that says what to change, when something else already listens on the port. */
export function assertPortFree(port: number, host: string, hint: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new StartupError(`Port ${port} ${error.code === 'EACCES' ? 'may not be used by this user' : 'is already in use'}: ${hint}`) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
