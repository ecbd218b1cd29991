import neo4j, { Driver } from 'neo4j-driver';
import type { Logger } from '../logger';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  connectTimeoutMs: number;
}

/**
 * One driver for the process. Timeouts are short on purpose: when Neo4j is away a request should fail
 * within a couple of seconds with SERVICE_UNAVAILABLE, not hang while the driver retries for 30s.
 */
export function createDriver(s: DriverSettings, logger: Logger): Driver {
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    connectionTimeout: s.connectTimeoutMs,
    connectionAcquisitionTimeout: s.connectTimeoutMs,
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
