import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { libDir, projectRoot } from './instance';

/**
 * Neo4j Community's server distribution archive is not published to Maven Central, but every jar
 * of the server is, along with Neo4j Browser's. `neo4j/pom.xml` names them; Maven copies them into
 * `.neo4j/lib` once, and the server then runs from that classpath (see localNeo4j.ts).
 */
const MARKER = '.complete';

export function neo4jJarsPresent(): boolean {
  return fs.existsSync(path.join(libDir(), MARKER));
}

export function fetchNeo4j(log: (line: string) => void = console.error): void {
  if (neo4jJarsPresent()) return;
  log('Fetching Neo4j Community 5.26 (LTS) through Maven into .neo4j/lib (first run only)...');
  const pom = path.join(projectRoot(), 'neo4j', 'pom.xml');
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-f', pom, 'dependency:copy-dependencies', `-DoutputDirectory=${libDir()}`, '-DincludeScope=runtime'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.error) {
    throw new Error(`could not run mvn (is Maven installed and on PATH?): ${result.error.message}`);
  }
  if (result.status !== 0) throw new Error(`mvn failed (exit ${result.status}) fetching Neo4j; see its output above`);
  fs.writeFileSync(path.join(libDir(), MARKER), new Date().toISOString());
}
