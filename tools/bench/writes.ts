/**
 * The benchmark's write workloads: a change set creating a work and linking it to a platform (`createAndLink`),
 * and an update of one fact (`updateFact`, each writer its own relationship, so writers meet only at the change
 * log's lock), at 1, 4 and 16 concurrent writers (`--writers`), each writer sending its next write when the last is
 * answered. Three ways, from the outside in:
 *
 * - **ours**: `applyChanges` over HTTP to our server, with an editor's token;
 * - **graph**: the same change set through `Curation` on our graph in this process (executor, commit gate,
 *   retries), no HTTP or GraphQL; it reports where each write's time went: waiting for the change log's lock (the
 *   `lockChangeLog` statement), the other statements, waiting at the commit gate, the commit;
 * - **floor**: the same statements (Curation builds them, with the same texts and parameters) sent straight
 *   through the driver in one explicit transaction: no executor, no gate, no retries. Timed the same way.
 */
import crypto from 'node:crypto';
import neo4j, { Driver } from 'neo4j-driver';
import { mintToken } from '../../src/auth/mint';
import type { ChangeRequest } from '../../src/graph/changes';
import { Curation } from '../../src/graph/curation';
import { Graph, graphOn, WriteScope } from '../../src/graph/graph';
import { plainRow } from '../../src/graph/plain';
import { Statements } from '../../src/graph/statements';
import { createLogger } from '../../src/logger';
import { figures, percentile, RunFigures } from './measure';

/** The token settings ours runs with in the benchmark, so that it takes writes. */
export const BENCH_TOKEN_ENV = {
  JWT_SECRET: 'bench-writes-secret-of-at-least-32-characters',
  JWT_ISSUER: 'https://bench.local',
  JWT_AUDIENCE: 'av-graph',
};

export const WRITE_WORKLOADS = ['createAndLink', 'updateFact'] as const;
export type WriteWorkload = (typeof WRITE_WORKLOADS)[number];
export const WRITE_SYSTEMS = ['ours', 'graph', 'floor'] as const;
export type WriteSystem = (typeof WRITE_SYSTEMS)[number];
export const DEFAULT_WRITERS = [1, 4, 16];

/** Where one write's time went, in milliseconds (graph and floor; ours runs elsewhere). */
export interface WriteWaits {
  /** The `lockChangeLog` statement: mostly waiting for the writer ahead to commit. */
  lockMs: number;
  /** Every other statement of the change set: its reads and writes. */
  statementsMs: number;
  /** Waiting at the commit gate for a commit turn (graph only). */
  gateMs: number;
  commitMs: number;
}

export interface WriteRun extends RunFigures {
  /** Medians over the run's writes. */
  waits?: WriteWaits;
  /** The first failure's message, if any write failed. */
  firstError?: string;
}

export interface WriteResult {
  workload: WriteWorkload;
  system: WriteSystem;
  writers: number;
  rounds: WriteRun[];
  median?: { p50: number; p95: number; p99: number; rps: number; requests: number; errors: number; waits?: WriteWaits };
}

const PLATFORM = 'platform:tvb-jade';
const CITED = { source: 'source:paper', locator: 'benchmark write' };
const run = crypto.randomBytes(3).toString('hex');
const factWork = (writer: number) => `work:bench-${run}-fact-${writer}`;

/** A new work and its airing, ids unique to this run, writer and write. */
function createAndLink(writer: number, n: number, id = `work:bench-${run}-${writer}-${n}`): ChangeRequest[] {
  return [
    { createEntity: { label: 'Work', id, properties: { title: `Bench work ${writer}-${n}`, year: 2020, kind: 'FILM' }, ...CITED } },
    { link: { type: 'AIRED_ON', from: id, to: PLATFORM, key: '2020', properties: { year: 2020 }, ...CITED } },
  ] as ChangeRequest[];
}

