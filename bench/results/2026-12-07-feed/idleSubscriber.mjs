// What one idle subscriber costs the database: statements per second sent by a process's feed poller
// with 0, 1 and 100 subscribers and no writes, and the db hits of one poll (PROFILE) over a change log
// of 10 and of 5000 changes. Run from the project root after `npm run build`:
//   LOCAL_NEO4J_BOLT_PORT=31787 LOCAL_NEO4J_HTTP_PORT=31574 node bench/results/2026-12-07-feed/idleSubscriber.mjs
// It starts a Neo4j of its own (instance "feed-bench"), and stops it at the end.
import 'reflect-metadata';
import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const neo4j = require('neo4j-driver');
const { localInstance } = require('../../../dist/src/localdb/instance.js');
const { start, stop } = require('../../../dist/src/localdb/localNeo4j.js');
const { createDriver, waitForNeo4j } = require('../../../dist/src/graph/driver.js');
const { graphOn } = require('../../../dist/src/graph/graph.js');
const { QueryCatalog } = require('../../../dist/src/graph/statements/index.js');
const { applySchema } = require('../../../dist/src/graph/schema.js');
const { ChangeFeed } = require('../../../dist/src/graph/feed.js');
const { lockChangeLog, recordChanges } = require('../../../dist/src/graph/history.js');
const { createLogger } = require('../../../dist/src/logger.js');

const WINDOW_MS = 20_000;
const POLL_MS = 250;
const logger = createLogger('silent');
const instance = localInstance('feed-bench');
const local = await start(instance, { tied: true, log: () => {} });
const driver = createDriver({ uri: local.boltUri, user: local.user, password: local.password, connectTimeoutMs: 5000 }, logger);
const events = [];
const catalog = new QueryCatalog();
const graph = graphOn(driver, logger, { database: 'neo4j', txTimeoutMs: 60_000, onStatement: (e) => events.push(e) }, catalog);
try {
  await waitForNeo4j(driver, 180_000, logger);
  await applySchema(graph, catalog);
  await graph.runText('MATCH (n) DETACH DELETE n');
  const addChanges = (count) =>
    graph.writeAll(async (tx) => {
      const last = await lockChangeLog(tx);
      const drafts = Array.from({ length: count }, (_, i) => ({
        op: 'createEntity', targetKind: 'entity', target: `work:bench-${last + i}`, before: null,
        after: { label: 'Work', properties: { id: `work:bench-${last + i}` } }, source: 'source:paper', locator: 'bench',
      }));
      await recordChanges(tx, last, 'bench', 'bench', drafts);
    });
  const profile = async () => {
    const [{ seq }] = await graph.read('changeLogHead');
    const session = driver.session({ database: 'neo4j' });
    try {
      const result = await session.run(`PROFILE ${catalog.text('changesAfter')}`, { after: neo4j.int(seq), first: neo4j.int(100) });
      let hits = 0;
      const walk = (p) => { hits += p.dbHits; p.children.forEach(walk); };
      walk(result.summary.profile);
      const operators = [];
      const names = (p) => { operators.push(p.operatorType); p.children.forEach(names); };
      names(result.summary.profile);
      return { dbHits: hits, operators: operators.join(' < ') };
    } finally {
      await session.close();
    }
  };
  const measure = async (subscribers) => {
    const feed = new ChangeFeed(graph, { pollMs: POLL_MS, maxBehind: 10_000 });
    const iterators = Array.from({ length: subscribers }, () => feed.subscribe());
    await new Promise((r) => setTimeout(r, 2000)); // the poller has its head
    events.length = 0;
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const sent = events.length;
    const ms = events.reduce((sum, e) => sum + e.durationMs, 0);
    for (const it of iterators) await it.return();
    feed.close();
    return { subscribers, statementsPerSecond: +(sent / (WINDOW_MS / 1000)).toFixed(2), meanMs: sent ? +(ms / sent).toFixed(2) : 0 };
  };
  await addChanges(10);
  const small = await profile();
  await addChanges(4990);
  const large = await profile();
  const rows = [];
  for (const n of [0, 1, 100]) rows.push(await measure(n));
  console.log(JSON.stringify({ pollMs: POLL_MS, windowMs: WINDOW_MS, idle: rows, pollProfile: { log10: small, log5000: large } }, null, 2));
} finally {
  await driver.close();
  await stop(instance, local.child);
  fs.rmSync(instance.home, { recursive: true, force: true });
}
