import neo4j, { Driver, Integer } from 'neo4j-driver';
import { Config, loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/graph/driver';
import { Graph, graphOn, StatementEvent } from '../../src/graph/graph';
import { QueryCatalog } from '../../src/graph/statements';
import { createLogger, Logger } from '../../src/logger';

/** The Neo4j the tests run against, as environment variables the server reads. */
export function testEnv(): Record<string, string> {
  return {
    NEO4J_URI: process.env.NEO4J_TEST_URI!,
    NEO4J_USER: process.env.NEO4J_TEST_USER || 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD!,
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE || 'neo4j',
  };
}

export const testConfig = (overrides: Record<string, string> = {}): Config =>
  loadConfig({ ...testEnv(), LOG_LEVEL: 'silent', ...overrides });

export const quietLogger = (): Logger => createLogger('silent');

/** A logger at `level` whose JSON lines the test can read back, parsed, as they are written. */
export function recordingLogger(level: string): { logger: Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  return {
    logger: createLogger(level, {
      write: (line: string) => {
        lines.push(JSON.parse(line));
      },
    }),
    lines,
  };
}

export function testDriver(): Driver {
  const env = testEnv();
  return createDriver({ uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, connectTimeoutMs: 5000 }, quietLogger());
}

export function testExecutor(driver: Driver, onStatement?: (e: StatementEvent) => void): Graph {
  return graphOn(driver, quietLogger(), { database: testEnv().NEO4J_DATABASE, txTimeoutMs: 120_000, onStatement }, new QueryCatalog());
}

/** Runs Cypher straight through the driver: tests check what reached the database this way. */
export async function cypher(driver: Driver, text: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(text, params, { database: testEnv().NEO4J_DATABASE, routing: neo4j.routing.WRITE });
  return result.records.map((r) => {
    const row: Record<string, unknown> = {};
    for (const key of r.keys) {
      const v = r.get(key);
      row[key as string] = neo4j.isInt(v) ? (v as Integer).toNumber() : v;
    }
    return row;
  });
}