/** A new rating on the writer's own airing. */
const updateFact = (writer: number, n: number): ChangeRequest[] =>
  [
    { updateLink: { link: { type: 'AIRED_ON', from: factWork(writer), to: PLATFORM, key: '2020' }, set: { rating: 10 + (n % 100) / 10 } } },
  ] as ChangeRequest[];

const changesOf = (workload: WriteWorkload) => (workload === 'createAndLink' ? createAndLink : updateFact);

/** One write by one writer: resolves with where its time went, if the system can tell. */
export type Write = (writer: number, n: number) => Promise<WriteWaits | undefined>;

const APPLY = 'mutation ($changes: [ChangeInput!]!) { applyChanges(changes: $changes) { changeSet } }';

/** ours: the change set over HTTP. */
export async function oursWrite(url: string, workload: WriteWorkload): Promise<Write> {
  const token = await mintToken({ ...tokenRequest(), subject: 'bench', role: 'editor', days: 1 });
  return async (writer, n) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: APPLY, variables: { changes: changesOf(workload)(writer, n) } }),
    });
    const body = (await res.json()) as { errors?: { message: string }[] };
    if (!res.ok || body.errors) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
    return undefined;
  };
}

const tokenRequest = () => ({
  secret: BENCH_TOKEN_ENV.JWT_SECRET,
  issuer: BENCH_TOKEN_ENV.JWT_ISSUER,
  audience: BENCH_TOKEN_ENV.JWT_AUDIENCE,
});

const emptyWaits = (): WriteWaits => ({ lockMs: 0, statementsMs: 0, gateMs: 0, commitMs: 0 });

/** graph: Curation on our graph, each writer's statements and commit tagged with its own request id. */
export function graphWrite(driver: Driver, database: string, workload: WriteWorkload): Write {
  const current = new Map<string, WriteWaits>();
  const graph = graphOn(driver, createLogger('silent'), {
    database,
    txTimeoutMs: 60_000,
    onStatement: (e) => {
      const w = current.get(e.requestId!);
      if (w && e.query === 'lockChangeLog') w.lockMs += e.durationMs;
      else if (w) w.statementsMs += e.durationMs;
    },
    onCommit: (e) => {
      const w = current.get(e.requestId!);
      if (w) [w.gateMs, w.commitMs] = [w.gateMs + e.gateWaitMs, w.commitMs + e.commitMs];
    },
  });
  return async (writer, n) => {
    const id = `writer-${writer}`;
    const waits = emptyWaits();
    current.set(id, waits);
    await new Curation(graph.forRequest(id)).apply('bench', changesOf(workload)(writer, n));
    return waits;
  };
}

/**
 * floor: the statements Curation sends, straight through the driver in one explicit transaction. Curation asks
 * only `writeAll` of its graph; this one runs each named statement's text (from the same statement layer) on the
 * driver's transaction and makes rows plain, as the executor's boundary does, and times them.
 */
export function floorWrite(driver: Driver, database: string, workload: WriteWorkload): Write {
  const statements = new Statements();
  return async (writer, n) => {
    const waits = emptyWaits();
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    const onDriver = {
      writeAll: async <T>(work: (scope: WriteScope) => Promise<T>): Promise<T> => {
        const tx = await session.beginTransaction({ timeout: 60_000 });
        try {
          const result = await work({
            run: async (name, params = {}) => {
              const started = performance.now();
              const { text, params: values } = statements.call(name, params);
              const rows = (await tx.run(text, values)).records.map((r) => plainRow(r));
              waits[name === 'lockChangeLog' ? 'lockMs' : 'statementsMs'] += performance.now() - started;
              return rows;
            },
          });
          const committing = performance.now();
          await tx.commit();
          waits.commitMs = performance.now() - committing;
          return result;
        } finally {
          if (tx.isOpen()) await tx.rollback();
        }
      },
    } as unknown as Graph;
    try {
      await new Curation(onDriver).apply('bench', changesOf(workload)(writer, n));
    } finally {
      await session.close();
    }
    return waits;
  };
}

