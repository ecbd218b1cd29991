import path from 'node:path';
import { projectRoot } from './instance';
import { fetchJars } from './mavenJars';

/**
 * Apache Jena Fuseki 5.6.0, fetched through Maven as Neo4j is (fuseki/pom.xml names it; its jars go to
 * .fuseki/lib once). Not part of the server: the SPARQL engine comparison (tools/sparql-engines.ts) and the
 * federation test run it as a second SPARQL store.
 */
export const fusekiLibDir = (): string => path.join(projectRoot(), '.fuseki', 'lib');

/** The classpath of Fuseki's jars, fetching them first if they are not there yet. */
export function fusekiClasspath(log: (line: string) => void = console.error): string {
  fetchJars('Apache Jena Fuseki 5.6.0', path.join(projectRoot(), 'fuseki', 'pom.xml'), fusekiLibDir(), log);
  return `${fusekiLibDir()}/*`;
}
