import fs from 'node:fs';
import path from 'node:path';

/**
 * A Neo4j the project runs for itself: its own folder under `.neo4j/`, its own ports.
 * `dev` serves `npm start`; `test` is the throwaway one `npm test` starts and removes.
 */
export interface LocalInstance {
  name: string;
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
}

export interface Credentials {
  user: string;
  password: string;
}

/** The folder holding package.json, found from wherever the compiled or source file sits. */
export function projectRoot(start: string = __dirname): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const cacheDir = (): string => path.join(projectRoot(), '.neo4j');
export const libDir = (): string => path.join(cacheDir(), 'lib');

const DEFAULT_PORTS: Record<string, { bolt: number; http: number }> = {
  dev: { bolt: 7687, http: 7474 },
  test: { bolt: 17687, http: 17474 },
};

function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${raw}"`);
  }
  return port;
}

/**
 * Describes a local instance. Ports and memory come from LOCAL_NEO4J_* variables so that two
 * checkouts on one machine, or a machine with 7687 taken, can still run.
 */
export function localInstance(name: string, env: NodeJS.ProcessEnv = process.env): LocalInstance {
  const prefix = name.startsWith('test') ? 'TEST_NEO4J' : 'LOCAL_NEO4J';
  const ports = DEFAULT_PORTS[name] ?? (name.startsWith('test') ? DEFAULT_PORTS.test : DEFAULT_PORTS.dev);
  return {
    name,
    home: path.join(cacheDir(), name),
    boltPort: portFrom(env, `${prefix}_BOLT_PORT`, ports.bolt),
    httpPort: portFrom(env, `${prefix}_HTTP_PORT`, ports.http),
    heap: env[`${prefix}_HEAP`] || '512m',
    pageCache: env[`${prefix}_PAGECACHE`] || '256m',
  };
}

export const pidFile = (i: LocalInstance): string => path.join(i.home, 'run', 'neo4j.pid');
export const credentialsFile = (i: LocalInstance): string => path.join(i.home, 'credentials.json');
export const consoleLog = (i: LocalInstance): string => path.join(i.home, 'logs', 'console.log');
export const boltUri = (i: LocalInstance): string => `bolt://127.0.0.1:${i.boltPort}`;
export const browserUrl = (i: LocalInstance): string => `http://127.0.0.1:${i.httpPort}/browser/`;

export function readCredentials(i: LocalInstance): Credentials | undefined {
  const file = credentialsFile(i);
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Credentials;
}

/** Neo4j's own settings for the instance: loopback only, plain HTTP, no usage reports. */
export function neo4jConf(i: LocalInstance): string {
  return [
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=:${i.boltPort}`,
    `server.bolt.advertised_address=:${i.boltPort}`,
    `server.http.listen_address=:${i.httpPort}`,
    `server.http.advertised_address=:${i.httpPort}`,
    'server.https.enabled=false',
    `server.memory.pagecache.size=${i.pageCache}`,
    'dbms.usage_report.enabled=false',
    'db.tx_log.rotation.retention_policy=2 files',
    '',
  ].join('\n');
}
