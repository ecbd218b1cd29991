import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { graphOn } from '../../src/graph/graph';
import { createLogger } from '../../src/logger';
import { Check, checkWorkload, profileWorkload, unsupported } from './check';
import { benchCatalog, pickSubjects, prepareScale, ScaleSpec } from './data';
import { floorLoad, httpLoad, LoadSettings, postGraphQL, RunFigures } from './measure';
import { benchDriver, openNeo4j } from './neo4j';
import type { BenchOptions } from './options';
import { BenchTarget, canFork, RunningServer, ServerKind, startChild, startInProcess } from './servers';
import { evaluateTargets } from './targets';
import { Subjects, Workload, WORKLOADS } from './workloads';
import {
  floorWrite,
  graphWrite,
  oursWrite,
  prepareWrites,
  summariseWrites,
  Write,
  writeLoad,
  WriteResult,
  WRITE_SYSTEMS,
  WRITE_WORKLOADS,
  WriteSystem,
  WriteWorkload,
} from './writes';

import { BenchReport, DISAGREEMENT, passRequests, QueryResult, ScaleResult, SYSTEMS, System, WarmupRun } from './results';

export * from './results';

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function summarise(result: QueryResult): QueryResult {
  const rounds = result.rounds.filter((r) => r.requests > 0);
  if (rounds.length === 0) return result;
  const of = (key: keyof RunFigures) => median(rounds.map((r) => r[key]));
  const range = (key: keyof RunFigures): [number, number] => [
    Math.min(...rounds.map((r) => r[key])),
    Math.max(...rounds.map((r) => r[key])),
  ];
  const spread = { p50: range('p50'), rps: range('rps') };
  const m = {
    p50: of('p50'),
    p95: of('p95'),
    p99: of('p99'),
    rps: of('rps'),
    requests: of('requests'),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
  };
  const wide = (r: [number, number], mid: number) => mid > 0 && (r[1] - r[0]) / mid > DISAGREEMENT;
  return { ...result, median: m, spread, unstable: rounds.length > 1 && (wide(spread.p50, m.p50) || wide(spread.rps, m.rps)) };
}

interface Context {
  options: BenchOptions;
  driver: Driver;
  database: string;
  servers: Record<ServerKind, RunningServer>;
  deadline: number;
}

/** The systems in a different order each round, so no system always runs right after another's load. */
const rotation = (round: number): System[] => SYSTEMS.map((_, i) => SYSTEMS[(i + round) % SYSTEMS.length]);

async function measureOnce(ctx: Context, w: Workload, subjects: Subjects, system: System, settings: LoadSettings): Promise<RunFigures> {
  const variants = w.variants(subjects);
  if (system === 'floor')
    return floorLoad(
      ctx.driver,
      ctx.database,
      benchCatalog().text(w.floor),
      variants.map((v) => v.floor),
      settings,
    );
  const query = system === 'ours' ? w.ours : w.peer;
  const bodies = variants.map((v) => JSON.stringify({ query, variables: system === 'ours' ? v.ours : v.peer }));
  return httpLoad(ctx.servers[system].url, bodies, settings);
}

const oursCannot = (checks: Check[], w: Workload) => checks.some((c) => c.query === w.name && unsupported(c));

/** A warm-up pass has reached steady state when it answered less than this share more than the pass before. */
export const STEADY = 0.1;
export const MAX_WARMUP_PASSES = 6;

/**
 * Passes over every query on every system, discarded, until one answers hardly more than the one before
 * (see BenchOptions.scaleWarmupSeconds): a Neo4j just started keeps getting faster for a minute or more,
 * and one fixed pass left round 1 at twice the p50 of the rounds after it.
 */
async function warmScale(ctx: Context, workloads: Workload[], subjects: Subjects, checks: Check[]): Promise<WarmupRun[][]> {
  const passes: WarmupRun[][] = [];
  if (ctx.options.scaleWarmupSeconds <= 0) return passes;
  const settings: LoadSettings = { connections: ctx.options.connections, warmupSeconds: 0, seconds: ctx.options.scaleWarmupSeconds };
  while (passes.length < MAX_WARMUP_PASSES && Date.now() < ctx.deadline) {
    const pass: WarmupRun[] = [];
    for (const w of workloads) {
      for (const system of SYSTEMS) {
        if (system === 'ours' && oursCannot(checks, w)) continue;
        pass.push({ query: w.name, system, requests: (await measureOnce(ctx, w, subjects, system, settings)).requests });
      }
    }
    passes.push(pass);
    ctx.options.log(`  warm-up pass ${passes.length}: ${passRequests(pass).toLocaleString('en')} requests`);
    const before = passes.at(-2);
    if (before && passRequests(pass) < passRequests(before) * (1 + STEADY)) break;
  }
  return passes;
}

