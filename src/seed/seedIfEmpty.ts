import type { Graph } from '../graph/graph';
import type { Logger } from '../logger';
import { loadSeed } from './load';
import { readSeed, seedDir } from './read';

export { seedDir };

/** On a database with no nodes at all, loads the paper's graph; a database with data is left alone. */
export async function seedIfEmpty(graph: Graph, logger: Logger): Promise<boolean> {
  if ((await graph.read('anyNode')).length > 0) return false;
  logger.info('empty database: loading the seed');
  await loadSeed(graph, readSeed(seedDir()));
  return true;
}