/** What updateFact updates: each writer's own airing, made once per scale (the scale's graph is loaded afresh). */
export async function prepareWrites(driver: Driver, database: string, writers: number): Promise<void> {
  const graph = graphOn(driver, createLogger('silent'), { database, txTimeoutMs: 60_000 });
  for (let writer = 0; writer < writers; writer++) await new Curation(graph).apply('bench', createAndLink(writer, 0, factWork(writer)));
}

const medianOf = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** `writers` loops, each writing when its last write is answered, for `seconds`. */
async function writeLoop(write: Write, writers: number, seconds: number, counter: { n: number }): Promise<WriteRun> {
  const latencies: number[] = [];
  const waits: WriteWaits[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      while (performance.now() < end && errors < 100) {
        const t = performance.now();
        try {
          const w = await write(writer, ++counter.n);
          latencies.push(performance.now() - t);
          if (w) waits.push(w);
        } catch (err) {
          errors += 1;
          firstError ??= (err as Error).message;
        }
      }
    }),
  );
  const run: WriteRun = { ...figures(latencies, errors, (performance.now() - started) / 1000), firstError };
  if (waits.length > 0)
    run.waits = {
      lockMs: medianOf(waits.map((w) => w.lockMs)),
      statementsMs: medianOf(waits.map((w) => w.statementsMs)),
      gateMs: medianOf(waits.map((w) => w.gateMs)),
      commitMs: medianOf(waits.map((w) => w.commitMs)),
    };
  return run;
}

const counter = { n: 0 };

/** A warm-up run (discarded), then the measured run. */
export async function writeLoad(write: Write, writers: number, settings: { warmupSeconds: number; seconds: number }): Promise<WriteRun> {
  if (settings.warmupSeconds > 0) await writeLoop(write, writers, settings.warmupSeconds, counter);
  return writeLoop(write, writers, settings.seconds, counter);
}

/** Medians over the rounds that answered. */
export function summariseWrites(result: WriteResult): WriteResult {
  const rounds = result.rounds.filter((r) => r.requests > 0);
  if (rounds.length === 0) return result;
  const of = (pick: (r: WriteRun) => number) => medianOf(rounds.map(pick));
  const withWaits = rounds.filter((r) => r.waits);
  const waits =
    withWaits.length > 0
      ? {
          lockMs: medianOf(withWaits.map((r) => r.waits!.lockMs)),
          statementsMs: medianOf(withWaits.map((r) => r.waits!.statementsMs)),
          gateMs: medianOf(withWaits.map((r) => r.waits!.gateMs)),
          commitMs: medianOf(withWaits.map((r) => r.waits!.commitMs)),
        }
      : undefined;
  return {
    ...result,
    median: {
      p50: of((r) => r.p50),
      p95: of((r) => r.p95),
      p99: of((r) => r.p99),
      rps: of((r) => r.rps),
      requests: of((r) => r.requests),
      errors: rounds.reduce((s, r) => s + r.errors, 0),
      waits,
    },
  };
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '-' : v.toFixed(1));

/** The Markdown table of one scale's write results. */
export function writesTable(results: WriteResult[]): string[] {
  const out = [
    '| workload | writers | system | p50 ms | p95 ms | p99 ms | writes/s | errors | lock ms | statements ms | gate ms | commit ms |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const m = r.median;
    const w = m?.waits;
    out.push(
      `| ${r.workload} | ${r.writers} | ${r.system} | ${ms(m?.p50)} | ${ms(m?.p95)} | ${ms(m?.p99)} | ${ms(m?.rps)} | ${m?.errors ?? '-'} | ${ms(w?.lockMs)} | ${ms(w?.statementsMs)} | ${r.system === 'graph' ? ms(w?.gateMs) : '-'} | ${ms(w?.commitMs)} |`,
    );
  }
  return out;
}
