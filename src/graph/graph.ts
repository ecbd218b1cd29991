import type { Driver } from 'neo4j-driver';
import type { Logger } from '../logger';
import { Executor, ExecutorOptions } from './executor';
import { PropertyKeys } from './propertyKeys';
import { QueryCatalog, Statements } from './statements';
import type { Params, Row } from './statements/statement';

/** Runs statements by name inside one transaction. */
export interface WriteScope {
  run(name: string, params?: Params): Promise<Row[]>;
}

/**
 * The graph as the rest of the code reaches it: statements by name. The statement layer turns a
 * name into its text (translation) and the executor runs it (execution), as @neo4j/graphql keeps
 * its translate and execute steps apart; this pairs the two so callers name what they ask.
 */
export class Graph {
  constructor(
    readonly executor: Executor,
    readonly statements: Statements = new Statements(),
    readonly propertyKeys: PropertyKeys = new PropertyKeys(),
  ) {}

  /** The same graph, with statements tagged by the request that sent them. */
  forRequest(requestId: string): Graph {
    return new Graph(this.executor.forRequest(requestId), this.statements, this.propertyKeys);
  }

  read(name: string, params: Params = {}): Promise<Row[]> {
    return this.executor.read(this.statements.call(name, params));
  }

  write(name: string, params: Params = {}): Promise<Row[]> {
    return this.executor.write(this.statements.call(name, params));
  }

  /** Several statements in one write transaction: all of their effect or none (Executor.writeAll). */
  writeAll<T>(work: (scope: WriteScope) => Promise<T>): Promise<T> {
    return this.executor.writeAll((scope) => work({ run: (name, params = {}) => scope.run(this.statements.call(name, params)) }));
  }

  /** Several statements in one transaction that is rolled back, never committed (Executor.readHoldingLocks). */
  readHoldingLocks<T>(work: (scope: WriteScope) => Promise<T>): Promise<T> {
    return this.executor.readHoldingLocks((scope) => work({ run: (name, params = {}) => scope.run(this.statements.call(name, params)) }));
  }

  /** Raw statement text, for schema statements only (Executor.runText). */
  runText(text: string, params: Params = {}): Promise<Row[]> {
    return this.executor.runText(text, params);
  }
}

export type { StatementEvent, CommitEvent, ExecutorOptions } from './executor';
export type { Params, Row } from './statements/statement';

/** A graph on a driver: the one executor, with the statements of `catalog` (by default cypher/). */
export const graphOn = (driver: Driver, logger: Logger, options: ExecutorOptions, catalog: QueryCatalog = new QueryCatalog()): Graph =>
  new Graph(new Executor(driver, logger, options), new Statements(catalog));
