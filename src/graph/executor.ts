import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import neo4j, { BookmarkManager, Driver, ManagedTransaction, Neo4jError, Session } from 'neo4j-driver';
import type { Logger } from '../logger';
import { CommitGate, DEFAULT_HOLD_BACK_MS, HoldBack } from './commitGate';
import { plainRow } from './plain';
import type { Params, Row, Statement } from './statements/statement';

export type { Params, Row, Statement } from './statements/statement';
export type AccessMode = 'READ' | 'WRITE';

/** What the executor reports for each statement it sends: tests and the benchmark count these. */
export interface StatementEvent {
  query: string;
  params: Params;
  mode: AccessMode;
  requestId?: string;
  durationMs: number;
  rows: number;
  error?: string;
}

/** What the executor reports for each commit it makes. */
export interface CommitEvent {
  requestId?: string;
  /** From asking the commit gate for a commit turn to getting it. */
  gateWaitMs: number;
  /** The commit itself, the turn held. */
  commitMs: number;
}

export interface ExecutorOptions {
  database: string;
  /** Longest a transaction may run before Neo4j stops it. */
  txTimeoutMs: number;
  onStatement?: (event: StatementEvent) => void;
  /** Reported after each write's commit: how long it waited at the commit gate and how long the commit took (the benchmark). */
  onCommit?: (event: CommitEvent) => void;
  /** The gate between this process's reads and commits; by default the one of the driver (see gateOf). */
  commitGate?: CommitGate;
  /** Longest a commit waiting at the gate keeps back reads that arrive after it (commitGate.ts); by default DEFAULT_HOLD_BACK_MS. */
  holdBackMs?: number;
  /** How write transactions retry transient failures; by default WRITE_RETRY. */
  writeRetry?: Partial<WriteRetry>;
  /** The bookmarks every session carries and advances; by default the driver's one (bookmarksOf). */
  bookmarkManager?: BookmarkManager;
}

/** Retries of a write transaction or auto-commit read that failed transiently (a deadlock, a cluster's leader switch). */
export interface WriteRetry {
  /** No retry starts later than this after the first failure: driver.ts's maxTransactionRetryTime. */
  maxRetryTimeMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Pause before the first retry, doubled before each further one (with ±20% jitter). */
  firstDelayMs: number;
}

export const WRITE_RETRY: WriteRetry = { maxRetryTimeMs: 500, maxAttempts: 5, firstDelayMs: 50 };

const gates = new WeakMap<Driver, CommitGate>();

/**
 * The commit gate of a driver: every executor built on one driver (the server's, its per-request ones,
 * the start-up and command-line ones) shares it, so that none of their reads overlaps any of their commits.
 */
export function gateOf(driver: Driver): CommitGate {
  let gate = gates.get(driver);
  if (!gate) gates.set(driver, (gate = new CommitGate()));
  return gate;
}

const bookmarkManagers = new WeakMap<Driver, BookmarkManager>();

/**
 * The bookmark manager of a driver, shared by every executor built on it as the commit gate is: each
 * session starts with the bookmarks of every commit this process has seen and adds its own, so on a
 * cluster a read that follows a write waits for a member that holds that write (causal consistency),
 * whichever member routing sends it to. On one instance a bookmark is always already reached.
 */
export function bookmarksOf(driver: Driver): BookmarkManager {
  let manager = bookmarkManagers.get(driver);
  if (!manager) bookmarkManagers.set(driver, (manager = neo4j.bookmarkManager()));
  return manager;
}

/** Runs statements inside one transaction: a write's take effect all or none. */
export interface StatementScope {
  run(statement: Statement): Promise<Row[]>;
}

/** What runs a statement: a driver's managed transaction (reads) or explicit one (writes). */
type StatementRunner = Pick<ManagedTransaction, 'run'>;

/**
 * The one door to Neo4j, modelled on @neo4j/graphql's Executor: it runs the statements it is given
 * (their text built by the statement layer, src/graph/statements), a session per call, read or write
 * access mode (so a cluster routes reads to followers), the database always named, Neo4j's errors
 * mapped to GraphQL error codes, Cypher logged at debug level, and plain values out. Reads and commits
 * pass the driver's commit gate (commitGate.ts), so no read sees a commit of this process half applied.
 */
