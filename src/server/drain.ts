import type http from 'node:http';
import type { Logger } from '../logger';

/** What /ready answers while the server drains. */
export const DRAINING = {
  status: 'draining',
  reason: 'the server is stopping: it still serves, but send new requests to another replica',
} as const;

/**
 * The first step of a graceful stop, before listening stops (stopListening.ts). Closing the listening socket
 * makes Linux reset every connection still waiting in its accept queue, which the server never read: a mutation
 * POSTed in that instant fails at the proxy, which may not send a POST again. So for SHUTDOWN_DRAIN_MS the server
 * first says on /ready that it is leaving, while it serves every request as before, so that a proxy or an
 * orchestrator that checks /ready stops sending here before anything is refused or reset.
 */
export class Drain {
  private since?: number;

  get draining(): boolean {
    return this.since !== undefined;
  }

  /** Answers with `Connection: close` while draining, so that no idle keep-alive connection is left for the stop. */
  closeConnectionOf(res: http.ServerResponse): void {
    if (this.draining && !res.headersSent) res.setHeader('connection', 'close');
  }

  /** Turns /ready to 503 and waits `ms` while requests go on being served. */
  async run(ms: number, logger: Logger): Promise<void> {
    if (this.draining) return;
    this.since = Date.now();
    if (ms === 0) return;
    logger.info({ drainMs: ms }, 'draining: /ready answers 503 while requests are still served, then listening stops');
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}
