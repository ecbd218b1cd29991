import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './instance';

/** The file that says a folder of jars was fetched whole (Maven may stop halfway). */
const MARKER = '.complete';

export const jarsPresent = (lib: string): boolean => fs.existsSync(path.join(lib, MARKER));

/**
 * The runtime jars a pom.xml names, copied by Maven into `lib` once (the Java servers the project runs as child
 * processes: Neo4j, Fuseki). `what` names them in messages.
 */
export function fetchJars(what: string, pom: string, lib: string, log: (line: string) => void): void {
  if (jarsPresent(lib)) return;
  log(`Fetching ${what} through Maven into ${path.relative(projectRoot(), lib)} (first run only)...`);
  const args = ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'];
  const result = spawnSync('mvn', args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) throw new Error(`could not run mvn (is Maven installed and on PATH?): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`mvn failed (exit ${result.status}) fetching ${what}; see its output above`);
  fs.writeFileSync(path.join(lib, MARKER), new Date().toISOString());
}
