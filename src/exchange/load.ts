/**
 * Writes an exchange graph into Neo4j in one write transaction: every node and relationship lands, or on
 * any failure none does. Nodes and relationships are created or updated by id (MERGE), so importing a
 * file into the graph it came from changes nothing; nothing absent from the file is deleted.
 */
import { GraphQLError } from 'graphql';
import { statementBatches } from '../graph/batches';
import type { Graph } from '../graph/graph';
import { forLabels } from '../graph/statements';
import { withDerivedNames } from '../model';
import { ExchangeError, ExchangeGraph, propertiesIn } from './model';
import { validateImport } from './validate';

/** The one model label a node carries, if that is all it carries (then its statement can name it). */
const single = (labels: string[] | undefined): string | undefined => (labels?.length === 1 ? labels[0] : undefined);

export interface ImportCounts {
  nodes: number;
  relationships: number;
}

export async function importGraph(db: Graph, graph: ExchangeGraph): Promise<ImportCounts> {
  const problems = validateImport(graph);
  if (problems.length > 0) throw new ExchangeError(problems);
  const labelsOf = new Map(graph.nodes.map((n) => [n.id, n.labels]));
  // A file's derived name forms (an export holds them) are recomputed, never taken as given.
  const nodeRows = graph.nodes.map((n) => ({ id: n.id, labels: n.labels, props: withDerivedNames(propertiesIn(n.properties, n.types)) }));
  const relationshipRows = graph.relationships.map((r) => ({
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    fromLabels: labelsOf.get(r.from),
    toLabels: labelsOf.get(r.to),
    props: propertiesIn(r.properties, r.types),
  }));
  let shortfall: string | undefined;
  try {
    return await db.writeAll(async (tx) => {
      let nodes = 0;
      let relationships = 0;
      for (const { query, rows } of statementBatches(nodeRows, (r) => forLabels('importNodes', [single(r.labels)]))) {
        nodes += Number((await tx.run(query, { rows }))[0].count);
      }
      const relationshipStatement = (r: { fromLabels?: string[]; toLabels?: string[] }) =>
        forLabels('importRelationships', [single(r.fromLabels), single(r.toLabels)]);
      for (const { query, rows } of statementBatches(relationshipRows, relationshipStatement)) {
        relationships += Number((await tx.run(query, { rows }))[0].count);
      }
      // A shortfall means a MATCH found no end node: throwing rolls the whole import back. The db
      // passes a GraphQLError through as it is; any other error it would log and replace.
      if (nodes !== nodeRows.length || relationships !== relationshipRows.length) {
        shortfall = `wrote ${nodes} of ${nodeRows.length} nodes and ${relationships} of ${relationshipRows.length} relationships, so nothing was imported`;
        throw new GraphQLError(shortfall);
      }
      return { nodes, relationships };
    });
  } catch (err) {
    throw shortfall ? new ExchangeError([shortfall]) : err;
  }
}
