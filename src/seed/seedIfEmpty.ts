import path from 'node:path';
import type { Graph } from '../graph/graph';
import { projectRoot } from '../localdb/instance';
import type { Logger } from '../logger';
import { loadSeed } from './load';
import { readSeed } from './read';

export const seedDir = (): string => path.join(projectRoot(), 'seed');

/** On a database with no nodes at all, loads the paper's graph; a database with data is left alone. */
export async function seedIfEmpty(graph: Graph, logger: Logger): Promise<boolean> {
  if ((await graph.read('anyNode')).length > 0) return false;
  logger.info('empty database: loading the seed');
  await loadSeed(graph, readSeed(seedDir()));
  return true;
}
