import path from 'node:path';
import { projectRoot } from '../../src/localdb/instance';
import { parseScales, ScaleSpec } from './data';
import { DEFAULT_WRITERS } from './writes';

export interface BenchOptions {
  scales: ScaleSpec[];
  rounds: number;
  /** Measured seconds per query, system and round; a warm-up of `warmupSeconds` runs first and is discarded. */
  seconds: number;
  warmupSeconds: number;
  /**
   * Before round 1 at each scale, passes in which every query runs this long on every system,
   * discarded, until a pass answers hardly more requests than the one before: a fresh Neo4j and fresh
   * servers compile their hot paths then, instead of in round 1 (which ran several times slower than
   * the rounds after it when only the per-round warm-up preceded it). 0 for none.
   */
  scaleWarmupSeconds: number;
  /** Concurrent HTTP connections (ours, peer) and driver loops (floor). */
  connections: number;
  seed: number;
  outDir: string;
  /** Child processes (the default) keep the load generator off the servers' thread; tests run them in-process. */
  servers: 'child' | 'inprocess';
  /** A Neo4j to use (NEO4J_URI); unset, the benchmark runs its own instance "bench". */
  target?: BenchTarget;
  /** Whether a NEO4J_URI database that holds data may be emptied. */
  wipe: boolean;
  /** Measurements stop (and the report says so) once the run has taken this long. */
  maxMinutes: number;
  /** The bench instance's ports and memory (BENCH_NEO4J_*). */
  neo4j: { boltPort: number; httpPort: number; heap: string; pageCache: string };
  /** Only these workloads (all when empty); `writes` alone runs the write workloads and no reads. */
  only: string[];
  /** Concurrent writers of the write workloads (tools/bench/writes.ts); none when empty. */
  writers: number[];
  log: (line: string) => void;
}

export const USAGE =
  'usage: npm run bench -- [--scales paper,10,100] [--quick] [--rounds N] [--seconds S] [--warmup S] [--scale-warmup S] ' +
  '[--connections N] [--seed S] [--out DIR] [--only lookup,page,...,writes] [--writers 1,4,16|none] [--max-minutes M] [--wipe] [--in-process]';

const fail = (message: string): never => {
  throw new Error(`${message}\n${USAGE}`);
};

function number(flag: string, raw: string | undefined, min: number, max: number, integer = false): number {
  const value = Number(raw);
  if (raw === undefined || Number.isNaN(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    fail(`${flag} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${raw ?? ''}"`);
  }
  return value;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return env[name] ? number(name, env[name], 1, 65535, true) : fallback;
}

function memory(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name] || fallback;
  if (!/^\d+[kmg]$/i.test(value)) fail(`${name} must be a size such as 2g or 512m, got "${value}"`);
  return value;
}

function target(env: NodeJS.ProcessEnv): BenchTarget | undefined {
  if (!env.NEO4J_URI) return undefined;
  if (!env.NEO4J_PASSWORD) fail('NEO4J_PASSWORD is required when NEO4J_URI is set');
  return { uri: env.NEO4J_URI, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD!, database: env.NEO4J_DATABASE || 'neo4j' };
}

const QUICK = { scales: 'paper,10', rounds: 1, seconds: 1.5, warmupSeconds: 0.5, scaleWarmupSeconds: 0 };
// Five short rounds rather than three long ones: a burst of load from elsewhere on a shared machine
// spoils one round, and the median of five outvotes two such rounds.
const FULL = { scales: 'paper,10,100', rounds: 5, seconds: 2, warmupSeconds: 0.5, scaleWarmupSeconds: 1 };

export function parseOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): BenchOptions {
  const flags = new Map<string, string | undefined>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (['--quick', '--wipe', '--in-process'].includes(flag)) flags.set(flag, 'true');
    else if (
      [
        '--scales',
        '--rounds',
        '--seconds',
        '--warmup',
        '--scale-warmup',
        '--connections',
        '--seed',
        '--out',
        '--only',
        '--max-minutes',
        '--writers',
      ].includes(flag)
    )
      flags.set(flag, argv[++i]);
    else fail(`unknown argument "${flag}"`);
  }
  const preset = flags.has('--quick') ? QUICK : FULL;
  const get = (flag: string, fallback: string | number) => flags.get(flag) ?? String(fallback);
  return {
    scales: parseScales(get('--scales', preset.scales)),
    rounds: number('--rounds', get('--rounds', preset.rounds), 1, 10, true),
    seconds: number('--seconds', get('--seconds', preset.seconds), 0.2, 60),
    warmupSeconds: number('--warmup', get('--warmup', preset.warmupSeconds), 0, 60),
    scaleWarmupSeconds: number('--scale-warmup', get('--scale-warmup', preset.scaleWarmupSeconds), 0, 60),
    connections: number('--connections', get('--connections', 4), 1, 256, true),
    seed: number('--seed', get('--seed', 1), 0, 0xffffffff, true),
    outDir: path.resolve(projectRoot(), get('--out', path.join('bench', 'results'))),
    servers: flags.has('--in-process') ? 'inprocess' : 'child',
    target: target(env),
    wipe: flags.has('--wipe'),
    maxMinutes: number('--max-minutes', get('--max-minutes', 28), 1, 600),
    neo4j: {
      boltPort: port(env, 'BENCH_NEO4J_BOLT_PORT', 23687),
      httpPort: port(env, 'BENCH_NEO4J_HTTP_PORT', 23474),
      heap: memory(env, 'BENCH_NEO4J_HEAP', '2g'),
      pageCache: memory(env, 'BENCH_NEO4J_PAGECACHE', '1g'),
    },
    only: (flags.get('--only') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    writers: writersOf(flags.get('--writers')),
    log,
  };
}

/** `--writers 1,4,16` (the default), or `none`. */
function writersOf(raw: string | undefined): number[] {
  if (raw === 'none') return [];
  return (raw ?? DEFAULT_WRITERS.join(',')).split(',').map((w) => number('--writers', w.trim(), 1, 256, true));
}

/** The Neo4j the benchmark runs against. */
export interface BenchTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}
