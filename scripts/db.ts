/**
 * `npm run db:start | db:stop | db:status [-- --json]`: the project's own Neo4j (instance "dev").
 * `db:start` leaves it running in the background for Neo4j Browser, Bloom and repeated `npm start`s.
 */
import { commandLine, UsageError } from '../src/config/commandLine';
import { localInstance } from '../src/localdb/instance';
import { start, status, stop } from '../src/localdb/localNeo4j';

const DB_USAGE = 'usage: npm run db:start | db:stop | db:status [-- --json]';

async function main(): Promise<number> {
  const { values, positionals } = commandLine(process.argv.slice(2), { json: { type: 'boolean' } }, DB_USAGE, 1);
  const [command] = positionals;
  const instance = localInstance(process.env.LOCAL_NEO4J_INSTANCE || 'dev');
  switch (command) {
    case 'start': {
      const result = await start(instance, { tied: false });
      console.log(`${result.reused ? 'Already running' : 'Started'}: ${result.boltUri} (pid ${result.pid})`);
      console.log(`Neo4j Browser: ${result.browserUrl}  user ${result.user}  (password: npm run -s db:status -- --json)`);
      return 0;
    }
    case 'stop': {
      const stopped = await stop(instance);
      console.log(stopped ? 'Stopped.' : 'Was not running.');
      return 0;
    }
    case 'status': {
      const s = status(instance);
      if (values.json) {
        const { running, boltUri, browserUrl, user, password } = s;
        console.log(JSON.stringify({ running, boltUri, browserUrl, user, password }));
      } else {
        console.log(s.running ? `running (pid ${s.pid}) at ${s.boltUri}; Browser ${s.browserUrl}` : 'not running');
      }
      return 0;
    }
    default:
      console.error(DB_USAGE);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`db: ${err.message}`);
    process.exit(err instanceof UsageError ? 2 : 1);
  },
);
