import type { Config } from '../config/config';
import { connectNeo4j } from '../graph/connect';
import { graphOn } from '../graph/graph';
import { QueryCatalog } from '../graph/statements';
import { applySchema } from '../graph/schema';
import type { Logger } from '../logger';
import { seedIfEmpty } from '../seed/seedIfEmpty';
import { createServer } from './app';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Everything `npm start` does, as a function the tests can call too. */
export async function runServer(config: Config, logger: Logger): Promise<RunningServer> {
  const connection = await connectNeo4j(config, logger);
  try {
    const catalog = new QueryCatalog();
    const graph = graphOn(connection.driver, logger, { database: config.neo4jDatabase, txTimeoutMs: 300_000 }, catalog);
    await applySchema(graph, catalog);
    if (config.seedWhenEmpty) await seedIfEmpty(graph, logger);
    const server = await createServer({ config, driver: connection.driver, logger, catalog });
    const url = await server.listen(config.port, config.host);
    logger.info({ graphql: `${url}/graphql`, playground: `${url}/graphql`, neo4jBrowser: connection.browserUrl ?? null }, 'ready');
    console.error(`GraphQL API and playground: ${url}/graphql`);
    if (connection.browserUrl) console.error(`Neo4j Browser: ${connection.browserUrl} (credentials: npm run -s db:status -- --json)`);
    return {
      url,
      stop: async () => {
        await server.close();
        await connection.close();
      },
    };
  } catch (err) {
    await connection.close();
    throw err;
  }
}
