/**
 * `npm run db:start | db:stop | db:status [-- --json]`: the project's own Neo4j (instance "dev").
 * `db:start` leaves it running in the background for Neo4j Browser, Bloom and repeated `npm start`s.
 */
import { localInstance } from '../src/localdb/instance';
import { start, status, stop } from '../src/localdb/localNeo4j';

async function main(): Promise<number> {
  const [command, ...flags] = process.argv.slice(2);
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
      if (flags.includes('--json')) {
        const { running, boltUri, browserUrl, user, password } = s;
        console.log(JSON.stringify({ running, boltUri, browserUrl, user, password }));
      } else {
        console.log(s.running ? `running (pid ${s.pid}) at ${s.boltUri}; Browser ${s.browserUrl}` : 'not running');
      }
      return 0;
    }
    default:
      console.error('usage: db.js start | stop | status [--json]');
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`db: ${err.message}`);
    process.exit(1);
  },
);
