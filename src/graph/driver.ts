import neo4j, { Driver } from 'neo4j-driver';
import type { Logger } from '../logger';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  connectTimeoutMs: number;
}

/**
 * How long a session may wait for a connection of the pool, a new one's handshake and login included.
 * Not the connect timeout: right after a restart, on a loaded machine, a burst that needs new connections
 * got "Connection acquisition timed out in 2000 ms" (22 active, none idle, 16 of 50 clients failed) from a
 * Neo4j that was up and answering, only slow to log them in. An unreachable Neo4j still fails within
 * connectTimeoutMs (refused at once, or the connect timeout), so this lengthens no failure while it is away.
 */
export const ACQUISITION_TIMEOUT_MS = 10_000;

/**
 * One driver for the process. Timeouts are short on purpose: when Neo4j is away a request should fail
 * within a couple of seconds with SERVICE_UNAVAILABLE, not hang while the driver retries for 30s.
 */
export function createDriver(s: DriverSettings, logger: Logger): Driver {
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    connectionTimeout: s.connectTimeoutMs,
    connectionAcquisitionTimeout: Math.max(ACQUISITION_TIMEOUT_MS, s.connectTimeoutMs),
    // Retries smooth over a cluster's leader switch, but must not outlast the promise to fail fast.
    maxTransactionRetryTime: Math.min(500, s.connectTimeoutMs),
    maxConnectionPoolSize: 100,
    userAgent: 'av-exchange-graph',
    logging: {
      level: 'warn',
      logger: (level, message) => logger[level === 'error' ? 'error' : 'warn']({ neo4jDriver: true }, message),
    },
  });
}

/** Waits for Neo4j with growing pauses, saying so, up to `waitMs`; then gives up with the reason. */
export async function waitForNeo4j(driver: Driver, waitMs: number, logger: Logger): Promise<void> {
  const deadline = Date.now() + waitMs;
  let pause = 250;
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (err) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`Neo4j did not answer within ${Math.round(waitMs / 1000)}s: ${(err as Error).message}`, { cause: err });
      logger.warn({ attempt, retryInMs: Math.min(pause, left), reason: (err as Error).message }, 'Neo4j not reachable yet; retrying');
      await new Promise((r) => setTimeout(r, Math.min(pause, left)));
      pause = Math.min(pause * 2, 5000);
    }
  }
}
