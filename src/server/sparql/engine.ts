import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../../localdb/instance';
import type { Logger } from '../../logger';
import type { Wanted } from './formats';
import type { FromWorker, Unnumbered } from './messages';

/** The graph as N-Quads (each entity and fact in a named graph of its own), for the SPARQL store. */
export interface GraphQuads {
  /** The whole graph, in chunks (at 100x it is larger than one JavaScript string may be). */
  wholeGraph(): AsyncIterable<string>;
  /** The named graphs of these entities as they are now, and the N-Quads that replace them. */
  describe(entities: string[]): Promise<{ graphs: string[]; nquads: string }>;
}

export interface SparqlLimits {
  timeoutMs: number;
  maxRows: number;
}

export type QueryOutcome = FromWorker | { ok: false; failure: 'timeout' | 'restarted'; message: string };

// Under ts-jest the sources are TypeScript, which a worker thread cannot run: it runs the build's copy.
const WORKER_FILE = __filename.endsWith('.ts')
  ? path.join(projectRoot(), 'dist', 'src', 'server', 'sparql', 'worker.js')
  : path.join(__dirname, 'worker.js');

type Pending = (reply: QueryOutcome) => void;

/** One worker thread holding Oxigraph's store, with the replies it owes. */
class EngineThread {
  readonly worker = new Worker(WORKER_FILE);
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(onError: (err: Error) => void) {
    this.worker.on('message', (reply: FromWorker) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    this.worker.on('error', onError);
  }

  send(message: Unnumbered): Promise<QueryOutcome> {
    const id = ++this.next;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Ends the thread; every reply still owed is a failure. */
  async end(failure: 'timeout' | 'restarted', message: string): Promise<void> {
    for (const resolve of this.pending.values()) resolve({ ok: false, failure, message });
    this.pending.clear();
    await this.worker.terminate();
  }
}

/**
 * The SPARQL store: Oxigraph (chosen by measuring, bench/results/2026-12-07-sparql) in a worker thread, loaded
 * with the whole graph when first started, and kept current by replacing the named graphs a change touched.
 * Oxigraph answers a query synchronously and cannot be interrupted, so a query past the timeout ends the
 * thread: a new one is started and loaded again, and what the old one still owed is answered as failed.
 */
export class SparqlEngine {
  private thread?: EngineThread;
  private loading?: Promise<void>;
  private closed = false;

  constructor(
    private readonly quads: GraphQuads,
    private readonly limits: SparqlLimits,
    private readonly logger: Logger,
    /** PUBLIC_BASE_URL: relative IRIs in a query (`</vocab/year>`, `</id/region/hong-kong>`) resolve against it. */
    private readonly base: () => string,
  ) {}

  /** Starts the thread and loads the graph, once; resolves when queries can be answered. */
  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    const started = performance.now();
    const thread = new EngineThread((err) => this.logger.error({ err }, 'SPARQL worker failed'));
    this.thread = thread;
    for await (const nquads of this.quads.wholeGraph()) {
      const reply = await thread.send({ kind: 'load', nquads });
      if (!reply.ok) throw new Error(`loading the SPARQL store failed: ${reply.message}`);
    }
    this.logger.info({ ms: Math.round(performance.now() - started) }, 'SPARQL store loaded');
  }

  async query(query: string, wanted: Partial<Wanted>): Promise<QueryOutcome> {
    await this.ready();
    const thread = this.thread!;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<QueryOutcome>((resolve) => {
      timer = setTimeout(() => {
        const message = `the query ran past SPARQL_TIMEOUT_MS (${this.limits.timeoutMs} ms) and was stopped`;
        resolve({ ok: false, failure: 'timeout', message });
        void this.restart(thread, message);
      }, this.limits.timeoutMs);
    });
    const answered = thread.send({ kind: 'query', query, base: `${this.base()}/`, ...wanted, maxRows: this.limits.maxRows });
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Replaces the named graphs of the entities a change touched with their description now. */
  async refresh(entities: string[]): Promise<void> {
    if (!this.loading) return; // not started: the load, when it comes, reads the graph as it is then
    await this.loading;
    const { graphs, nquads } = await this.quads.describe(entities);
    const reply = await this.thread!.send({ kind: 'replace', graphs, nquads });
    if (!reply.ok && reply.failure !== 'restarted') this.logger.error({ reason: reply.message }, 'SPARQL store update failed');
  }

  private async restart(thread: EngineThread, why: string): Promise<void> {
    if (this.thread !== thread || this.closed) return;
    this.logger.warn({ reason: why }, 'SPARQL worker restarted');
    this.loading = this.load();
    await thread.end('restarted', `the SPARQL store restarted: another query ${why}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.loading?.catch(() => undefined);
    await this.thread?.end('restarted', 'the server is stopping');
  }
}
