import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { fetchNeo4j } from './fetchNeo4j';
import {
  boltUri,
  browserUrl,
  consoleLog,
  Credentials,
  credentialsFile,
  libDir,
  LocalInstance,
  neo4jConf,
  pidFile,
  readCredentials,
} from './instance';

export interface LocalStatus {
  running: boolean;
  pid?: number;
  boltUri: string;
  browserUrl: string;
  user?: string;
  password?: string;
}

export interface StartResult extends LocalStatus {
  reused: boolean;
  /** Set when this process started Neo4j tied to its own life (see `tied` below). */
  child?: ChildProcess;
}

export interface StartOptions {
  /**
   * Tie Neo4j's life to this process: a small bash wrapper reads our stdin and stops Java when it
   * closes, which the kernel does however we die (even SIGKILL). `npm start` and the test run use
   * this so that no Java process outlives them; `npm run db:start` does not, by design.
   */
  tied: boolean;
  log?: (line: string) => void;
  readyTimeoutMs?: number;
}

const JAVA_MAIN = 'org.neo4j.server.CommunityEntryPoint';

function isOurNeo4j(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(JAVA_MAIN);
  } catch {
    return true; // no /proc (macOS): a live pid from our own pid file is the best evidence we have
  }
}

function readPid(i: LocalInstance): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile(i), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The pid of the instance's running server; a pid file left by a killed run is removed. */
export function runningPid(i: LocalInstance, log: (line: string) => void = () => {}): number | undefined {
  const pid = readPid(i);
  if (pid === undefined) return undefined;
  if (isOurNeo4j(pid)) return pid;
  log(`Cleared a stale pid file (${pidFile(i)}: process ${pid} is gone).`);
  fs.rmSync(pidFile(i), { force: true });
  return undefined;
}

