/**
 * Warms Neo4j's query plans with the saved queries of queries/, so that a burst of requests after a
 * start or a restart finds its statements planned. Neo4j plans a statement the first time it sees its
 * text and keeps the plan; a cold database plans every statement afresh, and many sessions sending the
 * same statement at once each plan it themselves: 50 clients sending saved query 01 right after a
 * restart all timed out (issue 32). Each saved query runs once, one after another, through the
 * server's own GraphQL execution, so exactly the statements real requests send are planned.
 *
 * When: right after the server starts listening (liveness answers at once), and /ready says 503
 * "warming" until the warm-up is done, so that a load balancer sends traffic only to warm plans; then
 * again whenever Neo4j comes back: after the supervisor restarts it, or when a Neo4j this process did
 * not start answers again after being unreachable (seen by /ready's ping or the watch below).
 * A warm-up that fails is logged, never fatal: the server serves cold rather than not at all.
 */
import type { ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import type { Logger } from '../logger';
import type { RequestContext } from '../schema/context';
import { readSavedQueries, SavedQuery } from './pages';

/**
 * How long a warm-up statement may run. On a cold Neo4j (just restarted, JIT not yet compiled) on a loaded
 * machine saved query 01 alone took over NEO4J_TX_TIMEOUT_MS's 10 s, and a statement stopped early may
 * leave its plan unmade; the warm-up runs one query at a time and holds no request up, so it may wait.
 */
export const WARM_UP_TX_TIMEOUT_MS = 120_000;

/** What running one saved query gave: the `extensions.code` of each error (none when it answered). */
export type RunSavedQuery = (query: SavedQuery) => Promise<string[]>;

export interface WarmUpResult {
  count: number;
  ms: number;
  /** Saved queries that answered with errors, and their codes. */
  failed: { file: string; codes: string[] }[];
}

/** Runs every saved query once, in order, and logs one line with the count and the time. */
export async function warmSavedQueries(
  queries: SavedQuery[],
  run: RunSavedQuery,
  logger: Logger,
  reason: string,
  stopped: () => boolean = () => false,
): Promise<WarmUpResult> {
  const started = performance.now();
  const failed: WarmUpResult['failed'] = [];
  let count = 0;
  for (const query of queries) {
    if (stopped()) break;
    const codes = await run(query).catch((err: Error) => [`thrown: ${err.message}`]);
    count++;
    if (codes.length > 0) failed.push({ file: query.file, codes });
  }
  const result = { count, ms: Math.round(performance.now() - started), failed };
  const line = { reason, savedQueries: count, ms: result.ms, failed };
  if (failed.length > 0) logger.warn(line, `warmed the plans of ${count} saved queries in ${result.ms} ms; ${failed.length} failed`);
  else logger.info(line, `warmed the plans of ${count} saved queries in ${result.ms} ms`);
  return result;
}

export type PlansState = 'cold' | 'warming' | 'warm';

/**
 * Whether the plans are warm, and the one place that starts a warm-up. Neo4j going away makes them cold
 * (a restarted Neo4j has an empty query cache); Neo4j answering while they are cold starts a warm-up.
 * One warm-up at a time; Neo4j going away during one makes it count for nothing, and it runs again.
 */
export class PlanWarmth {
  private current: PlansState = 'cold';
  /** Bumped each time Neo4j is seen away: a warm-up started before a bump did not warm this Neo4j. */
  private epoch = 0;
  private running?: Promise<void>;
  private stopping = false;

  constructor(
    private readonly warmUp: (reason: string, stopped: () => boolean) => Promise<WarmUpResult>,
    private readonly logger: Logger,
  ) {}

  get state(): PlansState {
    return this.current;
  }

  /** Neo4j did not answer, or died: its plans, if it comes back, are gone. */
  neo4jAway(): void {
    this.epoch++;
    if (this.current === 'warm') this.logger.info('neo4j unreachable: its query plans will be warmed again when it answers');
    if (this.current !== 'warming') this.current = 'cold';
  }

  /** Neo4j answers: warms its plans if they are cold. Resolves when any warm-up under way is done. */
  neo4jAnswers(reason: string): Promise<void> {
    if (this.current === 'cold' && !this.stopping) this.running = this.run(reason);
    return this.running ?? Promise.resolve();
  }

  /**
   * No more warm-ups, and none goes past its current query. A shutdown does not wait for that query (on a
   * cold Neo4j one can take many seconds): closing the driver under it fails it, which is logged and harmless.
   */
  stop(): void {
    this.stopping = true;
  }

  private async run(reason: string): Promise<void> {
    this.current = 'warming';
    const epoch = this.epoch;
    try {
      await this.warmUp(reason, () => this.stopping);
    } catch (err) {
      this.logger.warn({ err }, 'warming the query plans failed');
    }
    // Neo4j seen away meanwhile: these plans were made (if at all) in a process that is gone. A query that
    // merely failed (a busy machine's timeout) leaves them warm: it is logged, and the server serves.
    this.current = epoch !== this.epoch ? 'cold' : 'warm';
    this.running = undefined;
  }
}

/**
 * What a failed ping says of Neo4j: unreachable (SERVICE_UNAVAILABLE), so its plans go with it; or alive but
 * slow (its time limit struck on a loaded machine), which says nothing about its plans.
 */
export function neo4jSeen(err: unknown): 'away' | 'slow' {
  return (err as GraphQLError).extensions?.code === ErrorCode.SERVICE_UNAVAILABLE ? 'away' : 'slow';
}

/** How often a Neo4j is pinged to see it go away and come back: it takes seconds to restart, so this misses none. */
export const WATCH_INTERVAL_MS = 2000;

/**
 * Pings Neo4j every WATCH_INTERVAL_MS and tells `warmth` what it saw, so that a Neo4j this process did not
 * start (NEO4J_URI) gets its plans warmed when it answers again after being unreachable.
 */
export function watchNeo4j(check: (reason: string) => Promise<void>, intervalMs = WATCH_INTERVAL_MS): { stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    await check('neo4j answers again');
    if (stopped) return;
    timer = setTimeout(() => void tick(), intervalMs).unref();
  };
  timer = setTimeout(() => void tick(), intervalMs).unref();
  return {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Runs a saved query through Apollo as a request would run (limits, resolvers, loaders), with a context of its own. */
export function savedQueryRunner(
  apollo: ApolloServer<RequestContext>,
  context: (requestId: string) => Promise<RequestContext>,
): RunSavedQuery {
  return async (query) => {
    const response = await apollo.executeOperation(
      { query: query.text, operationName: query.operationName },
      { contextValue: await context(`warm-up:${query.file}`) },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
    return (result.errors ?? []).map((e) => String(e.extensions?.code ?? '(none)'));
  };
}

export interface PlanWarming {
  warmth: PlanWarmth;
  /**
   * Pings Neo4j and tells `warmth` what it saw: a warm-up starts only once the database answers (Bolt
   * answers a little before its databases are online, and a warm-up then would find it unavailable).
   */
  check(reason: string): Promise<void>;
  stop(): void;
}

/**
 * Connections the warm-up opens in the driver's pool, side by side, after the saved queries. A Neo4j just
 * restarted leaves the pool empty, and a burst then opens its connections all at once: 12 and 16 of 50
 * clients sending saved query 01 got "Connection acquisition timed out in 2000 ms" (22 active, none idle)
 * from a Neo4j slow to log them in on a loaded machine. Opened ahead by as many pings at once (each holds
 * a connection of its own), they wait idle in the pool for the burst.
 */
export const POOL_CONNECTIONS = 32;

async function openConnections(ping: () => Promise<boolean>): Promise<void> {
  await Promise.allSettled(Array.from({ length: POOL_CONNECTIONS }, () => ping()));
}

/**
 * The server's warm-up: the saved queries of `queriesDir` (read afresh each time, as the playground reads
 * them), warmed now and whenever Neo4j comes back, with Neo4j watched through `ping`.
 */
export function warmPlans(run: RunSavedQuery, ping: () => Promise<boolean>, logger: Logger, queriesDir: string): PlanWarming {
  const warmUp = async (reason: string, stopped: () => boolean) => {
    const result = await warmSavedQueries(readSavedQueries(queriesDir), run, logger, reason, stopped);
    await openConnections(ping);
    return result;
  };
  const warmth = new PlanWarmth(warmUp, logger);
  void warmth.neo4jAnswers('start');
  let stopped = false;
  const check = async (reason: string) => {
    const seen = await ping().then(
      () => 'answers',
      (err: unknown) => neo4jSeen(err),
    );
    if (stopped) return;
    if (seen === 'answers') void warmth.neo4jAnswers(reason);
    else if (seen === 'away') warmth.neo4jAway();
  };
  const watch = watchNeo4j(check);
  return {
    warmth,
    check,
    stop: () => {
      stopped = true;
      watch.stop();
      warmth.stop();
    },
  };
}
