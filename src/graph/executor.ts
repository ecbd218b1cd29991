import { GraphQLError } from 'graphql';
import neo4j, { Driver, ManagedTransaction, Neo4jError } from 'neo4j-driver';
import type { Logger } from '../logger';
import { toPlain } from './plain';
import { QueryCatalog } from './queries';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;
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

export interface ExecutorOptions {
  database: string;
  /** Longest a transaction may run before Neo4j stops it. */
  txTimeoutMs: number;
  onStatement?: (event: StatementEvent) => void;
}

/** Runs named statements inside one write transaction: all of them take effect, or none. */
export interface WriteScope {
  run(query: string, params?: Params): Promise<Row[]>;
}

/**
 * The one door to Neo4j, modelled on @neo4j/graphql's Executor: a session per call, read or write
 * access mode (so a cluster routes reads to followers), the database always named, Neo4j's errors
 * mapped to GraphQL error codes, Cypher logged at debug level, and plain values out.
 */
export class Executor {
  constructor(
    readonly driver: Driver,
    private readonly catalog: QueryCatalog,
    private readonly logger: Logger,
    private readonly options: ExecutorOptions,
    private readonly requestId?: string,
  ) {}

  /** The same executor, with statements tagged by the request that sent them. */
  forRequest(requestId: string): Executor {
    return new Executor(this.driver, this.catalog, this.logger, this.options, requestId);
  }

  read(query: string, params: Params = {}): Promise<Row[]> {
    return this.transaction('READ', (scope) => scope.run(query, params));
  }

  write(query: string, params: Params = {}): Promise<Row[]> {
    return this.transaction('WRITE', (scope) => scope.run(query, params));
  }

  /** Several statements in one write transaction, for writes that must land whole or not at all. */
  writeAll<T>(work: (scope: WriteScope) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  /** Runs raw statement text (schema statements only): never user input. */
  async runText(text: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.run(text, params, { timeout: this.options.txTimeoutMs });
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (err) {
      throw mapNeo4jError(err, this.logger);
    } finally {
      await session.close();
    }
  }

  private async transaction<T>(mode: AccessMode, work: (scope: WriteScope) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const txConfig = { timeout: this.options.txTimeoutMs, metadata: this.requestId ? { requestId: this.requestId } : undefined };
    const body = (tx: ManagedTransaction) => work({ run: (query, params = {}) => this.runIn(tx, mode, query, params) });
    try {
      return mode === 'READ' ? await session.executeRead(body, txConfig) : await session.executeWrite(body, txConfig);
    } catch (err) {
      throw mapNeo4jError(err, this.logger);
    } finally {
      await session.close();
    }
  }

  private async runIn(tx: ManagedTransaction, mode: AccessMode, query: string, params: Params): Promise<Row[]> {
    const started = performance.now();
    const event: StatementEvent = { query, params, mode, requestId: this.requestId, durationMs: 0, rows: 0 };
    try {
      const result = await tx.run(this.catalog.text(query), params);
      event.rows = result.records.length;
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (err) {
      event.error = (err as Error).message;
      throw err;
    } finally {
      event.durationMs = performance.now() - started;
      this.logger.debug({ requestId: this.requestId, cypher: query, mode, params, ms: Math.round(event.durationMs), rows: event.rows }, 'cypher');
      this.options.onStatement?.(event);
    }
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Neo4j's failure, as a GraphQL error a client can act on; the details stay in our log. */
export function mapNeo4jError(err: unknown, logger: Logger): GraphQLError {
  if (err instanceof GraphQLError) return err;
  const code = (err as Neo4jError).code ?? '';
  if (UNAVAILABLE.has(code) || /connect|ECONNREFUSED|Pool is closed|acquisition timed out/i.test(String((err as Error).message))) {
    return new GraphQLError('The graph database is unavailable; try again shortly.', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new GraphQLError('That would duplicate an id that already exists.', { extensions: { code: 'CONFLICT' } });
  }
  // LockClientStopped: the time limit struck while the transaction waited for another's lock.
  if (/TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration|LockClient\.Timeout|LockClientStopped/.test(code)) {
    return new GraphQLError('The query ran past its time limit and was stopped.', { extensions: { code: 'QUERY_TIMEOUT' } });
  }
  // A deadlock or lock wait that outlasted the driver's retries: the database is busy, not broken.
  if (code.startsWith('Neo.TransientError.')) {
    return new GraphQLError('The graph database is busy; try again shortly.', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
  logger.error({ err, neo4jCode: code }, 'neo4j error');
  return new GraphQLError('Internal error while reading the graph.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
