/**
 * What Community can show of causal reads on a cluster: the executor's sessions share one bookmark
 * manager, so a read that follows a write starts with the write's bookmark (on a cluster, it waits for
 * a member holding that write); every executor on a driver shares it; each statement goes in its access
 * mode, which Neo4j itself enforces (a write sent as READ is refused); and `neo4j://` routing works.
 */
import neo4j, { BookmarkManager, Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/graph/driver';
import { bookmarksOf, Executor } from '../../src/graph/executor';
import type { StatementEvent } from '../../src/graph/graph';
import { cypher, quietLogger, testDriver, testEnv, testExecutor } from '../support/neo4j';

const database = testEnv().NEO4J_DATABASE;
const statement = (name: string, text: string, params: Record<string, unknown> = {}) => ({ name, text, params });
const CREATE = (id: string) => statement('createProbe', 'CREATE (p:CausalProbe {id: $id}) RETURN p.id AS id', { id });
const COUNT = (id: string) => statement('countProbe', 'MATCH (p:CausalProbe {id: $id}) RETURN count(p) AS n', { id });

/** A bookmark manager that remembers what each session was given and what each commit handed back. */
function recordingManager(): { manager: BookmarkManager; given: string[][]; committed: string[][] } {
  const inner = neo4j.bookmarkManager();
  const given: string[][] = [];
  const committed: string[][] = [];
  const manager = {
    async getBookmarks() {
      const bookmarks = [...(await inner.getBookmarks())];
      given.push(bookmarks);
      return bookmarks;
    },
    async updateBookmarks(previous: Iterable<string>, next: Iterable<string>) {
      committed.push([...next]);
      await inner.updateBookmarks(previous, next);
    },
  } as BookmarkManager;
  return { manager, given, committed };
}

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await cypher(driver, 'MATCH (p:CausalProbe) DETACH DELETE p');
  await driver?.close();
});

describe('causal reads', () => {
  it("starts a read after a write with the write's bookmark", async () => {
    const { manager, given, committed } = recordingManager();
    const executor = new Executor(driver, quietLogger(), { database, txTimeoutMs: 120_000, bookmarkManager: manager });
    await executor.write(CREATE('causal-1'));
    expect(committed.at(-1)).toHaveLength(1);
    const writeBookmark = committed.at(-1)![0];
    given.length = 0;
    expect(await executor.read(COUNT('causal-1'))).toEqual([{ n: 1 }]);
    expect(given.some((bookmarks) => bookmarks.includes(writeBookmark))).toBe(true);
  });

  it('shares one bookmark manager among every executor of a driver', async () => {
    const a = testExecutor(driver).executor;
    const b = testExecutor(driver).executor.forRequest('r-1');
    const before = [...(await bookmarksOf(driver).getBookmarks())];
    await a.write(CREATE('causal-2'));
    const after = [...(await bookmarksOf(driver).getBookmarks())];
    expect(after).not.toEqual(before);
    expect(after).toHaveLength(1);
    expect(await b.read(COUNT('causal-2'))).toEqual([{ n: 1 }]);
  });

  it('sends each statement in its access mode, which Neo4j enforces', async () => {
    const events: StatementEvent[] = [];
    const graph = testExecutor(driver, (e) => events.push(e));
    await graph.executor.write(CREATE('causal-3'));
    await graph.executor.read(COUNT('causal-3'));
    expect(events.map((e) => [e.query, e.mode])).toEqual([
      ['createProbe', 'WRITE'],
      ['countProbe', 'READ'],
    ]);
    // A write sent in READ access mode is refused by Neo4j, and nothing is written.
    await expect(graph.executor.read(CREATE('causal-4'))).rejects.toThrow();
    expect(await cypher(driver, "MATCH (p:CausalProbe {id: 'causal-4'}) RETURN count(p) AS n")).toEqual([{ n: 0 }]);
  });

  it('accepts neo4j:// routing and runs reads and writes through it', async () => {
    const env = testEnv();
    const uri = env.NEO4J_URI.replace(/^bolt:/, 'neo4j:');
    const config = loadConfig({ ...env, NEO4J_URI: uri });
    expect(config.neo4j!.uri).toBe(uri);
    const routed = createDriver({ ...config.neo4j!, connectTimeoutMs: 5000 }, quietLogger());
    try {
      const executor = new Executor(routed, quietLogger(), { database, txTimeoutMs: 120_000 });
      await executor.write(CREATE('causal-5'));
      expect(await executor.read(COUNT('causal-5'))).toEqual([{ n: 1 }]);
    } finally {
      await routed.close();
    }
  });
});
