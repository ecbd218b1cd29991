/**
 * An import recorded in the history as one change set, with its author, source and each record's place
 * in the file: a created node, a changed one and a new relationship, and nothing for a node already as
 * the file says; a second import of the same file records nothing; the feed (on another driver, as
 * another process would) hands the import's changes to a subscriber.
 */
import type { Driver } from 'neo4j-driver';
import { importGraph } from '../../src/exchange/load';
import type { ExchangeGraph } from '../../src/exchange/model';
import { readGraph } from '../../src/exchange/read';
import { linkKeyOf } from '../../src/graph/changes';
import { ChangeFeed } from '../../src/graph/feed';
import type { Graph } from '../../src/graph/graph';
import { relationshipId } from '../../src/model';
import { loadRealSeed } from '../seed/graphChecksum';
import { cypher, testDriver, testExecutor } from '../support/neo4j';

let driver: Driver;
let feedDriver: Driver;
let db: Graph;

beforeAll(async () => {
  driver = testDriver();
  feedDriver = testDriver();
  db = testExecutor(driver);
  await loadRealSeed(driver);
});
afterAll(async () => {
  await driver?.close();
  await feedDriver?.close();
});

/** A file of three nodes (one new, one changed, one as it is) and a new relationship, made from the seed's export. */
async function fileOfChanges(): Promise<ExchangeGraph> {
  const exported = await readGraph(db);
  const origin = exported.relationships.find((r) => r.type === 'ORIGINATES_FROM')!;
  const work = exported.nodes.find((n) => n.id === origin.from)!;
  const region = exported.nodes.find((n) => n.id === origin.to)!;
  const id = 'work:imported-history';
  const key = linkKeyOf(origin.id).key;
  return {
    ...exported,
    nodes: [
      { ...work, id, properties: { ...work.properties, id, title: 'Imported History' } },
      { ...work, properties: { ...work.properties, title: `${String(work.properties.title)} (restored)` } },
      region,
    ],
    relationships: [
      {
        ...origin,
        id: relationshipId(origin.type, id, origin.to, key),
        from: id,
        properties: { ...origin.properties, id: relationshipId(origin.type, id, origin.to, key) },
      },
    ],
  };
}

describe('an import in the history', () => {
  it('records what it created and changed as one change set, which the feed hands on', async () => {
    const file = await fileOfChanges();
    const feed = new ChangeFeed(testExecutor(feedDriver), { pollMs: 50, maxBehind: 1000 });
    const [{ seq: start }] = await cypher(driver, "OPTIONAL MATCH (l:ChangeLog {id: 'changes'}) RETURN coalesce(l.seq, 0) AS seq");
    const changes = feed.subscribe(start as number);
    const provenance = { author: 'import:ana', source: 'source:paper', file: 'restore.json' };

    const counts = await importGraph(db, file, provenance);
    expect(counts).toEqual({ nodes: 3, relationships: 1, changes: 3 });
    const received = [];
    for (let i = 0; i < 3; i++) received.push((await changes.next()).value);
    feed.close();
    expect(received.map((c) => [c.op, c.target, c.author, c.source, c.locator])).toEqual([
      ['createEntity', 'work:imported-history', 'import:ana', 'source:paper', 'restore.json, nodes[0]'],
      ['updateEntity', file.nodes[1].id, 'import:ana', 'source:paper', 'restore.json, nodes[1]'],
      ['link', file.relationships[0].id, 'import:ana', 'source:paper', 'restore.json, relationships[0]'],
    ]);
    expect(new Set(received.map((c) => c.changeSet)).size).toBe(1);
    expect(received.map((c) => c.seq)).toEqual([1, 2, 3].map((n) => (start as number) + n));
    const updated = received[1];
    expect([updated.before?.properties.title, updated.after?.properties.title]).toEqual([
      String(file.nodes[1].properties.title).replace(/ \(restored\)$/, ''),
      file.nodes[1].properties.title,
    ]);
    expect(received[2].after).toMatchObject({ type: 'ORIGINATES_FROM', from: 'work:imported-history', to: file.nodes[2].id });

    const again = await importGraph(db, file, provenance);
    expect(again.changes).toBe(0);
    expect(await cypher(driver, 'MATCH (c:Change) RETURN max(c.seq) AS seq')).toEqual([{ seq: (start as number) + 3 }]);
  });
});
