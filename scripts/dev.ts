/**
 * `npm run dev`: the server, rebuilt and restarted whenever a file under src/, scripts/, cypher/, web/ or
 * queries/ changes, while the Neo4j it uses stays up. The local Neo4j ("dev", as `npm run db:start` starts it)
 * is started in the background if it is not running, and left running on exit (`npm run db:stop` stops it);
 * with NEO4J_URI set, that Neo4j is used instead. A change that does not compile keeps the running server and
 * prints tsc's errors. Ctrl-C stops the server.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { localInstance, projectRoot } from '../src/localdb/instance';
import { start } from '../src/localdb/localNeo4j';
import { SERVER_NODE_FLAGS } from '../src/server/runtime';

const WATCHED = ['src', 'scripts', 'cypher', 'web', 'queries'];
/** Editors write a file in several steps; one restart per burst of changes. */
const SETTLE_MS = 300;

const root = projectRoot();

/** The Neo4j the server is to use: NEO4J_URI's, or the local one, started if it is not running. */
async function neo4jEnv(): Promise<NodeJS.ProcessEnv> {
  if (process.env.NEO4J_URI) return process.env;
  const local = await start(localInstance(process.env.LOCAL_NEO4J_INSTANCE || 'dev'), { tied: false });
  console.error(`dev: Neo4j ${local.reused ? 'already running' : 'started'} at ${local.boltUri} (it stays up: npm run db:stop)`);
  return { ...process.env, NEO4J_URI: local.boltUri, NEO4J_USER: local.user, NEO4J_PASSWORD: local.password };
}

const built = (): boolean =>
  spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' }).status === 0;

function serve(env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'dist', 'scripts', 'start.js')], {
    cwd: root,
    // No proxy polls a dev server's /ready: a restart after a change need not wait for a drain.
    env: { SHUTDOWN_DRAIN_MS: '0', ...env },
    stdio: 'inherit',
  });
}

const stopped = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

async function main(): Promise<void> {
  const env = await neo4jEnv();
  let server = serve(env);
  let timer: NodeJS.Timeout | undefined;
  let restarting = Promise.resolve();
  let quitting = false;
  const restart = (changed: string) => {
    restarting = restarting.then(async () => {
      if (quitting) return;
      console.error(`dev: ${changed} changed; rebuilding`);
      if (!built()) {
        console.error('dev: the build failed; the server keeps running the last build');
        return;
      }
      await stopped(server);
      if (!quitting) server = serve(env);
    });
  };
  for (const folder of WATCHED) {
    fs.watch(path.join(root, folder), { recursive: true }, (_event, file) => {
      clearTimeout(timer);
      timer = setTimeout(() => restart(path.join(folder, String(file ?? ''))), SETTLE_MS);
    });
  }
  const quit = () => {
    quitting = true;
    void restarting.then(() => stopped(server)).then(() => process.exit(0));
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
}

main().catch((err: Error) => {
  console.error(`dev: ${err.message}`);
  process.exit(1);
});
