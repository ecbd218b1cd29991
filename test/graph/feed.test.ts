/**
 * The change feed read from the change log, on a real Neo4j: two feeds on two drivers play two
 * processes. A change committed through one reaches the other's subscribers once each and in order;
 * a subscriber resuming after a seq gets what it missed, then live, with a change committed during its
 * catch-up neither lost nor doubled; one poller serves every subscriber of a process, and none runs
 * without subscribers; a subscriber that stops reading is ended with FEED_BEHIND.
 */
import type { Driver } from 'neo4j-driver';
import { Curation } from '../../src/graph/curation';
import { ChangeFeed, FeedOptions } from '../../src/graph/feed';
import type { Graph, StatementEvent } from '../../src/graph/graph';
import type { ChangeRecord } from '../../src/graph/history';
import { applySchema } from '../../src/graph/schema';
import { QueryCatalog } from '../../src/graph/statements';
import { loadSeed } from '../../src/seed/load';
import { readSeed } from '../../src/seed/read';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { cypher, testDriver, testExecutor } from '../support/neo4j';
import { until } from '../support/wait';

let writerDriver: Driver;
let readerDriver: Driver;
let writer: Graph;
let reader: Graph;
const readerStatements: StatementEvent[] = [];
const feeds: ChangeFeed[] = [];
let made = 0;

const OPTIONS: FeedOptions = { pollMs: 50, maxBehind: 200 };
const feedOn = (graph: Graph, options: Partial<FeedOptions> = {}) => {
  const feed = new ChangeFeed(graph, { ...OPTIONS, ...options });
  feeds.push(feed);
  return feed;
};
const newWork = () => ({
  createEntity: {
    label: 'Work',
    id: `work:feed-test-${++made}`,
    properties: { title: `Feed ${made}`, year: 2020 },
    source: 'source:paper',
    locator: 'Table 7',
  },
});
/** Commits `sets` change sets of `size` new works each, through the writer's graph (no feed there: another process). */
async function commit(sets: number, size = 1): Promise<number[]> {
  const seqs: number[] = [];
  for (let i = 0; i < sets; i++) {
    const { records } = await new Curation(writer).apply('ada', Array.from({ length: size }, newWork));
    seqs.push(...records.map((r) => r.seq));
  }
  return seqs;
}
const lastSeq = async () => (await cypher(writerDriver, 'MATCH (c:Change) RETURN coalesce(max(c.seq), 0) AS seq'))[0].seq as number;

/** Reads `count` changes from a subscription. */
async function take(changes: AsyncIterator<ChangeRecord>, count: number): Promise<number[]> {
  const seqs: number[] = [];
  while (seqs.length < count) seqs.push((await changes.next()).value.seq);
  return seqs;
}

beforeAll(async () => {
  writerDriver = testDriver();
  readerDriver = testDriver();
  writer = testExecutor(writerDriver);
  reader = testExecutor(readerDriver, (e) => readerStatements.push(e));
  await applySchema(writer, new QueryCatalog());
  await loadSeed(writer, readSeed(seedDir()), { reset: true });
});

afterAll(async () => {
  for (const feed of feeds) feed.close();
  await writerDriver?.close();
  await readerDriver?.close();
});

describe('the change feed from the change log', () => {
  it("hands another process's commits to every subscriber, once each, in commit order, with one poller", async () => {
    const feed = feedOn(reader);
    const subscribers = [1, 2, 3, 4, 5].map(() => feed.subscribe());
    await until(() => readerStatements.some((e) => e.query === 'changesAfter'), 10_000); // the poller has its head
    readerStatements.length = 0;
    const seqs = await commit(3, 2);
    for (const changes of subscribers) expect(await take(changes, 6)).toEqual(seqs);
    // One poller read each change: the reads that found any hold the six changes, once.
    const found = readerStatements.filter((e) => e.query === 'changesAfter' && e.rows > 0);
    expect(found.reduce((sum, e) => sum + e.rows, 0)).toBe(6);
    for (const changes of subscribers) await changes.return!();
  });

  it('resumes after a seq: what was missed, then live, a change committed during the catch-up neither lost nor doubled', async () => {
    const start = await lastSeq();
    const missed = await commit(250 / 50, 50); // more than two pages to catch up
    const feed = feedOn(reader);
    const changes = feed.subscribe(start);
    const during = commit(2, 3); // commits while the subscriber catches up
    const first = await take(changes, 250);
    const committedDuring = await during;
    const after = await commit(1, 2);
    const rest = await take(changes, 8);
    expect([...first, ...rest]).toEqual([...missed, ...committedDuring, ...after]);
    await changes.return!();
  });

  it('polls nothing while a process has no subscriber', async () => {
    const feed = feedOn(reader);
    const changes = feed.subscribe();
    await until(() => readerStatements.some((e) => e.query === 'changesAfter'), 10_000);
    await changes.return!();
    await new Promise((r) => setTimeout(r, 150)); // the poller's turn after the last subscriber left
    const before = readerStatements.length;
    await new Promise((r) => setTimeout(r, 500)); // ten poll intervals
    expect(readerStatements.length).toBe(before);
    expect(feed.size).toBe(0);
  });

  it('ends a subscriber that leaves more than FEED_MAX_BEHIND unread, naming where to resume', async () => {
    const feed = feedOn(reader);
    const start = await lastSeq();
    const slow = feed.subscribe(start);
    const reading = feed.subscribe(start);
    const read = take(reading, 300); // reads as the changes come, so it is never more than a page behind
    const seqs = await commit(3, 100);
    expect(await read).toEqual(seqs);
    await expect(slow.next()).rejects.toMatchObject({
      extensions: { code: 'FEED_BEHIND', limit: 200, lastDelivered: start },
    });
    expect((await slow.next()).done).toBe(true);
    await reading.return!();
    expect(feed.size).toBe(0);
  });
});
