/**
 * The feed survives a Neo4j restart: a Neo4j of this file's own (ports 31788/31575) is stopped under a
 * subscribed feed and started again; the poller says it retries, and once Neo4j is back the changes
 * committed meanwhile by another process's driver arrive, in order, after those from before, none lost
 * and none twice.
 */
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { ChangeFeed } from '../../src/graph/feed';
import { createDriver } from '../../src/graph/driver';
import { graphOn, type Graph } from '../../src/graph/graph';
import { ChangeDraft, ChangeRecord, lockChangeLog, recordChanges } from '../../src/graph/history';
import { applySchema } from '../../src/graph/schema';
import { QueryCatalog } from '../../src/graph/statements';
import { localInstance } from '../../src/localdb/instance';
import { start, stop, StartResult } from '../../src/localdb/localNeo4j';
import { quietLogger, recordingLogger } from '../support/neo4j';
import { until } from '../support/wait';

const instance = localInstance('feed-restart', { LOCAL_NEO4J_BOLT_PORT: '31788', LOCAL_NEO4J_HTTP_PORT: '31575' });
let local: StartResult;
const drivers: Driver[] = [];

const graphOf = async (logger = quietLogger()): Promise<Graph> => {
  const driver = createDriver({ uri: local.boltUri, user: local.user!, password: local.password!, connectTimeoutMs: 2000 }, logger);
  drivers.push(driver);
  return graphOn(driver, logger, { database: 'neo4j', txTimeoutMs: 120_000 });
};

/** Commits `count` changes to the change log, as any writer does: the lock, then the numbered changes. */
const commit = (graph: Graph, count: number) =>
  graph.writeAll(async (tx) => {
    const last = await lockChangeLog(tx);
    const drafts: ChangeDraft[] = Array.from({ length: count }, (_, i) => ({
      op: 'createEntity',
      targetKind: 'entity',
      target: `work:restart-${last + i + 1}`,
      before: null,
      after: { label: 'Work', properties: { id: `work:restart-${last + i + 1}` } },
      source: 'source:paper',
      locator: 'test',
    }));
    return (await recordChanges(tx, last, 'restart-test', 'set', drafts)).map((r) => r.seq);
  });

const take = async (changes: AsyncIterator<ChangeRecord>, count: number) => {
  const seqs: number[] = [];
  while (seqs.length < count) seqs.push((await changes.next()).value.seq);
  return seqs;
};

beforeAll(async () => {
  local = await start(instance, { tied: true, log: () => undefined });
});

afterAll(async () => {
  for (const driver of drivers) await driver.close();
  await stop(instance, local?.child);
  fs.rmSync(instance.home, { recursive: true, force: true });
});

it('goes on from its last seq after Neo4j stops and starts again, none lost and none twice', async () => {
  const { logger, lines } = recordingLogger('warn');
  const graph = await graphOf(logger);
  await applySchema(graph, new QueryCatalog());
  const feed = new ChangeFeed(graph, { pollMs: 100, maxBehind: 1000, logger });
  const changes = feed.subscribe(0);
  const before = await commit(graph, 2);
  expect(await take(changes, 2)).toEqual(before);

  await stop(instance, local.child);
  expect(await until(() => lines.some((l) => /feed: polling the change log failed; retrying/.test(l.msg)), 60_000)).toBe(true);
  local = await start(instance, { tied: true, log: () => undefined });
  const meanwhile = await commit(await graphOf(), 3); // another process, while the poller still waits to retry
  const after = await take(changes, 3);
  expect(after).toEqual(meanwhile);
  expect([...before, ...after]).toEqual([1, 2, 3, 4, 5]);
  feed.close();
  expect((await changes.next()).done).toBe(true);
});