async function measureScale(ctx: Context, workloads: Workload[], subjects: Subjects, checks: Check[]): Promise<QueryResult[]> {
  const settings: LoadSettings = {
    connections: ctx.options.connections,
    warmupSeconds: ctx.options.warmupSeconds,
    seconds: ctx.options.seconds,
  };
  const results = new Map<string, QueryResult>();
  for (const w of workloads)
    for (const system of SYSTEMS) results.set(`${w.name}/${system}`, { query: w.name, system, rounds: [], unstable: false });
  for (let round = 0; round < ctx.options.rounds; round++) {
    ctx.options.log(`  round ${round + 1} of ${ctx.options.rounds}`);
    for (const w of workloads) {
      const oursUnsupported = oursCannot(checks, w);
      for (const system of rotation(round)) {
        const result = results.get(`${w.name}/${system}`)!;
        if (system === 'ours' && oursUnsupported) {
          result.skipped = 'ours cannot answer this query (see the checks)';
          continue;
        }
        if (Date.now() > ctx.deadline) {
          result.skipped = `not measured in round ${round + 1}: the run reached --max-minutes`;
          continue;
        }
        result.rounds.push(await measureOnce(ctx, w, subjects, system, settings));
      }
    }
  }
  return [...results.values()].map(summarise);
}

async function runScale(ctx: Context, spec: ScaleSpec, workloads: Workload[]): Promise<ScaleResult> {
  const log = ctx.options.log;
  log(`Scale ${spec.name}: loading the data`);
  const data = await prepareScale(ctx.driver, ctx.database, spec, ctx.options.seed, log);
  log(
    `  ${data.works.toLocaleString('en')} works, ${data.graph.nodes.toLocaleString('en')} nodes, ${data.graph.relationships.toLocaleString('en')} relationships`,
  );
  const subjects = await pickSubjects(ctx.driver, ctx.database);
  const scale: ScaleResult = { name: spec.name, data, subjects, checks: [], statements: {}, profiles: {}, warmup: [], results: [] };
  for (const w of workloads) {
    const outcome = await checkWorkload(ctx.driver, ctx.database, w, subjects, ctx.servers.ours, ctx.servers.peer);
    scale.checks.push(...outcome.checks);
    const mean = (pick: (c: Check) => number) => outcome.checks.reduce((s, c) => s + pick(c), 0) / outcome.checks.length;
    scale.statements[w.name] = { ours: mean((c) => c.statements.ours), peer: mean((c) => c.statements.peer) };
    for (const c of outcome.checks.filter((x) => !x.agree))
      log(`  ${w.name} #${c.variant}: answers differ: ${[...c.errors, c.oursVsFloor, c.oursVsPeer].filter(Boolean).join('; ')}`);
    scale.profiles[w.name] = await profileWorkload(ctx.driver, ctx.database, w, subjects, outcome.sent);
  }
  if (workloads.length > 0) {
    scale.warmup = await warmScale(ctx, workloads, subjects, scale.checks);
    scale.results = await measureScale(ctx, workloads, subjects, scale.checks);
  }
  if (runsWrites(ctx.options)) scale.writes = await measureWrites(ctx);
  return scale;
}

const runsWrites = (options: BenchOptions) => options.writers.length > 0 && (options.only.length === 0 || options.only.includes('writes'));

async function writeOf(ctx: Context, system: WriteSystem, workload: WriteWorkload): Promise<Write> {
  if (system === 'ours') return oursWrite(ctx.servers.ours.url, workload);
  return (system === 'graph' ? graphWrite : floorWrite)(ctx.driver, ctx.database, workload);
}

/**
 * The write workloads after the reads (they grow the graph): each workload at each number of writers on each
 * system, the systems in a different order each round, as the reads are.
 */