export function status(i: LocalInstance): LocalStatus {
  const pid = runningPid(i);
  const creds = readCredentials(i);
  return {
    running: pid !== undefined,
    pid,
    boltUri: boltUri(i),
    browserUrl: browserUrl(i),
    user: creds?.user,
    password: creds?.password,
  };
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** First start: a generated password, set before the server ever runs (Neo4j's own rule). */
function prepareHome(i: LocalInstance, log: (line: string) => void): Credentials {
  for (const dir of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) {
    fs.mkdirSync(path.join(i.home, dir), { recursive: true });
  }
  fs.writeFileSync(path.join(i.home, 'conf', 'neo4j.conf'), neo4jConf(i));
  const existing = readCredentials(i);
  if (existing) return existing;
  if (fs.existsSync(path.join(i.home, 'data', 'dbms'))) {
    throw new Error(`${i.home}/data holds a database but its credentials.json is gone; delete ${i.home} to start afresh`);
  }
  const creds = { user: 'neo4j', password: crypto.randomBytes(16).toString('hex') };
  const result = spawnSync(javaBin(), ['-cp', `${libDir()}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', creds.password], {
    env: neo4jEnv(i),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`setting the initial password failed: ${result.stderr || result.stdout}`);
  fs.writeFileSync(credentialsFile(i), JSON.stringify(creds, null, 2), { mode: 0o600 });
  log(`Generated a password for ${i.name}'s Neo4j, kept in ${credentialsFile(i)}.`);
  return creds;
}

const javaBin = (): string => (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');
const neo4jEnv = (i: LocalInstance): NodeJS.ProcessEnv => ({
  ...process.env,
  NEO4J_HOME: i.home,
  NEO4J_CONF: path.join(i.home, 'conf'),
});

function javaArgs(i: LocalInstance): string[] {
  return [
    `-Xms${i.heap}`,
    `-Xmx${i.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${libDir()}/*`,
    JAVA_MAIN,
    `--home-dir=${i.home}`,
    `--config-dir=${path.join(i.home, 'conf')}`,
  ];
}

// $1 pid file, $2... the java command. Java's pid goes to the pid file; when our stdin reaches
// end-of-file (the parent closed it or died) or we get TERM/INT, Java is asked to stop and awaited.
// Java dying by itself ends the wrapper with Java's status (128 + signal when killed), which the
// supervisor (supervisor.ts) reports.
const TIED_WRAPPER = `
pidfile="$1"; shift
exec 3<&0
"$@" </dev/null 3<&- & java=$!
echo "$java" > "$pidfile"
stop() { kill -TERM "$java" 2>/dev/null; wait "$java"; rm -f "$pidfile"; exit 0; }
trap stop TERM INT
( cat <&3 >/dev/null; kill -TERM $$ ) &
wait "$java"; status=$?; rm -f "$pidfile"; exit $status
`;

function spawnServer(i: LocalInstance, tied: boolean): ChildProcess {
  const out = fs.openSync(consoleLog(i), 'a');
  const command = [javaBin(), ...javaArgs(i)];
  if (tied) {
    return spawn('bash', ['-c', TIED_WRAPPER, 'neo4j-tied', pidFile(i), ...command], {
      env: neo4jEnv(i),
      stdio: ['pipe', out, out],
    });
  }
  const child = spawn(command[0], command.slice(1), { env: neo4jEnv(i), stdio: ['ignore', out, out], detached: true });
  fs.writeFileSync(pidFile(i), String(child.pid));
  child.unref();
  return child;
}

export function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitUntilReady(i: LocalInstance, creds: Credentials, child: ChildProcess | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child?.once('exit', () => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Neo4j exited during start-up. Last lines of ${consoleLog(i)}:\n${tail(consoleLog(i))}`);
    if (await portAnswers(i.boltPort)) {
      const driver = neo4j.driver(boltUri(i), neo4j.auth.basic(creds.user, creds.password));
      try {
        await driver.verifyConnectivity();
        return;
      } catch {
        // bolt opens a little before the databases are online; try again
      } finally {
        await driver.close();
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `Neo4j did not answer on ${boltUri(i)} within ${timeoutMs / 1000}s. Last lines of ${consoleLog(i)}:\n${tail(consoleLog(i))}`,
  );
}

/** Starts the instance, or reuses it when it already runs (a second start is not an error). */
export async function start(i: LocalInstance, options: StartOptions): Promise<StartResult> {
  const log = options.log ?? ((line: string) => console.error(line));
  const timeout = options.readyTimeoutMs ?? 180_000;
  fetchNeo4j(log);
  const pid = runningPid(i, log);
  if (pid !== undefined) {
    const creds = readCredentials(i);
    if (!creds) throw new Error(`Neo4j runs as pid ${pid} but ${credentialsFile(i)} is missing`);
    await waitUntilReady(i, creds, undefined, timeout);
    return { ...status(i), reused: true };
  }
  if (await portAnswers(i.boltPort)) {
    throw new Error(
      `port ${i.boltPort} is taken by another process; set ${i.name === 'test' ? 'TEST' : 'LOCAL'}_NEO4J_BOLT_PORT to a free port`,
    );
  }
  const creds = prepareHome(i, log);
  log(`Starting Neo4j (${i.name}) on ${boltUri(i)}, heap ${i.heap}; log: ${consoleLog(i)}`);
  const child = spawnServer(i, options.tied);
  await waitUntilReady(i, creds, child, timeout).catch(async (err) => {
    await stop(i, child);
    throw err;
  });
  return { ...status(i), reused: false, child: options.tied ? child : undefined };
}

function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const poll = () => {
      if (!isOurNeo4j(pid)) return resolve(true);
      if (Date.now() > deadline) return resolve(false);
      setTimeout(poll, 200);
    };
    poll();
  });
}

/** Stops the instance: TERM (Neo4j checkpoints and closes cleanly), KILL after a minute. */
export async function stop(i: LocalInstance, child?: ChildProcess): Promise<boolean> {
  const pid = readPid(i);
  child?.stdin?.end();
  if (pid === undefined || !isOurNeo4j(pid)) {
    fs.rmSync(pidFile(i), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  if (!(await exited(pid, 60_000))) {
    process.kill(pid, 'SIGKILL');
    await exited(pid, 10_000);
  }
  fs.rmSync(pidFile(i), { force: true });
  if (child && child.exitCode === null && child.signalCode === null) {
    await new Promise((resolve) => child.once('exit', resolve)); // the wrapper reaps Java, then exits
  }
  return true;
}
