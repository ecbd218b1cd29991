import { statementBatches } from '../graph/batches';
import type { Graph } from '../graph/graph';
import { forLabels } from '../graph/statements';
import { toNeo4jProps } from '../graph/writeValues';
import { withDerivedNames } from '../model';
import { seedNameForms } from './nameForms';
import type { NodeRecord, SeedFile } from './read';
import { relationshipId, validateSeed } from './validate';

export class SeedInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`the seed has ${problems.length} problem(s); nothing was written:\n${problems.join('\n')}`);
  }
}

type LoadedNode = NodeRecord & { citations: { source: string; locator: string }[] };

/**
 * The seed's nodes with the additions merged in: each added property, and `<property>Source` naming
 * the addition's source where it is not the node's own; the node cites each source once, with the
 * locators of all its facts from there joined by "; ".
 */
function withAdditions(files: SeedFile[]): LoadedNode[] {
  const byId = new Map<string, LoadedNode>();
  for (const n of files.flatMap((f) => f.nodes)) byId.set(n.id, { ...n, props: { ...n.props }, citations: [{ source: n.source, locator: n.locator }] });
  for (const a of files.flatMap((f) => f.additions)) {
    const node = byId.get(a.id)!;
    for (const [name, value] of Object.entries(a.props)) {
      node.props[name] = value;
      if (a.source !== node.source) node.props[`${name}Source`] = a.source;
    }
    const cited = node.citations.find((c) => c.source === a.source);
    if (cited) cited.locator = `${cited.locator}; ${a.locator}`;
    else node.citations.push({ source: a.source, locator: a.locator });
  }
  return [...byId.values()];
}

/**
 * Derives the name forms of a valid seed into the memo (src/seed/nameForms.ts), as a load would, and
 * says how many Chinese names it holds; an invalid seed is left to the load to report. `npm run build`
 * calls it, so that a load after an install finds the converters' work done.
 */
export function deriveSeedNames(files: SeedFile[]): number | null {
  if (validateSeed(files).length > 0) return null;
  const names = seedNameForms();
  let count = 0;
  for (const node of withAdditions(files))
    withDerivedNames(node.props, (field, name) => {
      count += 1;
      return names.derive(field, name);
    });
  names.save();
  return count;
}

/**
 * Validates the whole seed, then writes it in one transaction: either all of it lands or, on any
 * failure, none of it. With `reset`, the same transaction first empties the graph.
 */
export async function loadSeed(graph: Graph, files: SeedFile[], options: { reset?: boolean } = {}): Promise<void> {
  const problems = validateSeed(files);
  if (problems.length > 0) throw new SeedInvalidError(problems.map(String));
  const nodes = withAdditions(files);
  const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
  const names = seedNameForms();
  const nodeRows = nodes.map((n) => ({ id: n.id, label: n.label, props: toNeo4jProps(withDerivedNames(n.props, names.derive)) }));
  names.save();
  const citationRows = nodes.flatMap((n) => n.citations.map(({ source, locator }) => ({
    id: n.id, label: n.label, source, locator, citationId: `CITED_IN|${n.id}|${source}`,
  })));
  const relationshipRows = files.flatMap((f) => f.relationships).map((r) => ({
    id: relationshipId(r), type: r.type, from: r.from, to: r.to, fromLabel: labelOf.get(r.from), toLabel: labelOf.get(r.to),
    props: toNeo4jProps(r.props ?? {}), source: r.source, locator: r.locator,
  }));
  await graph.writeAll(async (tx) => {
    if (options.reset) await tx.run('deleteAllData');
    for (const { query, rows } of statementBatches(nodeRows, (r) => forLabels('seedUpsertNodes', [r.label]))) await tx.run(query, { rows });
    for (const { query, rows } of statementBatches(citationRows, (r) => forLabels('seedUpsertCitations', [r.label]))) await tx.run(query, { rows });
    const relationshipStatement = (r: { fromLabel?: string; toLabel?: string }) => forLabels('seedUpsertRelationships', [r.fromLabel, r.toLabel]);
    for (const { query, rows } of statementBatches(relationshipRows, relationshipStatement)) await tx.run(query, { rows });
  });
}
