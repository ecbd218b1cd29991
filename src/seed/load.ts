import crypto from 'node:crypto';
import { statementBatches } from '../graph/batches';
import { changedProperties, draftOfRow } from '../graph/bulkChanges';
import type { Graph, Row, WriteScope } from '../graph/graph';
import { ChangeDraft, lockChangeLog, lockChangeLogIfAny, recordChanges } from '../graph/history';
import { forLabels } from '../graph/statements';
import { toNeo4jProps } from '../graph/writeValues';
import { aboutId, citationId, withDerivedNames } from '../model';
import { LoadedNode, withAdditions } from './additions';
import { claimRows } from './claims';
import { seedNameForms } from './nameForms';
import type { SeedFile } from './read';
import { recordId, validateSeed } from './validate';

export class SeedInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`the seed has ${problems.length} problem(s); nothing was written:\n${problems.join('\n')}`);
  }
}

/** Who the history names as a seed load's author. */
export const SEED_AUTHOR = 'seed';

/**
 * Validates the whole seed, then writes it in one transaction: either all of it lands or, on any
 * failure, none of it. With `reset`, the same transaction first empties the graph. A load onto a graph that
 * holds data already (a seed of a new source, a corrected one) is recorded in the history as one change set by
 * SEED_AUTHOR, under the change log's lock, so the feed hands it on; a load that changes nothing records nothing.
 * The first load, into an empty graph, is where the history starts: it is not recorded.
 */
export async function loadSeed(graph: Graph, files: SeedFile[], options: { reset?: boolean } = {}): Promise<SeedLoad> {
  const problems = validateSeed(files);
  if (problems.length > 0) throw new SeedInvalidError(problems.map(String));
  const nodes = withAdditions(files);
  const rows = seedRows(files, nodes);
  return graph.writeAll(async (tx) => {
    if (options.reset) await tx.run('deleteAllData');
    const recorded = (await tx.run('anyNode')).length > 0;
    // The lock before any write, as every writer takes it; a change log is made only once there is a change.
    const locked = recorded ? await lockChangeLogIfAny(tx) : undefined;
    const written = await writeSeedRows(tx, rows);
    const drafts = recorded ? seedDrafts(written, nodes) : [];
    if (drafts.length === 0) return { changes: 0 };
    const last = locked ?? (await lockChangeLog(tx));
    const changes = await recordChanges(tx, last, SEED_AUTHOR, crypto.randomUUID(), drafts);
    return { changes: changes.length };
  });
}

export interface SeedLoad {
  /** Changes recorded in the history (0 for a first load, or one that changed nothing). */
  changes: number;
}

type SeedRows = ReturnType<typeof seedRows>;

/** The seed as the rows of its statements. */
function seedRows(files: SeedFile[], nodes: LoadedNode[]) {
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  const names = seedNameForms();
  const nodeRows = nodes.map((n) => ({ id: n.id, label: n.label, props: toNeo4jProps(withDerivedNames(n.props, names.derive)) }));
  names.save();
  const citationRows = nodes.flatMap((n) =>
    n.citations.map(({ source, locator }) => ({
      id: n.id,
      label: n.label,
      source,
      locator,
      citationId: citationId(n.id, source),
    })),
  );
  const relationshipRows = files
    .flatMap((f) => f.relationships)
    .map((r) => ({
      id: recordId(r),
      type: r.type,
      from: r.from,
      to: r.to,
      fromLabel: labelOf.get(r.from),
      toLabel: labelOf.get(r.to),
      props: toNeo4jProps(r.props ?? {}),
      source: r.source,
      locator: r.locator,
    }));
  const claims = claimRows(files).map((c) => ({ ...c, props: toNeo4jProps(c.props) }));
  const claimAbout = claims.flatMap((c) => c.about.map((a) => ({ claimId: c.id, aboutId: aboutId(c.id, a.id), id: a.id, label: a.label })));
  return { nodeRows, citationRows, relationshipRows, claims, claimAbout };
}

/** Writes the rows; answers what each statement wrote: the nodes' rows apart, then every other row (facts, claims). */
async function writeSeedRows(tx: WriteScope, rows: SeedRows): Promise<{ nodes: Row[]; others: Row[] }> {
  const nodes: Row[] = [];
  const others: Row[] = [];
  for (const { query, rows: batch } of statementBatches(rows.nodeRows, (r) => forLabels('seedUpsertNodes', [r.label])))
    nodes.push(...(await tx.run(query, { rows: batch })));
  for (const { query, rows: batch } of statementBatches(rows.citationRows, (r) => forLabels('seedUpsertCitations', [r.label])))
    others.push(...(await tx.run(query, { rows: batch })));
  const relationshipStatement = (r: { fromLabel?: string; toLabel?: string }) =>
    forLabels('seedUpsertRelationships', [r.fromLabel, r.toLabel]);
  for (const { query, rows: batch } of statementBatches(rows.relationshipRows, relationshipStatement))
    others.push(...(await tx.run(query, { rows: batch })));
  for (const { query, rows: batch } of statementBatches(rows.claims, () => 'seedUpsertClaims'))
    for (const claim of await tx.run(query, { rows: batch })) others.push(claim, claim.statedIn as Row);
  for (const { query, rows: batch } of statementBatches(rows.claimAbout, (r) => forLabels('seedClaimAbout', [r.label])))
    others.push(...(await tx.run(query, { rows: batch })));
  return { nodes, others };
}

/** Where a node's property comes from: an addition's source (its `<property>Source`, which names itself), or the node's own. */
function sourceOfProperty(node: LoadedNode, property: string): string {
  const base = property.endsWith(SOURCE_SUFFIX) && property in node.props ? property.slice(0, -SOURCE_SUFFIX.length) : property;
  return (node.props[`${base}${SOURCE_SUFFIX}`] as string | undefined) ?? node.source;
}
const SOURCE_SUFFIX = 'Source';

/**
 * The history's drafts of what a load changed. Claims and relationships carry their source and locator; a node's
 * change is the added source's where a property it changed came from one (a source added later), else the node's
 * own, with the locator of its citation there.
 */
function seedDrafts(written: { nodes: Row[]; others: Row[] }, nodes: LoadedNode[]): ChangeDraft[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const nodeDrafts = written.nodes.flatMap((row) => {
    const node = byId.get(row.id as string)!;
    const added = changedProperties(row).map((k) => sourceOfProperty(node, k));
    const source = added.find((s) => s !== node.source) ?? node.source;
    return draftOfRow(row, source, node.citations.find((c) => c.source === source)?.locator ?? node.locator) ?? [];
  });
  const otherDrafts = written.others.flatMap((row) => {
    const after = row.after as { source?: string; locator?: string };
    return draftOfRow(row, after.source ?? null, after.locator ?? null) ?? [];
  });
  return [...nodeDrafts, ...otherDrafts];
}
