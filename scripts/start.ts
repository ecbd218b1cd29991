/**
 * `npm start`: Neo4j (the local one unless NEO4J_URI is set), the schema, the seed when the database
 * is empty, then GraphQL over HTTP. SIGINT/SIGTERM stop it cleanly, Neo4j included if we started it.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../src/config/config';
import { createLogger } from '../src/logger';
import { runServer } from '../src/server/run';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const running = await runServer(config, logger).catch((err: Error) => {
    logger.fatal({ reason: err.message }, 'could not start');
    console.error(`Could not start: ${err.message}`);
    process.exit(1);
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    await running.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

void main();
