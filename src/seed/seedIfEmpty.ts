import path from 'node:path';
import type { Executor } from '../graph/executor';
import { projectRoot } from '../localdb/instance';
import type { Logger } from '../logger';
import { loadSeed } from './load';
import { readSeed } from './read';

export const seedDir = (): string => path.join(projectRoot(), 'seed');

/** On a database with no nodes at all, loads the paper's graph; a database with data is left alone. */
export async function seedIfEmpty(executor: Executor, logger: Logger): Promise<boolean> {
  if ((await executor.read('anyNode')).length > 0) return false;
  logger.info('empty database: loading the seed');
  await loadSeed(executor, readSeed(seedDir()));
  return true;
}
