import type { Config } from '../config/config';
import { connectNeo4j } from '../graph/connect';
import { graphOn } from '../graph/graph';
import { QueryCatalog } from '../graph/statements';
import { applySchema } from '../graph/schema';
import { localInstance } from '../localdb/instance';
import { Neo4jSupervisor } from '../localdb/supervisor';
import type { Logger } from '../logger';
import { seedIfEmpty } from '../seed/seedIfEmpty';
import { createServer } from './app';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export interface RunOptions {
  /** Called when the supervised local Neo4j kept dying and was given up on; the server should stop. */
  onNeo4jGiveUp?: (message: string) => void;
}

/**
 * With no NEO4J_URI, the local Neo4j started under a supervisor (it is restarted when it dies), and a
 * config naming it, so that connectNeo4j only connects and the supervisor alone starts and stops it.
 */
async function localNeo4j(config: Config, logger: Logger, options: RunOptions) {
  if (config.neo4j) return { config, supervisor: undefined };
  const instance = localInstance(process.env.LOCAL_NEO4J_INSTANCE || 'dev');
  const supervisor = new Neo4jSupervisor(instance, config.localNeo4jRestarts, logger, (message) => options.onNeo4jGiveUp?.(message));
  const local = await supervisor.start();
  const neo4j = { uri: local.boltUri, user: local.user!, password: local.password!, database: config.neo4jDatabase };
  return { config: { ...config, neo4j }, supervisor, browserUrl: local.browserUrl };
}

/** Everything `npm start` does, as a function the tests can call too. */
export async function runServer(given: Config, logger: Logger, options: RunOptions = {}): Promise<RunningServer> {
  const { config, supervisor, browserUrl } = await localNeo4j(given, logger, options);
  const connection = await connectNeo4j(config, logger).catch(async (err) => {
    await supervisor?.stop();
    throw err;
  });
  const closeAll = async () => {
    supervisor?.halt(); // before any wait: Neo4j stopping from here on is the shutdown, not a death
    await connection.close();
    await supervisor?.stop();
  };
  try {
    const catalog = new QueryCatalog();
    const graph = graphOn(connection.driver, logger, { database: config.neo4jDatabase, txTimeoutMs: 300_000 }, catalog);
    await applySchema(graph, catalog);
    if (config.seedWhenEmpty) await seedIfEmpty(graph, logger);
    const server = await createServer({
      config,
      driver: connection.driver,
      logger,
      catalog,
      neo4jState: supervisor && (() => supervisor.status()),
      warmPlans: true,
      sparqlAtStart: true,
    });
    // Its death made the plans cold; /ready's ping or the watch may see it back first and start the warm-up.
    supervisor?.observe((event) => (event === 'died' ? server.plans?.warmth.neo4jAway() : void server.plans?.check('neo4j restarted')));
    const url = await server.listen(config.port, config.host);
    logger.info({ graphql: `${url}/graphql`, playground: `${url}/graphql`, neo4jBrowser: browserUrl ?? null, pid: process.pid }, 'ready');
    console.error(`GraphQL API and playground: ${url}/graphql`);
    if (browserUrl) console.error(`Neo4j Browser: ${browserUrl} (credentials: npm run -s db:status -- --json)`);
    return {
      url,
      stop: async () => {
        // Neo4j stays supervised while the drain still serves requests.
        await server.drain(config.shutdownDrainMs);
        supervisor?.halt();
        await server.close();
        await closeAll();
      },
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}