async function measureWrites(ctx: Context): Promise<WriteResult[]> {
  const { options } = ctx;
  await prepareWrites(ctx.driver, ctx.database, Math.max(...options.writers));
  const results = new Map<string, WriteResult>();
  for (const workload of WRITE_WORKLOADS)
    for (const writers of options.writers)
      for (const system of WRITE_SYSTEMS) results.set(`${workload}/${writers}/${system}`, { workload, system, writers, rounds: [] });
  for (let round = 0; round < options.rounds; round++) {
    options.log(`  writes, round ${round + 1} of ${options.rounds}`);
    for (const workload of WRITE_WORKLOADS)
      for (const writers of options.writers)
        for (let i = 0; i < WRITE_SYSTEMS.length; i++) {
          const system = WRITE_SYSTEMS[(i + round) % WRITE_SYSTEMS.length];
          if (Date.now() > ctx.deadline) continue;
          const write = await writeOf(ctx, system, workload);
          results.get(`${workload}/${writers}/${system}`)!.rounds.push(await writeLoad(write, writers, options));
        }
  }
  return [...results.values()].map(summariseWrites);
}

async function startServers(options: BenchOptions, target: BenchTarget): Promise<Record<ServerKind, RunningServer>> {
  const start = options.servers === 'child' && canFork() ? startChild : startInProcess;
  const ours = await start('ours', target);
  const peer = await start('peer', target).catch(async (err) => {
    await ours.close();
    throw err;
  });
  // The peer checks the Neo4j version on its first request; done here, it is not counted against a query.
  await postGraphQL(peer.url, '{ works(limit: 1) { id } }', {});
  return { ours, peer };
}

async function neo4jVersion(driver: Driver, database: string): Promise<{ version: string; edition: string }> {
  // The first statement a just-started Neo4j answers: on a loaded 2-core machine it took over 30 s.
  const graph = graphOn(driver, createLogger('silent'), { database, txTimeoutMs: 180_000 }, benchCatalog());
  const [row] = await graph.read('neo4jVersion');
  return { version: row.version as string, edition: row.edition as string };
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const started = new Date();
  const workloads = options.only.length ? WORKLOADS.filter((w) => options.only.includes(w.name)) : WORKLOADS;
  const db = await openNeo4j(options);
  const driver = benchDriver(db.target);
  const cpus = os.cpus();
  const report: BenchReport = {
    date: started.toISOString().slice(0, 10),
    startedAt: started.toISOString(),
    minutes: 0,
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    neo4j: { version: '', edition: '', own: db.own, ...(db.own ? { heap: options.neo4j.heap, pageCache: options.neo4j.pageCache } : {}) },
    settings: {
      scales: options.scales,
      rounds: options.rounds,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      scaleWarmupSeconds: options.scaleWarmupSeconds,
      connections: options.connections,
      seed: options.seed,
      servers: options.servers === 'child' && canFork() ? 'child processes' : 'in-process',
    },
    scales: [],
    targets: [],
    notes: [
      'The peer has no shortest-path field; it answers through a @cypher field running our own statement ' +
        '(cypher/shortestPathsBetween.cypher, written for the longest bound, 6, with longer paths dropped after), so on that query ours and the peer differ mainly in their GraphQL layers.',
      'Both servers run with logging off (LOG_LEVEL silent), so the figures are the GraphQL layer and Neo4j, not log output.',
      'The floor sends each statement as an auto-commit read (RUN and PULL in one round trip, as our graph sends ' +
        'its reads) through the same driver settings as the servers, in this process, with no HTTP and no GraphQL: ' +
        'the cost of the database itself.',
    ],
  };
  try {
    report.neo4j = { ...report.neo4j, ...(await neo4jVersion(driver, db.target.database)) };
    const servers = await startServers(options, db.target);
    try {
      const ctx: Context = {
        options,
        driver,
        database: db.target.database,
        servers,
        deadline: started.getTime() + options.maxMinutes * 60_000,
      };
      for (const spec of options.scales) report.scales.push(await runScale(ctx, spec, workloads));
    } finally {
      await Promise.all([servers.ours.close(), servers.peer.close()]);
    }
  } finally {
    await driver.close();
    await db.stop();
  }
  report.minutes = (Date.now() - started.getTime()) / 60_000;
  report.targets = evaluateTargets(report);
  return report;
}
