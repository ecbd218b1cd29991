import { spawn } from 'node:child_process';
import { fusekiClasspath } from '../../src/localdb/fetchFuseki';
import fs from 'node:fs';
import readline from 'node:readline';

/** One engine's figures at one scale: load time, resident memory once loaded, Table 1's query time. */
export interface EngineFigures {
  engine: string;
  triples: number;
  loadSeconds: number;
  rssMB: number;
  rows: number;
  queryMs: { median: number; min: number; max: number; runs: number };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = (ms: number[]) => ({
  median: +median(ms).toFixed(2),
  min: +Math.min(...ms).toFixed(2),
  max: +Math.max(...ms).toFixed(2),
  runs: ms.length,
});
const rssMB = (pid: number): number => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
};

/**
 * Oxigraph, measured in this process (run it in a child of its own, so its memory is its own): the
 * N-Triples loaded in chunks of lines (a V8 string holds at most about 512 million characters), then the
 * query run `runs` times after 3 unmeasured.
 */
export async function measureOxigraph(file: string, query: string, runs: number): Promise<EngineFigures> {
  const oxigraph = await import('oxigraph');
  const store = new oxigraph.Store();
  const started = performance.now();
  let chunk: string[] = [];
  let triples = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) {
    chunk.push(line);
    if (chunk.length === 200_000) {
      store.load(chunk.join('\n'), { format: 'application/n-triples' });
      triples += chunk.length;
      chunk = [];
    }
  }
  store.load(chunk.join('\n'), { format: 'application/n-triples' });
  triples += chunk.length;
  const loadSeconds = (performance.now() - started) / 1000;
  global.gc?.();
  let rows = 0;
  const ms: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t = performance.now();
    rows = (store.query(query) as unknown[]).length;
    if (i >= 3) ms.push(performance.now() - t);
  }
  return { engine: 'oxigraph', triples, loadSeconds: +loadSeconds.toFixed(1), rssMB: rssMB(process.pid), rows, queryMs: summary(ms) };
}

/** Fuseki with an in-memory dataset loaded from the file; its JVM's resident memory and the query over HTTP. */
export async function measureFuseki(file: string, query: string, runs: number, port: number, heap: string): Promise<EngineFigures> {
  const started = performance.now();
  const java = spawn(
    'java',
    [
      `-Xmx${heap}`,
      '-cp',
      fusekiClasspath(),
      'org.apache.jena.fuseki.main.cmds.FusekiMainCmd',
      '--port',
      String(port),
      `--file=${file}`,
      '/ds',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    const endpoint = `http://127.0.0.1:${port}/ds/sparql`;
    for (;;) {
      const up = await fetch(`${endpoint}?query=ASK%7B%7D`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (java.exitCode !== null) throw new Error(`Fuseki exited with ${java.exitCode}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const loadSeconds = (performance.now() - started) / 1000;
    let rows = 0;
    const ms: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const t = performance.now();
      const answer = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' },
        body: query,
      });
      rows = ((await answer.json()) as { results: { bindings: unknown[] } }).results.bindings.length;
      if (i >= 3) ms.push(performance.now() - t);
    }
    return { engine: 'fuseki', triples: 0, loadSeconds: +loadSeconds.toFixed(1), rssMB: rssMB(java.pid!), rows, queryMs: summary(ms) };
  } finally {
    java.kill('SIGTERM');
    await new Promise((r) => java.once('exit', r));
  }
}
