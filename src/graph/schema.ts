import type { Graph } from './graph';
import { QueryCatalog } from './statements';

/** Applies cypher/schema.cypher (idempotent) and waits until every index is online. */
export async function applySchema(graph: Graph, catalog: QueryCatalog): Promise<void> {
  for (const statement of catalog.statements('schema')) await graph.runText(statement);
  await graph.runText('CALL db.awaitIndexes(300)');
}
