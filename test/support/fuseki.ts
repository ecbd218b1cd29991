/**
 * Apache Jena Fuseki (from Maven, src/localdb/fetchFuseki.ts) as a second SPARQL store for a test: an in-memory
 * dataset `/ds` with its query, update and Graph Store endpoints, on a port of the test's own.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { fusekiClasspath } from '../../src/localdb/fetchFuseki';

export interface Fuseki {
  /** The dataset's SPARQL query endpoint. */
  query: string;
  /** The dataset's Graph Store Protocol endpoint (`?default` is the default graph). */
  data: string;
  stop(): Promise<void>;
}

export async function startFuseki(port: number): Promise<Fuseki> {
  const java: ChildProcess = spawn(
    'java',
    [
      '-Xmx512m',
      '-cp',
      fusekiClasspath(),
      'org.apache.jena.fuseki.main.cmds.FusekiMainCmd',
      '--port',
      String(port),
      '--mem',
      '--update',
      '/ds',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const base = `http://127.0.0.1:${port}/ds`;
  // Up when it answers a query; a JVM on a loaded machine takes a while, so this waits on attempts, not time.
  for (let attempt = 0; ; attempt++) {
    if (java.exitCode !== null) throw new Error(`Fuseki exited with ${java.exitCode}`);
    const up = await fetch(`${base}/sparql?query=ASK%7B%7D`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (attempt > 600) throw new Error('Fuseki did not answer');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    query: `${base}/sparql`,
    data: `${base}/data`,
    stop: async () => {
      if (java.exitCode !== null) return;
      const exited = new Promise((r) => java.once('exit', r));
      java.kill('SIGTERM');
      await exited;
    },
  };
}
