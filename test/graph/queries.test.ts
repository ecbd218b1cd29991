import type { Driver } from 'neo4j-driver';
import { keysByLabel } from '../../src/graph/statements';
import { createLoaders } from '../../src/graph/loaders';
import { LABELS } from '../../src/model';
import { forKeyLabels, forLabels, Statements } from '../../src/graph/statements';
import { loadSeed } from '../../src/seed/load';
import { readSeed } from '../../src/seed/read';
import { loadRealSeed, SEED_DIR } from '../seed/graphChecksum';
import { cypher, testDriver, testEnv, testExecutor } from '../support/neo4j';

describe('statements specialised per relationship type', () => {
  const catalog = new Statements();
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await loadRealSeed(driver);
  });
  afterAll(() => driver.close());

  /** Database hits of one run of a named statement, from Neo4j's own PROFILE. */
  async function dbHits(
    name: string,
    keys: object[],
    params: Record<string, unknown> = { keys },
  ): Promise<{ hits: number; rows: number; facts: number }> {
    const result = await driver.executeQuery(`PROFILE ${catalog.text(name)}`, params, { database: testEnv().NEO4J_DATABASE });
    let hits = 0;
    const walk = (p: { dbHits: number; children: unknown[] }) => {
      hits += p.dbHits;
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(result.summary.profile as unknown as { dbHits: number; children: unknown[] });
    const facts = result.records.reduce((n, r) => n + (r.has('facts') ? (r.get('facts') as unknown[]).length : 0), 0);
    return { hits, rows: result.records.length, facts };
  }
  const everyProperty = { factProperties: null, nodeProperties: null };

  it('answer as the general statement does, touching less of a hub node', async () => {
    const keys = [{ id: 'region:hong-kong', type: 'IMPORTED_FROM', direction: 'OUT' }];
    const typed = await dbHits('relationshipsOfType@IMPORTED_FROM', keys, { byLabel: { Region: keys }, ...everyProperty });
    const general = await dbHits('relationshipsOfNodes', keys, { byLabel: { Region: keys }, ...everyProperty });
    // One row per key, its facts collected.
    expect([typed.rows, typed.facts]).toEqual([1, 60]);
    expect([general.rows, general.facts]).toEqual([1, 60]);
    expect(typed.hits).toBeLessThan(general.hits);
  });

  it('search for paths only between two ends that are there and are not sources', async () => {
    const search = (toId: string) =>
      dbHits('shortestPathsBetween@6', [], { fromId: 'region:hong-kong', toId, factProperties: [], nodeProperties: [], limit: 1000 });
    const real = await search('platform:youku');
    expect(real.rows).toBeGreaterThan(0);
    // From the paper's biggest hub towards an id that names nothing, or a source: the ends are not found, nothing is walked.
    for (const toId of ['platform:nowhere', 'source:paper']) {
      const stopped = await search(toId);
      expect(stopped.rows).toBe(0);
      expect(stopped.hits * 5).toBeLessThan(real.hits);
    }
  });

  it('look each id up under the one label its prefix names', async () => {
    const ids = [
      'region:hong-kong',
      'work:infernal-affairs',
      'platform:tvb-jade',
      'policy:cepa',
      'source:paper',
      'work:no-such-work',
      'nolabel:x',
    ];
    // Only the id is read of each node found, so the count is of the lookups, not of how many properties
    // the nodes carry (the derived name forms of src/model/names.ts added about ten to some).
    const { hits, rows } = await dbHits('nodesByIds', [], { byLabel: keysByLabel(ids), properties: ['id'] });
    const found = await cypher(driver, 'MATCH (n) WHERE n.id IN $ids RETURN count(n) AS c', { ids });
    expect(rows).toBe(found[0].c);
    expect(rows).toBeGreaterThanOrEqual(4);
    // The same statement with every id offered under every label: what a lookup cost before.
    const everyLabel = await dbHits('nodesByIds', [], {
      byLabel: Object.fromEntries(LABELS.map((l) => [l, ids.map((id) => ({ id }))])),
      properties: ['id'],
    });
    expect(everyLabel.rows).toBe(rows);
    expect(hits * 2).toBeLessThan(everyLabel.hits);
  });

  it('narrowed to the labels of the ids asked, find the same nodes with one index seek per label asked', async () => {
    const keys = keysByLabel(['work:infernal-affairs', 'policy:cepa', 'work:no-such-work']);
    const narrowed = forKeyLabels('nodesByIds', keys);
    expect(narrowed).toBe('nodesByIds@Work+Policy');
    const text = catalog.text(narrowed);
    expect(text.match(/UNWIND/g)).toHaveLength(2);
    expect(catalog.text('nodesByIds').match(/UNWIND/g)).toHaveLength(LABELS.length);
    const params = { byLabel: keys, properties: ['title'] };
    const [whole, narrow] = [await cypher(driver, catalog.text('nodesByIds'), params), await cypher(driver, text, params)];
    expect(narrow.map((r) => r.id).sort()).toEqual(['policy:cepa', 'work:infernal-affairs']);
    expect(narrow).toEqual(whole);
    const { profile } = (await driver.executeQuery(`PROFILE ${text}`, params, { database: testEnv().NEO4J_DATABASE })).summary;
    const operators: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      operators.push(p.operatorType);
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(profile as unknown as { operatorType: string; children: unknown[] });
    expect(operators.filter((o) => o.startsWith('NodeUniqueIndexSeek'))).toHaveLength(2);
    expect(() => catalog.text('nodesByIds@Work+Nowhere')).toThrow(/not labels that nodesByIds is made for/);
    expect(() => catalog.text('nodesByIds@Work} DETACH DELETE n //')).toThrow(/not labels/);
    expect(() => catalog.text('nodesByIds@Work+Work')).toThrow(/each of the model's, once/);
  });

  it('give the facts in the order Neo4j sorts them, once the loader has ordered them', async () => {
    const loaders = createLoaders(testExecutor(driver));
    const keys = [
      { id: 'region:hong-kong', type: 'IMPORTED_FROM', direction: 'OUT' },
      { id: 'platform:tvb-jade', type: 'AIRED_ON', direction: 'IN' },
    ] as const;
    for (const key of keys) {
      const sorted = await cypher(
        driver,
        `
        MATCH (n {id: $id})-[r]-(m) WHERE type(r) = $type AND (startNode(r) = n) = ($direction = 'OUT')
        RETURN m.id AS other, r.year AS year, r.rank AS rank ORDER BY r.year, r.rank, r.startDate, m.id`,
        key,
      );
      const order = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.other}|${r.year ?? ''}|${r.rank ?? ''}`);
      const loaded = await loaders.relationships.load({ ...key, reads: { fact: ['id'], node: ['id'] } });
      expect(sorted.length).toBeGreaterThan(5);
      expect(order(loaded.map((r) => ({ other: r.other.props.id, year: r.props.year, rank: r.props.rank })))).toEqual(order(sorted));
    }
  });

  it('write the seed and imports per label, so every row finds its nodes by index seek', async () => {
    expect(forLabels('seedUpsertNodes', ['Work'])).toBe('seedUpsertNodes@Work');
    expect(forLabels('importRelationships', ['Work', 'Region'])).toBe('importRelationships@Work>Region');
    expect(forLabels('importNodes', ['Curiosity'])).toBe('importNodes');
    expect(forLabels('importNodes', [undefined])).toBe('importNodes');
    expect(() => catalog.text('importNodes@Work) DETACH DELETE n //')).toThrow(/not labels that importNodes is made for/);
    expect(() => catalog.text('seedUpsertRelationships@Work')).toThrow(/not labels/);
    const statements: string[] = [];
    await loadSeed(
      testExecutor(driver, (e) => statements.push(e.query)),
      readSeed(SEED_DIR),
    );
    expect(statements.length).toBeGreaterThan(10);
    // Before the rows, the load asks whether the graph is empty and, when it is not, takes the change log's lock
    // (a load onto a graph is a change set): one row each, no row of the seed's.
    const bookkeeping = ['anyNode', 'lockChangeLogIfAny'];
    expect(statements[0]).toBe('anyNode');
    const writes = statements.filter((name) => !bookkeeping.includes(name));
    // Claims have one label of their own, written into the statement's text (cypher/seedUpsertClaims.cypher); every
    // other write is specialised per label. The plans below hold both to index seeks.
    expect(writes.filter((name) => !name.includes('@'))).toEqual(writes.includes('seedUpsertClaims') ? ['seedUpsertClaims'] : []);
    for (const name of new Set(writes)) {
      const plan = JSON.stringify(
        (await driver.executeQuery(`EXPLAIN ${catalog.text(name)}`, { rows: [] }, { database: testEnv().NEO4J_DATABASE })).summary.plan,
      );
      expect({ name, scansAll: plan.includes('AllNodesScan') }).toEqual({ name, scansAll: false });
    }
  });
});
