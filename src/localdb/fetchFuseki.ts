import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './instance';

/**
 * Apache Jena Fuseki 5.6.0, fetched through Maven as Neo4j is (fuseki/pom.xml names it; its jars go to
 * .fuseki/lib once). Not part of the server: the SPARQL engine comparison (tools/sparql-engines.ts) and the
 * federation test run it as a second SPARQL store.
 */
const MARKER = '.complete';

export const fusekiLibDir = (): string => path.join(projectRoot(), '.fuseki', 'lib');

/** The classpath of Fuseki's jars, fetching them first if they are not there yet. */
export function fusekiClasspath(log: (line: string) => void = console.error): string {
  const lib = fusekiLibDir();
  if (!fs.existsSync(path.join(lib, MARKER))) {
    log('Fetching Apache Jena Fuseki 5.6.0 through Maven into .fuseki/lib (first run only)...');
    const pom = path.join(projectRoot(), 'fuseki', 'pom.xml');
    const args = ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'];
    const result = spawnSync('mvn', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.error) throw new Error(`could not run mvn (is Maven installed and on PATH?): ${result.error.message}`);
    if (result.status !== 0) throw new Error(`mvn failed (exit ${result.status}) fetching Fuseki; see its output above`);
    fs.writeFileSync(path.join(lib, MARKER), new Date().toISOString());
  }
  return `${lib}/*`;
}
