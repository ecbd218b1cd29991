import type { Driver } from 'neo4j-driver';
import { Config, loadConfig, Neo4jTarget } from '../config/config';
import { localInstance } from '../localdb/instance';
import { start, stop } from '../localdb/localNeo4j';
import { createLogger, Logger } from '../logger';
import { graphOn, Graph } from './graph';
import { QueryCatalog } from './statements';
import { applySchema } from './schema';
import { createDriver, waitForNeo4j } from './driver';

export interface Neo4jConnection {
  driver: Driver;
  target: Neo4jTarget;
  /** Set when this process started the local Neo4j: Neo4j Browser's address. */
  browserUrl?: string;
  /** Closes the driver, and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * The Neo4j named by NEO4J_URI, or else the project's own local one, started here (tied to this
 * process, so it stops with us) unless `npm run db:start` already runs it, in which case it is reused
 * and left running.
 */
export async function connectNeo4j(config: Config, logger: Logger): Promise<Neo4jConnection> {
  let target = config.neo4j;
  let browserUrl: string | undefined;
  let stopLocal = async () => {};
  if (!target) {
    const instance = localInstance(process.env.LOCAL_NEO4J_INSTANCE || 'dev');
    const local = await start(instance, { tied: true, log: (line) => logger.info(line) });
    target = { uri: local.boltUri, user: local.user!, password: local.password!, database: config.neo4jDatabase };
    browserUrl = local.browserUrl;
    if (!local.reused)
      stopLocal = async () => {
        await stop(instance, local.child);
      };
  }
  const driver = createDriver({ ...target, connectTimeoutMs: config.neo4jConnectTimeoutMs }, logger);
  try {
    await waitForNeo4j(driver, config.neo4jStartupWaitMs, logger);
  } catch (err) {
    await driver.close();
    await stopLocal();
    throw err;
  }
  return {
    driver,
    target,
    browserUrl,
    close: async () => {
      await driver.close();
      await stopLocal();
    },
  };
}

/**
 * For command-line tools (seed, export, import): runs `work` with an graph on the configured Neo4j,
 * schema applied and long transactions allowed, then disconnects (stopping a Neo4j it started).
 */
export async function withExecutor<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger('warn');
  const connection = await connectNeo4j(config, logger);
  try {
    const catalog = new QueryCatalog();
    const graph = graphOn(connection.driver, logger, { database: config.neo4jDatabase, txTimeoutMs: 600_000 }, catalog);
    await applySchema(graph, catalog);
    return await work(graph);
  } finally {
    await connection.close();
  }
}
