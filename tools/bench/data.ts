import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { graphOn } from '../../src/graph/graph';
import { QueryCatalog } from '../../src/graph/statements';
import { applySchema } from '../../src/graph/schema';
import { projectRoot } from '../../src/localdb/instance';
import { createLogger } from '../../src/logger';
import { loadSeed } from '../../src/seed/load';
import { readSeed } from '../../src/seed/read';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { graphSize, loadSynthetic, resetGraph, SyntheticLoadReport, syntheticExecutor } from '../synthetic/load';
import { ENTITY_BATCH, LOOKUP_VARIANTS, NESTED_TARGET_WORKS, Subjects } from './workloads';

/** Works a national film archive catalogues in a year; the scales are multiples of it. */
export const ARCHIVE_YEAR_WORKS = 1000;
/** seed:synthetic's scale 1 is 100 works, so one archive year is scale 10. */
const SYNTHETIC_SCALE_PER_ARCHIVE_YEAR = ARCHIVE_YEAR_WORKS / 100;

export interface ScaleSpec {
  /** "paper", or "<n>x" for n archive years. */
  name: string;
  /** seed:synthetic's --scale loaded beside the paper's seed; 0 for the paper alone. */
  synthetic: number;
}

/** `paper,10,100`: the paper's graph, then 10 and 100 archive years of synthetic works beside it. */
export function parseScales(text: string): ScaleSpec[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      if (part === 'paper') return { name: 'paper', synthetic: 0 };
      const years = Number(part);
      if (!(years > 0 && years <= 500))
        throw new Error(`--scales: "${part}" is neither "paper" nor a number of archive years from 0 to 500`);
      return { name: `${part}x`, synthetic: years * SYNTHETIC_SCALE_PER_ARCHIVE_YEAR };
    });
}

export const benchCatalog = (): QueryCatalog => new QueryCatalog(path.join(projectRoot(), 'bench', 'cypher'));

export interface ScaleData {
  spec: ScaleSpec;
  seedSeconds: number;
  synthetic?: SyntheticLoadReport;
  settleSeconds: number;
  works: number;
  graph: { nodes: number; relationships: number };
}

const seconds = (since: number): number => (performance.now() - since) / 1000;

/** Empties the database, then loads the paper's seed and, above paper scale, the synthetic graph beside it. */
export async function prepareScale(
  driver: Driver,
  database: string,
  spec: ScaleSpec,
  seed: number,
  log: (line: string) => void,
): Promise<ScaleData> {
  const logger = createLogger('silent');
  const main = new QueryCatalog();
  const graph = graphOn(driver, logger, { database, txTimeoutMs: 600_000 }, main);
  const synthetic = syntheticExecutor(driver, database, logger);
  await resetGraph(synthetic);
  await applySchema(graph, main);
  let started = performance.now();
  await loadSeed(graph, readSeed(seedDir()));
  const data: ScaleData = { spec, seedSeconds: seconds(started), settleSeconds: 0, works: 0, graph: { nodes: 0, relationships: 0 } };
  if (spec.synthetic > 0) {
    log(`  loading the synthetic graph, scale ${spec.synthetic} (seed ${seed})...`);
    data.synthetic = await loadSynthetic(synthetic, { scale: spec.synthetic, seed }, seedDir(), (line) => log(`  ${line}`));
    log(`  loaded ${data.synthetic.rows.toLocaleString('en')} rows in ${data.synthetic.seconds.toFixed(1)} s`);
  }
  started = performance.now();
  const bench = graphOn(driver, logger, { database, txTimeoutMs: 600_000 }, benchCatalog());
  for (const statement of benchCatalog().statements('settleAfterLoad')) await bench.runText(statement);
  data.settleSeconds = seconds(started);
  data.graph = await graphSize(synthetic);
  data.works = (await bench.read('workCount'))[0].works as number;
  return data;
}

/** What the queries ask about at this scale, picked from the graph the same way at every scale. */
export async function pickSubjects(driver: Driver, database: string): Promise<Subjects> {
  const bench = graphOn(driver, createLogger('silent'), { database, txTimeoutMs: 120_000 }, benchCatalog());
  const [works] = await bench.read('pickWorkIds', { count: LOOKUP_VARIANTS });
  const [batch] = await bench.read('pickWorkIds', { count: ENTITY_BATCH });
  const [policy] = await bench.read('pickNestedPolicy', { target: NESTED_TARGET_WORKS });
  const [ends] = await bench.read('pickPathEnds');
  return {
    workIds: works.ids as string[],
    entityIds: batch.ids as string[],
    nestedPolicy: policy.id as string,
    nestedPolicyWorks: policy.works as number,
    pathFrom: ends.fromId as string,
    pathTo: ends.toId as string,
    searchText: 'palace',
    importer: 'region:hong-kong',
    importRegion: 'region:mainland-china',
  };
}
