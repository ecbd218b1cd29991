import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { graphOn, Graph } from '../../src/graph/graph';
import { QueryCatalog } from '../../src/graph/statements';
import { projectRoot } from '../../src/localdb/instance';
import type { Logger } from '../../src/logger';
import { anchorPropsFromSeed, syntheticBatches } from './generate';
import { NODE_STATEMENTS, RELATIONSHIP_STATEMENTS, sizes, Sizes, SyntheticOptions } from './model';

export interface SyntheticLoadReport {
  options: SyntheticOptions;
  sizes: Sizes;
  seconds: number;
  batches: number;
  rows: number;
  /** Rows written, by label and by relationship type (CITED_IN counted with the nodes that cite). */
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** The whole graph afterwards, whatever else it holds (the paper's seed, say). */
  graph: { nodes: number; relationships: number };
}

export const syntheticCatalog = (): QueryCatalog => new QueryCatalog(path.join(projectRoot(), 'tools', 'synthetic', 'cypher'));

/** An graph over the synthetic statements; loads are long, so transactions may run for ten minutes. */
export const syntheticExecutor = (driver: Driver, database: string, logger: Logger): Graph =>
  graphOn(driver, logger, { database, txTimeoutMs: 600_000 }, syntheticCatalog());

const LABEL_OF = Object.fromEntries(Object.entries(NODE_STATEMENTS).map(([label, statement]) => [statement, label]));

/** Empties the graph in batches (the schema stays): a reload at another scale starts from nothing. */
export async function resetGraph(graph: Graph): Promise<void> {
  for (const statement of syntheticCatalog().statements('deleteEverythingInBatches')) await graph.runText(statement);
}

export async function graphSize(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.read('graphSize');
  return { nodes: row.nodes as number, relationships: row.relationships as number };
}

/**
 * Generates the synthetic graph and writes it batch by batch, each batch its own transaction (a
 * failure leaves the batches before it; a rerun completes the load, as every statement MERGEs).
 */
export async function loadSynthetic(
  graph: Graph,
  options: SyntheticOptions,
  seedDir: string,
  log: (line: string) => void = () => {},
): Promise<SyntheticLoadReport> {
  const started = performance.now();
  const report: SyntheticLoadReport = {
    options,
    sizes: sizes(options.scale),
    seconds: 0,
    batches: 0,
    rows: 0,
    nodes: {},
    relationships: {},
    graph: { nodes: 0, relationships: 0 },
  };
  let lastLog = started;
  for (const batch of syntheticBatches(options, anchorPropsFromSeed(seedDir))) {
    await graph.write(batch.statement, { rows: batch.rows });
    report.batches += 1;
    report.rows += batch.rows.length;
    const label = LABEL_OF[batch.statement];
    const type = label ? 'CITED_IN' : RELATIONSHIP_STATEMENTS[batch.statement].type;
    if (label) report.nodes[label] = (report.nodes[label] ?? 0) + batch.rows.length;
    report.relationships[type] = (report.relationships[type] ?? 0) + batch.rows.length;
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      log(`  ${report.rows.toLocaleString('en')} rows in ${((lastLog - started) / 1000).toFixed(0)} s`);
    }
  }
  report.seconds = (performance.now() - started) / 1000;
  report.graph = await graphSize(graph);
  return report;
}
