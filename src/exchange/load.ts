/**
 * Writes an exchange graph into Neo4j in one write transaction: every node and relationship lands, or on
 * any failure none does. Nodes and relationships are created or updated by id (MERGE), so importing a
 * file into the graph it came from changes nothing; nothing absent from the file is deleted. What did
 * change is recorded in the history as one change set, under the change log's lock like an API write's,
 * so the feed hands it to every subscriber.
 */
import crypto from 'node:crypto';
import { GraphQLError } from 'graphql';
import { statementBatches } from '../graph/batches';
import { draftOfRow } from '../graph/bulkChanges';
import type { Graph, Row } from '../graph/graph';
import { ChangeDraft, lockChangeLog, recordChanges } from '../graph/history';
import { forLabels } from '../graph/statements';
import { withDerivedNames } from '../model';
import { ExchangeError, ExchangeGraph, propertiesIn } from './model';
import { validateImport } from './validate';

/** The one model label a node carries, if that is all it carries (then its statement can name it). */
const single = (labels: string[] | undefined): string | undefined => (labels?.length === 1 ? labels[0] : undefined);

export interface ImportCounts {
  nodes: number;
  relationships: number;
  /** Nodes and relationships the import created or changed, each one change of the history. */
  changes: number;
}

/** Who imports, and from where: the history's author, source and locator of every change. */
export interface ImportProvenance {
  author: string;
  /** The Source entity the file comes from, when one is named. */
  source: string | null;
  /** The file, named in each change's locator beside the record's place in it. */
  file: string;
}

/** What one written row changed, with the file and the record's place in it as its locator. */
const draftOf = (row: Row, place: string, from: ImportProvenance) => draftOfRow(row, from.source, `${from.file}, ${place}`);

/** An import's provenance when its caller names none (the tests' and tools' imports). */
export const UNNAMED_IMPORT: ImportProvenance = { author: 'import', source: null, file: 'an exchange graph' };

export async function importGraph(db: Graph, graph: ExchangeGraph, provenance = UNNAMED_IMPORT): Promise<ImportCounts> {
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
      const last = await lockChangeLog(tx);
      const nodePlace = new Map(graph.nodes.map((n, i) => [n.id, `nodes[${i}]`]));
      const relationshipPlace = new Map(graph.relationships.map((r, i) => [r.id, `relationships[${i}]`]));
      const drafts: ChangeDraft[] = [];
      let nodes = 0;
      let relationships = 0;
      for (const { query, rows } of statementBatches(nodeRows, (r) => forLabels('importNodes', [single(r.labels)]))) {
        const written = await tx.run(query, { rows });
        nodes += written.length;
        drafts.push(...written.flatMap((row) => draftOf(row, nodePlace.get(row.id as string)!, provenance) ?? []));
      }
      const relationshipStatement = (r: { fromLabels?: string[]; toLabels?: string[] }) =>
        forLabels('importRelationships', [single(r.fromLabels), single(r.toLabels)]);
      for (const { query, rows } of statementBatches(relationshipRows, relationshipStatement)) {
        const written = await tx.run(query, { rows });
        relationships += written.length;
        drafts.push(...written.flatMap((row) => draftOf(row, relationshipPlace.get(row.id as string)!, provenance) ?? []));
      }
      // A shortfall means a MATCH found no end node: throwing rolls the whole import back. The db
      // passes a GraphQLError through as it is; any other error it would log and replace.
      if (nodes !== nodeRows.length || relationships !== relationshipRows.length) {
        shortfall = `wrote ${nodes} of ${nodeRows.length} nodes and ${relationships} of ${relationshipRows.length} relationships, so nothing was imported`;
        throw new GraphQLError(shortfall);
      }
      await recordChanges(tx, last, provenance.author, crypto.randomUUID(), drafts);
      return { nodes, relationships, changes: drafts.length };
    });
  } catch (err) {
    throw shortfall ? new ExchangeError([shortfall]) : err;
  }
}
