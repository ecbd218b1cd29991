/**
 * `npm start`: Neo4j (the local one, supervised, unless NEO4J_URI is set), the schema, the seed when
 * the database is empty, then GraphQL over HTTP. SIGINT/SIGTERM stop it cleanly, Neo4j included if we
 * started it; a second signal stops it at once. npm runs this file through `exec`, so a signal to
 * `npm start`'s own pid reaches us (npm passes SIGINT and SIGTERM on to its child).
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../src/config/config';
import { createLogger } from '../src/logger';
import { RunningServer, runServer } from '../src/server/run';

/**
 * Ctrl-C in a terminal signals the whole process group, npm included, and npm passes the signal on:
 * we get it twice within milliseconds. Only a signal this long after the first counts as a second.
 */
const SAME_SIGNAL_MS = 1000;

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
  let running: RunningServer | undefined;
  let stoppingSince: number | undefined;
  const shutdown = async (reason: string, code: number) => {
    if (stoppingSince !== undefined) {
      if (Date.now() - stoppingSince < SAME_SIGNAL_MS) return;
      logger.warn({ reason }, 'second signal: exiting now, without waiting for requests in flight');
      process.exit(code || 1); // the tied Neo4j stops by itself when our end of its pipe closes
    }
    stoppingSince = Date.now();
    logger.info({ reason }, 'shutting down: finishing requests in flight');
    await running?.stop();
    logger.info('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  const onNeo4jGiveUp = (message: string) => {
    console.error(`Stopping: ${message}`);
    void shutdown('neo4j gave up', 1);
  };
  running = await runServer(config, logger, { onNeo4jGiveUp }).catch((err: Error) => {
    logger.fatal({ reason: err.message }, 'could not start');
    console.error(`Could not start: ${err.message}`);
    process.exit(1);
  });
}

void main();
