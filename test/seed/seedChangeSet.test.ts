/**
 * A seed load that adds sources to a graph already seeded is one change set of the history, on a real Neo4j: the
 * graph as it was before issue 27 (the seed without its five sources' files) is loaded first, which starts the
 * history and records nothing; loading the whole seed then records what it added (nodes, facts, citations,
 * claims) as one change set by "seed", each change with its source and locator, numbered from the change log,
 * and a feed on another driver (another process) hands every change on in order; a load that changes nothing
 * records nothing and leaves no change log.
 */
import type { Driver } from 'neo4j-driver';
import { ChangeFeed } from '../../src/graph/feed';
import { graphOn } from '../../src/graph/graph';
import type { ChangeRecord } from '../../src/graph/history';
import { applySchema } from '../../src/graph/schema';
import { QueryCatalog } from '../../src/graph/statements';
import { citationId } from '../../src/model';
import { loadSeed, SEED_AUTHOR } from '../../src/seed/load';
import { readSeed, SeedFile } from '../../src/seed/read';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { sourceOfMapping } from '../../src/seed/names';
import { recordId } from '../../src/seed/validate';
import { cypher, quietLogger, testDriver, testEnv, testExecutor } from '../support/neo4j';
import { snapshot } from './graphChecksum';

/** Two or three loads of the seed, on a loaded two-core machine. */
const LOADS_MS = 900_000;

/** Issue 27's files: the box office sources, their claims and their name mappings. */
const addedLater = (f: SeedFile) => f.file.startsWith('seed/40-') || f.file.startsWith('seed/names/');

let writerDriver: Driver;
let readerDriver: Driver;
let feed: ChangeFeed;
const files = readSeed(seedDir());

beforeAll(async () => {
  writerDriver = testDriver();
  readerDriver = testDriver();
  await applySchema(writerGraph(), new QueryCatalog());
}, LOADS_MS);

afterAll(async () => {
  feed?.close();
  await writerDriver?.close();
  await readerDriver?.close();
});

/** The loads' graph: with time for a Neo4j just started on a loaded machine to plan the seed's statements (over 120 s, 2026-12-08). */
const writerGraph = () =>
  graphOn(writerDriver, quietLogger(), { database: testEnv().NEO4J_DATABASE, txTimeoutMs: LOADS_MS }, new QueryCatalog());
const changeLog = async () => cypher(writerDriver, 'MATCH (l:ChangeLog) RETURN l.seq AS seq');
const changeCount = async () => (await cypher(writerDriver, 'MATCH (c:Change) RETURN count(c) AS n'))[0].n;

describe('a seed load that adds sources', () => {
  let added: ChangeRecord[];

  it(
    'records nothing for the first load, into an empty graph, nor for a reload that changes nothing',
    async () => {
      const writer = writerGraph();
      expect(
        await loadSeed(
          writer,
          files.filter((f) => !addedLater(f)),
          { reset: true },
        ),
      ).toEqual({ changes: 0 });
      const before = await snapshot(writerDriver);
      expect(
        await loadSeed(
          writer,
          files.filter((f) => !addedLater(f)),
        ),
      ).toEqual({ changes: 0 });
      expect([await changeCount(), await changeLog()]).toEqual([0, []]);
      expect((await snapshot(writerDriver)).checksum).toBe(before.checksum);
    },
    LOADS_MS,
  );

  it(
    'records what it adds as one change set by "seed", which a feed in another process hands on in order',
    async () => {
      feed = new ChangeFeed(testExecutor(readerDriver), { pollMs: 50, maxBehind: 1_000_000 });
      const changes = feed.subscribe(0);
      const { changes: count } = await loadSeed(writerGraph(), files);
      expect(count).toBeGreaterThan(0);
      added = [];
      while (added.length < count) added.push((await changes.next()).value as ChangeRecord);
      await changes.return!();
      expect(added.map((c) => c.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      expect(new Set(added.map((c) => c.changeSet)).size).toBe(1);
      expect(new Set(added.map((c) => c.author))).toEqual(new Set([SEED_AUTHOR]));
      expect(await changeLog()).toEqual([{ seq: count }]);
      expect(added.filter((c) => !c.source || !c.locator)).toEqual([]);
    },
    LOADS_MS,
  );

  it(
    'holds each added node, fact, citation and claim once, with the source and locator of its record',
    async () => {
      const byTarget = new Map(added.map((c) => [c.target, c]));
      expect(byTarget.size).toBe(added.length);
      const later = files.filter(addedLater);
      for (const n of later.flatMap((f) => f.nodes)) {
        expect([n.id, byTarget.get(n.id)?.op, byTarget.get(n.id)?.source]).toEqual([n.id, 'createEntity', n.source]);
        expect(byTarget.get(citationId(n.id, n.source))?.op).toBe('link');
      }
      for (const r of later.flatMap((f) => f.relationships)) {
        const change = byTarget.get(recordId(r));
        expect([change?.op, change?.source, change?.locator]).toEqual(['link', r.source, r.locator]);
      }
      // An addition to a node the first load held is an update, from the addition's source.
      for (const a of later.flatMap((f) => f.additions)) {
        expect([byTarget.get(a.id)?.op, byTarget.get(a.id)?.source]).toEqual(['updateEntity', a.source]);
      }
      // A name mapping makes the entities it names cite its source.
      for (const f of later.filter((file) => file.names))
        for (const line of f.names!) expect(byTarget.get(citationId(line.entity, sourceOfMapping(f.file)))?.op).toBe('link');
      const claims = added.filter((c) => c.op === 'createEntity' && (c.after as { label: string }).label === 'Claim');
      expect(claims.length).toBeGreaterThanOrEqual(later.flatMap((f) => f.claims).length);
    },
    LOADS_MS,
  );

  it(
    'leaves the graph as a load of the whole seed into an empty one, and records nothing when loaded again',
    async () => {
      const writer = writerGraph();
      const grown = await snapshot(writerDriver, { graphOnly: true });
      const count = await changeCount();
      expect(await loadSeed(writer, files)).toEqual({ changes: 0 });
      expect(await changeCount()).toBe(count);
      await loadSeed(writer, files, { reset: true });
      expect((await snapshot(writerDriver, { graphOnly: true })).checksum).toBe(grown.checksum);
    },
    LOADS_MS,
  );
});