export class Executor {
  private readonly gate: CommitGate;
  private readonly holdBack: HoldBack;
  private readonly retry: WriteRetry;
  private readonly bookmarks: BookmarkManager;

  constructor(
    readonly driver: Driver,
    private readonly logger: Logger,
    private readonly options: ExecutorOptions,
    private readonly requestId?: string,
  ) {
    this.gate = options.commitGate ?? gateOf(driver);
    // A commit gives way to reads for as long as a read may run: by then every read it found has ended.
    this.holdBack = { windowMs: options.holdBackMs ?? DEFAULT_HOLD_BACK_MS, giveWayForMs: options.txTimeoutMs };
    this.retry = { ...WRITE_RETRY, ...options.writeRetry };
    this.bookmarks = options.bookmarkManager ?? bookmarksOf(driver);
  }

  /** The same executor, with statements tagged by the request that sent them. */
  forRequest(requestId: string): Executor {
    return new Executor(this.driver, this.logger, { ...this.options, commitGate: this.gate, bookmarkManager: this.bookmarks }, requestId);
  }

  /**
   * One statement as an auto-commit read: RUN and PULL go in one round trip, where a managed
   * transaction adds BEGIN and COMMIT (twice the driver's work per statement, measured in the
   * benchmark's nested query). Transient failures are retried as writes' are.
   */
  read(statement: Statement): Promise<Row[]> {
    return this.inSession('READ', (session) => {
      const runner: StatementRunner = { run: (text: string, values?: Params) => session.run(text, values, this.txConfig()) };
      return this.retrying(() => this.gate.read(() => this.runIn(runner, 'READ', statement)));
    });
  }

  write(statement: Statement): Promise<Row[]> {
    return this.writeAll((scope) => scope.run(statement));
  }

  /**
   * Several statements in one write transaction, for writes that must land whole or not at all. An
   * explicit transaction, since the commit must be in our hands: the statements run without the gate
   * (no one else sees uncommitted writes) and only `commit()` takes a commit turn.
   */
  writeAll<T>(work: (scope: StatementScope) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', (session) => this.retrying(() => this.attemptWrite(session, work)));
  }

  /**
   * Several statements in one transaction that is always rolled back: a read that takes locks, to keep out
   * the writers that take them too while it reads, and writes nothing. Neo4j reads at read-committed isolation,
   * so a read transaction alone is no snapshot; holding the lock every writer takes first makes it one (the backup).
   */
  readHoldingLocks<T>(work: (scope: StatementScope) => Promise<T>): Promise<T> {
    return this.inSession('WRITE', (session) =>
      this.retrying(async () => {
        const tx = await session.beginTransaction(this.txConfig());
        try {
          return await work(this.scope(tx));
        } finally {
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        }
      }),
    );
  }

  /**
   * Runs raw statement text (schema statements only): never user input. It runs in an auto-commit
   * transaction (schema statements and CALL {} IN TRANSACTIONS need one), whose commits happen inside
   * the run, so it holds a commit turn throughout; it is meant for start-up and command-line tools,
   * not to be run while this process serves writes.
   */
  runText(text: string, params: Params = {}): Promise<Row[]> {
    return this.inSession('WRITE', async (session) => {
      const result = await this.gate.commit(() => session.run(text, params, { timeout: this.options.txTimeoutMs }), this.holdBack);
      return result.records.map((r) => plainRow(r) as Row);
    });
  }

