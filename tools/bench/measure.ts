import autocannon from 'autocannon';
import neo4j, { Driver, Session } from 'neo4j-driver';
import { toPlain } from '../../src/graph/plain';

/** One timed run of one query on one system. Latencies in milliseconds. */
export interface RunFigures {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

/** Nearest-rank percentile of sorted values. */
export const percentile = (sorted: number[], q: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

export function figures(latencies: number[], errors: number, seconds: number): RunFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    requests: sorted.length,
    errors,
    seconds,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean: sum / Math.max(1, sorted.length),
  };
}

export interface GraphQLAnswer {
  status: number;
  data?: Record<string, any>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function postGraphQL(url: string, query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(120_000),
  });
  const body = (await res.json()) as Omit<GraphQLAnswer, 'status'>;
  return { status: res.status, ...body };
}

/**
 * Sends one statement the cheapest way the driver has, as our graph sends its reads: an auto-commit
 * read, RUN and PULL in one round trip. A managed transaction (executeRead) would add BEGIN and COMMIT,
 * a second round trip that is no cost of the database's: the floor measured that way was about half
 * as fast on the nested query, and flattered every ratio to it.
 */
const autoCommitRead = (session: Session, text: string, params: Record<string, unknown>, timeoutMs: number) =>
  session.run(text, params, { timeout: timeoutMs });

/** Runs one statement as the floor sends it and hands back plain rows. */
export async function readRows(
  driver: Driver,
  database: string,
  text: string,
  params: Record<string, unknown>,
): Promise<Record<string, any>[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await autoCommitRead(session, text, params, 120_000);
    return result.records.map((r) => toPlain(r.toObject()) as Record<string, any>);
  } finally {
    await session.close();
  }
}

/**
 * autocannon against a GraphQL endpoint, each connection cycling through the bodies; every latency kept.
 * For `seconds`, or, given `amount`, until that many requests are answered however long they take.
 */
function autocannonRun(url: string, bodies: string[], connections: number, seconds: number, amount?: number): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections,
        ...(amount ? { amount } : { duration: seconds }),
        timeout: 60,
        requests: bodies.map((body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body })),
      },
      (err: Error | null) => {
        if (err) reject(err);
        else resolve(figures(latencies, errors, (performance.now() - started) / 1000));
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else errors += 1;
    });
    instance.on('reqError', () => {
      errors += 1;
    });
  });
}

/**
 * Load on a GraphQL server: a warm-up run (discarded), then the measured run. autocannon drops what is in
 * flight when its time is up, so a run shorter than one answer would report none; the floor's loops
 * always finish their first statement. A run that answered nothing therefore goes on until each
 * connection has one answer.
 */
export async function httpLoad(url: string, bodies: string[], settings: LoadSettings): Promise<RunFigures> {
  if (settings.warmupSeconds > 0) await autocannonRun(url, bodies, settings.connections, settings.warmupSeconds);
  const run = await autocannonRun(url, bodies, settings.connections, settings.seconds);
  if (run.requests > 0 || run.errors > 0) return run;
  return autocannonRun(url, bodies, settings.connections, settings.seconds, settings.connections);
}

/** The floor's load: `connections` loops sending the statement straight through the driver until time is up. */
async function driverRun(
  driver: Driver,
  database: string,
  text: string,
  params: Record<string, unknown>[],
  connections: number,
  seconds: number,
): Promise<RunFigures> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end && errors < 100) {
        const variant = params[next++ % params.length];
        const t = performance.now();
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          await autoCommitRead(session, text, variant, 60_000);
          latencies.push(performance.now() - t);
        } catch {
          errors += 1;
        } finally {
          await session.close();
        }
      }
    }),
  );
  return figures(latencies, errors, (performance.now() - started) / 1000);
}

export async function floorLoad(
  driver: Driver,
  database: string,
  text: string,
  params: Record<string, unknown>[],
  settings: LoadSettings,
): Promise<RunFigures> {
  if (settings.warmupSeconds > 0) await driverRun(driver, database, text, params, settings.connections, settings.warmupSeconds);
  return driverRun(driver, database, text, params, settings.connections, settings.seconds);
}
