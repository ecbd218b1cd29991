import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { graphOn, Graph } from '../../src/graph/graph';
import { aboutId } from '../../src/model';
import { forLabels, keyLookup, QueryCatalog } from '../../src/graph/statements';
import { projectRoot } from '../../src/localdb/instance';
import type { Logger } from '../../src/logger';
import { anchorPropsFromSeed, syntheticBatches } from './generate';
import { Batch, CLAIMS_PART, ClaimRow, NODE_PARTS, NodeRow, RELATIONSHIP_PARTS, sizes, Sizes, SyntheticOptions } from './model';

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

/** The generator's own statements (emptying a big graph, its size); it writes with the seed's (cypher/). */
export const syntheticCatalog = (): QueryCatalog => new QueryCatalog(path.join(projectRoot(), 'tools', 'synthetic', 'cypher'));

/** A graph for the load; loads are long, so transactions may run for ten minutes. */
export const syntheticExecutor = (driver: Driver, database: string, logger: Logger): Graph =>
  graphOn(driver, logger, { database, txTimeoutMs: 600_000 });

const LABEL_OF = Object.fromEntries(Object.entries(NODE_PARTS).map(([label, part]) => [part, label]));

/** The statements a part is written with: the seed's bulk writes, specialised to its labels. */
export function statementsOf(part: string): string[] {
  const label = LABEL_OF[part];
  if (label) return [forLabels('seedUpsertNodes', [label]), forLabels('seedUpsertCitations', [label])];
  const { from, to } = RELATIONSHIP_PARTS[part];
  return [forLabels('seedUpsertRelationships', [from, to])];
}

/** The anchors among these rows that the graph holds already (the paper's own nodes), which the load leaves as they are. */
async function presentAnchors(graph: Graph, rows: NodeRow[]): Promise<Set<string>> {
  const ids = rows.filter((r) => r.anchor).map((r) => r.id);
  if (ids.length === 0) return new Set();
  const { query, byLabel } = keyLookup('nodesByIds', ids);
  return new Set((await graph.read(query, { byLabel, properties: [] })).map((r) => r.id as string));
}

/** Claims with the seed's statements: the claims, STATED_IN their source, then ABOUT their entities, per label. */
async function writeClaims(graph: Graph, rows: ClaimRow[]): Promise<void> {
  const about = rows.flatMap((c) => c.about.map((a) => ({ claimId: c.id, aboutId: aboutId(c.id, a.id), id: a.id, label: a.label })));
  await graph.writeAll(async (tx) => {
    await tx.run('seedUpsertClaims', { rows });
    for (const label of [...new Set(about.map((a) => a.label))])
      await tx.run(forLabels('seedClaimAbout', [label]), { rows: about.filter((a) => a.label === label) });
  });
}

/** What a batch writes: nodes by label, relationships by type (a node's CITED_IN; a claim's STATED_IN and ABOUTs). */
function written(batch: Batch): ['node' | 'relationship', string, number][] {
  const n = batch.rows.length;
  if (batch.part === CLAIMS_PART) {
    const about = (batch.rows as ClaimRow[]).reduce((sum, c) => sum + c.about.length, 0);
    return [
      ['node', 'Claim', n],
      ['relationship', 'STATED_IN', n],
      ['relationship', 'ABOUT', about],
    ];
  }
  const label = LABEL_OF[batch.part];
  return label
    ? [
        ['node', label, n],
        ['relationship', 'CITED_IN', n],
      ]
    : [['relationship', RELATIONSHIP_PARTS[batch.part].type, n]];
}

/** One batch in one transaction: nodes (anchors only when missing) and their citations, relationships, or claims. */
async function writeBatch(graph: Graph, batch: Batch): Promise<void> {
  if (batch.part === CLAIMS_PART) return writeClaims(graph, batch.rows as ClaimRow[]);
  const [upsert, cite] = statementsOf(batch.part);
  if (!cite) {
    await graph.write(upsert, { rows: batch.rows });
    return;
  }
  const rows = batch.rows as NodeRow[];
  const present = await presentAnchors(graph, rows);
  await graph.writeAll(async (tx) => {
    await tx.run(upsert, { rows: present.size ? rows.filter((r) => !present.has(r.id)) : rows });
    await tx.run(cite, { rows });
  });
}

/** Empties the graph in batches (the schema stays): a reload at another scale starts from nothing. */
export async function resetGraph(graph: Graph): Promise<void> {
  for (const statement of syntheticCatalog().statements('deleteEverythingInBatches')) await graph.runText(statement);
}

export async function graphSize(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.runText(syntheticCatalog().text('graphSize'));
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
    await writeBatch(graph, batch);
    report.batches += 1;
    report.rows += batch.rows.length;
    for (const [kind, name, count] of written(batch)) {
      const counts = kind === 'node' ? report.nodes : report.relationships;
      counts[name] = (counts[name] ?? 0) + count;
    }
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      log(`  ${report.rows.toLocaleString('en')} rows in ${((lastLog - started) / 1000).toFixed(0)} s`);
    }
  }
  report.seconds = (performance.now() - started) / 1000;
  report.graph = await graphSize(graph);
  return report;
}
