import path from 'node:path';
import { libDir, projectRoot } from './instance';
import { fetchJars } from './mavenJars';

/**
 * Neo4j Community's server distribution archive is not published to Maven Central, but every jar
 * of the server is, along with Neo4j Browser's. `neo4j/pom.xml` names them; Maven copies them into
 * `.neo4j/lib` once, and the server then runs from that classpath (see localNeo4j.ts).
 */
export function fetchNeo4j(log: (line: string) => void = console.error): void {
  fetchJars('Neo4j Community 5.26 (LTS)', path.join(projectRoot(), 'neo4j', 'pom.xml'), libDir(), log);
}
