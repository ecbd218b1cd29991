/**
 * Loading the seed a second time changes nothing: the same nodes and relationships with the same
 * properties, whether the second load resets the graph first or upserts over it. A reload that puts a seed
 * value back is a change, which the history records (the graph compared without it).
 */
import type { Driver } from 'neo4j-driver';
import { claimRows } from '../../src/seed/claims';
import { sourceOfMapping } from '../../src/seed/names';
import { readSeed } from '../../src/seed/read';
import { testDriver, testEnv } from '../support/neo4j';
import { GraphSnapshot, loadRealSeed, query, SEED_DIR, snapshot } from './graphChecksum';

describe('loading the seed twice', () => {
  let driver: Driver;
  let first: GraphSnapshot;

  beforeAll(async () => {
    driver = testDriver();
    await loadRealSeed(driver, { reset: true });
    first = await snapshot(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('loads what the seed files hold: one node per record, one CITED_IN per node and source, one relationship per record', async () => {
    const files = readSeed(SEED_DIR);
    const nodes = files.flatMap((f) => f.nodes);
    const nodeRecords = nodes.length;
    const relationshipRecords = files.flatMap((f) => f.relationships).length;
    // An addition from another source than its node's makes the node cite that source too, once per source.
    const sourceOf = new Map(nodes.map((n) => [n.id, n.source]));
    const citations = new Set([
      ...nodes.map((n) => `${n.id}|${n.source}`),
      ...files.flatMap((f) => f.additions).map((a) => `${a.id}|${a.source}`),
      // A name mapping (seed/names/<source>.tsv) makes each entity it names cite that source.
      ...files.flatMap((f) => (f.names ?? []).map((r) => `${r.entity}|${sourceOfMapping(f.file)}`)),
    ]);
    expect(files.flatMap((f) => f.additions).some((a) => a.source !== sourceOf.get(a.id))).toBe(true);
    // Each claim (src/seed/claims.ts: the files' and the facts' own preferred ones) is a node, STATED_IN its source and ABOUT each entity of its fact.
    const claims = claimRows(files);
    const about = claims.flatMap((c) => c.about).length;
    expect(claims.length).toBeGreaterThan(0);
    expect(nodeRecords).toBeGreaterThan(0);
    expect(first.nodeCount).toBe(nodeRecords + claims.length);
    expect(first.nodesByLabel.Claim).toBe(claims.length);
    expect(first.relationshipsByType.CITED_IN).toBe(citations.size);
    expect([first.relationshipsByType.STATED_IN, first.relationshipsByType.ABOUT]).toEqual([claims.length, about]);
    expect(first.relationshipCount).toBe(relationshipRecords + citations.size + claims.length + about);
  });

  it('changes nothing when loaded again over itself (no reset)', async () => {
    await loadRealSeed(driver, { reset: false });
    const second = await snapshot(driver);
    expect(second.nodesByLabel).toEqual(first.nodesByLabel);
    expect(second.relationshipsByType).toEqual(first.relationshipsByType);
    expect(second.nodeCount).toBe(first.nodeCount);
    expect(second.relationshipCount).toBe(first.relationshipCount);
    expect(second.checksum).toBe(first.checksum);
  });

  it('changes nothing when loaded again with reset', async () => {
    await loadRealSeed(driver, { reset: true });
    const third = await snapshot(driver);
    expect(third).toEqual(first);
  });

  it('has a checksum that notices a changed property, and a reload puts the seed value back', async () => {
    await driver.executeQuery(
      `MATCH (:Region {id: 'region:hong-kong'})-[r:IMPORTED_FROM {year: 2022}]->(:Region {id: 'region:japan'}) SET r.value = 684203`,
      {},
      { database: testEnv().NEO4J_DATABASE },
    );
    const changed = await snapshot(driver);
    expect(changed.relationshipCount).toBe(first.relationshipCount);
    expect(changed.checksum).not.toBe(first.checksum);

    await loadRealSeed(driver, { reset: false });
    // The graph as the seed has it again; the repair is one change of the history (src/seed/load.ts), by the seed.
    const restored = await snapshot(driver, { graphOnly: true });
    expect(restored.checksum).toBe(first.checksum);
    const repairs = await query(driver, 'MATCH (c:Change) RETURN c.op AS op, c.target AS target, c.author AS author');
    expect(repairs).toEqual([
      { op: 'updateLink', target: expect.stringMatching(/^IMPORTED_FROM\|region:hong-kong\|region:japan\|/), author: 'seed' },
    ]);
    const [row] = await query(
      driver,
      `MATCH (:Region {id: 'region:hong-kong'})-[r:IMPORTED_FROM {year: 2022}]->(:Region {id: 'region:japan'}) RETURN r.value AS value`,
    );
    expect(row.value).toBe(684202);
  });

  it('has a checksum that notices an extra property and an extra node, and a reload removes the extra property', async () => {
    await driver.executeQuery(`MATCH (w:Work {id: 'work:hero'}) SET w.bogus = 'x'`, {}, { database: testEnv().NEO4J_DATABASE });
    expect((await snapshot(driver)).checksum).not.toBe(first.checksum);
    await loadRealSeed(driver, { reset: false });
    expect((await snapshot(driver, { graphOnly: true })).checksum).toBe(first.checksum);

    await driver.executeQuery(
      `CREATE (:Work {id: 'work:not-in-the-paper', title: 'Not in the paper'})`,
      {},
      { database: testEnv().NEO4J_DATABASE },
    );
    const extra = await snapshot(driver, { graphOnly: true });
    expect(extra.nodeCount).toBe(first.nodeCount + 1);
    expect(extra.checksum).not.toBe(first.checksum);
    await loadRealSeed(driver, { reset: true });
    expect(await snapshot(driver)).toEqual(first);
  });
});