  /**
   * A session for one call, always on the named database, in the statement's access mode (on a cluster,
   * `neo4j://` routing sends READ to a follower or read replica and WRITE to the leader) and carrying the
   * shared bookmarks; Neo4j's errors leave it mapped to GraphQL codes.
   */
  private async inSession<T>(mode: AccessMode, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      return await work(session);
    } catch (err) {
      throw mapNeo4jError(err, this.logger);
    } finally {
      await session.close();
    }
  }

  private txConfig() {
    return { timeout: this.options.txTimeoutMs, metadata: this.requestId ? { requestId: this.requestId } : undefined };
  }

  private scope(tx: StatementRunner): StatementScope {
    return { run: (statement) => this.runIn(tx, 'WRITE', statement) };
  }

  private async attemptWrite<T>(session: Session, work: (scope: StatementScope) => Promise<T>): Promise<T> {
    const tx = await session.beginTransaction(this.txConfig());
    try {
      const result = await work(this.scope(tx));
      const asked = performance.now();
      let entered = asked;
      await this.gate.commit(() => {
        entered = performance.now();
        return tx.commit();
      }, this.holdBack);
      this.options.onCommit?.({ requestId: this.requestId, gateWaitMs: entered - asked, commitMs: performance.now() - entered });
      return result;
    } catch (err) {
      // The failure that matters is `err`; a rollback that fails too (the connection gone) adds nothing.
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw err;
    }
  }

  /**
   * What executeWrite did for us (and does for auto-commit reads): a transient failure (a deadlock, a leader switch) is tried again,
   * after a growing pause, until the attempts or the time since the first failure run out.
   */
  private async retrying<T>(attempt: () => Promise<T>): Promise<T> {
    const { maxAttempts, maxRetryTimeMs, firstDelayMs } = this.retry;
    let firstFailure: number | undefined;
    for (let n = 1; ; n++) {
      try {
        return await attempt();
      } catch (err) {
        firstFailure ??= Date.now();
        if (!neo4j.isRetryableError(err) || n >= maxAttempts || Date.now() - firstFailure > maxRetryTimeMs) throw err;
        this.logger.debug(
          { requestId: this.requestId, attempt: n, neo4jCode: (err as Neo4jError).code },
          'statement failed transiently; retrying',
        );
        const delay = firstDelayMs * 2 ** (n - 1);
        await new Promise((resume) => setTimeout(resume, delay * (0.8 + 0.4 * Math.random())));
      }
    }
  }

  private async runIn(tx: StatementRunner, mode: AccessMode, { name: query, text, params }: Statement): Promise<Row[]> {
    const started = performance.now();
    const event: StatementEvent = { query, params, mode, requestId: this.requestId, durationMs: 0, rows: 0 };
    try {
      const result = await withoutCallerStack(() => tx.run(text, params));
      event.rows = result.records.length;
      return result.records.map((r) => plainRow(r) as Row);
    } catch (err) {
      event.error = (err as Error).message;
      throw err;
    } finally {
      event.durationMs = performance.now() - started;
      this.logger.debug(
        { requestId: this.requestId, cypher: query, mode, params, ms: Math.round(event.durationMs), rows: event.rows },
        'cypher',
      );
      this.options.onStatement?.(event);
    }
  }
}

/**
 * Starts a driver call with stack traces off. neo4j-driver formats the caller's stack trace for every
 * result it creates, to lend it to an error the server may send later; from here that trace always
 * ends in this executor, and formatting it took about 6% of our time on a lookup by id (CPU profile).
 * The Result is made synchronously, so the limit is back before anything else runs; an error Neo4j
 * sends keeps its message and code, and is mapped and logged with the statement's name as before.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Neo4j's failure, as a GraphQL error a client can act on; the details stay in our log. */
export function mapNeo4jError(err: unknown, logger: Logger): GraphQLError {
  if (err instanceof GraphQLError) return err;
  const code = (err as Neo4jError).code ?? '';
  if (UNAVAILABLE.has(code) || /connect|ECONNREFUSED|Pool is closed|acquisition timed out/i.test(String((err as Error).message))) {
    return new GraphQLError('The graph database is unavailable; try again shortly.', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphQLError('That would duplicate an id that already exists.', { extensions: { code: ErrorCode.CONFLICT } });
  }
  // LockClientStopped: the time limit struck while the transaction waited for another's lock.
  if (/TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration|LockClient\.Timeout|LockClientStopped/.test(code)) {
    return new GraphQLError('The query ran past its time limit and was stopped.', { extensions: { code: ErrorCode.QUERY_TIMEOUT } });
  }
  // A deadlock or lock wait that outlasted the driver's retries: the database is busy, not broken.
  if (code.startsWith('Neo.TransientError.')) {
    return new GraphQLError('The graph database is busy; try again shortly.', { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
  }
  logger.error({ err, neo4jCode: code }, 'neo4j error');
  return new GraphQLError('Internal error while reading the graph.', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}
