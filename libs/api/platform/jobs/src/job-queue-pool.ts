import { Pool, PoolClient, PoolConfig } from 'pg';

type ConnectCallback = (error: Error | undefined, client: PoolClient | undefined, release: (error?: unknown) => void) => void;

/**
 * The pool graphile-worker runs on. graphile-worker 0.17 may release its LISTEN connection twice when the
 * database drops it while the runner stops (once for the lost connection, once for the stop: Ctrl-C reaches
 * the embedded PostgreSQL too). pg-pool throws on the second release, inside a promise nobody awaits, which
 * ends the process. Here a connection handed out with a callback is released once; later calls do nothing.
 */
export class JobQueuePool extends Pool {
  constructor(config: PoolConfig) {
    super(config);
  }

  override connect(): Promise<PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<PoolClient> | void {
    if (!callback) return super.connect();
    super.connect((error, client, release) => {
      let released = false;
      callback(error, client, (reason) => {
        if (released) return;
        released = true;
        release(reason);
      });
    });
  }
}
