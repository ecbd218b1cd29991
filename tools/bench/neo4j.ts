import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver';
import { graphOn } from '../../src/graph/graph';
import { localInstance } from '../../src/localdb/instance';
import { runningPid, start, stop } from '../../src/localdb/localNeo4j';
import { createLogger } from '../../src/logger';
import { benchCatalog } from './data';
import type { BenchOptions, BenchTarget } from './options';

export interface BenchNeo4j {
  target: BenchTarget;
  /** True when the benchmark runs its own instance (and stops it at the end). */
  own: boolean;
  stop(): Promise<void>;
}

/**
 * The Neo4j to measure on: NEO4J_URI when set (emptied only with --wipe when it holds data), or else
 * the project's instance "bench" (.neo4j/bench, made afresh each run and left after it for inspection) on
 * its own ports with a larger heap and page cache, tied to this process so that it stops with the
 * benchmark even if the benchmark is killed.
 */
export async function openNeo4j(options: BenchOptions): Promise<BenchNeo4j> {
  if (options.target) {
    const driver = benchDriver(options.target);
    try {
      const graph = graphOn(driver, createLogger('silent'), { database: options.target.database, txTimeoutMs: 30_000 }, benchCatalog());
      if ((await graph.read('anyNode')).length > 0 && !options.wipe) {
        throw new Error(`${options.target.uri} holds data; the benchmark empties the database it measures on, so pass --wipe to allow it`);
      }
    } finally {
      await driver.close();
    }
    return { target: options.target, own: false, stop: async () => {} };
  }
  const { boltPort, httpPort, heap, pageCache } = options.neo4j;
  const instance = localInstance('bench', {
    LOCAL_NEO4J_BOLT_PORT: String(boltPort),
    LOCAL_NEO4J_HTTP_PORT: String(httpPort),
    LOCAL_NEO4J_HEAP: heap,
    LOCAL_NEO4J_PAGECACHE: pageCache,
  });
  // A new store each run: deleted nodes leave their records behind, and the seed's dynamic-label MERGEs scan them.
  if (runningPid(instance) === undefined) fs.rmSync(instance.home, { recursive: true, force: true });
  const started = await start(instance, { tied: true, log: options.log });
  return {
    target: { uri: started.boltUri, user: started.user!, password: started.password!, database: 'neo4j' },
    own: true,
    stop: async () => {
      if (!started.reused) await stop(instance, started.child);
    },
  };
}

export const benchDriver = (target: BenchTarget): Driver =>
  createDriver({ uri: target.uri, user: target.user, password: target.password, connectTimeoutMs: 10_000 }, createLogger('silent'));
