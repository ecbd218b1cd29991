import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './instance';

/** The file that says a folder of jars was fetched whole (Maven may stop halfway). */
const MARKER = '.complete';
/** How long a fetch waits between looks at another process's fetch of the same jars. */
const LOCK_POLL_MS = 500;

export const jarsPresent = (lib: string): boolean => fs.existsSync(path.join(lib, MARKER));

const sleepSync = (ms: number): void => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms) as unknown as void;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `${lib}.lock` (mkdir is atomic), waiting while a live process holds it: two Maven runs copying into one
 * folder through one local repository fail on a fresh machine (two Jest workers starting their Neo4j at once).
 * A lock whose holder died is taken over. Returns false when the holder finished the fetch meanwhile.
 */
function lockFetch(lib: string): boolean {
  const lock = `${lib}.lock`;
  const owner = path.join(lock, 'pid');
  fs.mkdirSync(path.dirname(lib), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock, { recursive: false });
      fs.writeFileSync(owner, String(process.pid));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (jarsPresent(lib)) return false;
    const holder = Number(fs.existsSync(owner) ? fs.readFileSync(owner, 'utf8') : NaN);
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) fs.rmSync(lock, { recursive: true, force: true });
    else sleepSync(LOCK_POLL_MS);
  }
}

/**
 * The runtime jars a pom.xml names, copied by Maven into `lib` once (the Java servers the project runs as child
 * processes: Neo4j, Fuseki). `what` names them in messages. Safe to call from several processes at once: one
 * fetches, the others wait for it.
 */
export function fetchJars(what: string, pom: string, lib: string, log: (line: string) => void): void {
  if (jarsPresent(lib) || !lockFetch(lib)) return;
  try {
    if (jarsPresent(lib)) return;
    log(`Fetching ${what} through Maven into ${path.relative(projectRoot(), lib)} (first run only)...`);
    const args = ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'];
    const result = spawnSync('mvn', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.error) throw new Error(`could not run mvn (is Maven installed and on PATH?): ${result.error.message}`);
    if (result.status !== 0) throw new Error(`mvn failed (exit ${result.status}) fetching ${what}; see its output above`);
    fs.mkdirSync(lib, { recursive: true });
    fs.writeFileSync(path.join(lib, MARKER), new Date().toISOString());
  } finally {
    fs.rmSync(`${lib}.lock`, { recursive: true, force: true });
  }
}
