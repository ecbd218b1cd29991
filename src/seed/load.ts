import { statementBatches } from '../graph/batches';
import type { Graph } from '../graph/graph';
import { forLabels } from '../graph/statements';
import { toNeo4jProps } from '../graph/writeValues';
import { aboutId, citationId, withDerivedNames } from '../model';
import { withAdditions } from './additions';
import { claimRows } from './claims';
import { seedNameForms } from './nameForms';
import type { SeedFile } from './read';
import { recordId, validateSeed } from './validate';

export class SeedInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`the seed has ${problems.length} problem(s); nothing was written:\n${problems.join('\n')}`);
  }
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
  await graph.writeAll(async (tx) => {
    if (options.reset) await tx.run('deleteAllData');
    for (const { query, rows } of statementBatches(nodeRows, (r) => forLabels('seedUpsertNodes', [r.label]))) await tx.run(query, { rows });
    for (const { query, rows } of statementBatches(citationRows, (r) => forLabels('seedUpsertCitations', [r.label])))
      await tx.run(query, { rows });
    const relationshipStatement = (r: { fromLabel?: string; toLabel?: string }) =>
      forLabels('seedUpsertRelationships', [r.fromLabel, r.toLabel]);
    for (const { query, rows } of statementBatches(relationshipRows, relationshipStatement)) await tx.run(query, { rows });
    for (const { query, rows } of statementBatches(claims, () => 'seedUpsertClaims')) await tx.run(query, { rows });
    for (const { query, rows } of statementBatches(claimAbout, (r) => forLabels('seedClaimAbout', [r.label])))
      await tx.run(query, { rows });
  });
}
