import type { Executor } from './executor';
import { QueryCatalog } from './queries';

/** Applies cypher/schema.cypher (idempotent) and waits until every index is online. */
export async function applySchema(executor: Executor, catalog: QueryCatalog): Promise<void> {
  for (const statement of catalog.statements('schema')) await executor.runText(statement);
  await executor.runText('CALL db.awaitIndexes(300)');
}
