/**
 * `npm run seed` as the built script does it, against the test Neo4j: `--check` validates and writes
 * nothing, `--reset` empties the graph and reloads it, a plain run upserts, and each prints counts that
 * the seed files (read here straight from their JSON) and the database bear out.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { cacheDir, projectRoot } from '../../src/localdb/instance';
import { CHINESE_NAME_FIELDS, DERIVED_NAME_PROPERTIES, withDerivedNames } from '../../src/model';
import { cypher, testDriver, testEnv } from '../support/neo4j';
import { GraphSnapshot, loadRealSeed, SEED_DIR, snapshot } from './graphChecksum';

const seed = (args: string[]) =>
  spawnSync(process.execPath, [path.join(projectRoot(), 'dist', 'scripts', 'seed.js'), ...args], {
    env: { ...process.env, ...testEnv(), LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 120_000,
  });

/** The seed's files and records, counted from the JSON and the name mappings themselves rather than through the loader. */
interface SeedJson {
  nodes?: { id: string; source: string }[];
  relationships?: unknown[];
  additions?: { id: string; source: string }[];
  claims?: unknown[];
}

interface SeedRecords {
  files: number;
  /** Nodes, relationships, claims and name-mapping lines: what `--check` counts as records. */
  records: number;
  nodes: number;
  relationships: number;
  citations: number;
}

function seedRecords(): SeedRecords {
  const files = fs
    .readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(SEED_DIR, f), 'utf8')) as SeedJson);
  // seed/names/<source>.tsv: a header line, then one line per name: its entity in the second column.
  const namesDir = path.join(SEED_DIR, 'names');
  const mappings = fs
    .readdirSync(namesDir)
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => ({
      source: `source:${f.replace(/\.tsv$/, '')}`,
      entities: fs
        .readFileSync(path.join(namesDir, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#'))
        .slice(1)
        .map((line) => line.split('\t')[1]),
    }));
  const count = (key: 'nodes' | 'relationships' | 'claims') => files.reduce((n, f) => n + (f[key]?.length ?? 0), 0);
  const names = mappings.reduce((n, m) => n + m.entities.length, 0);
  // One CITED_IN per node and Source it cites: its own, each addition's (seed/30) that names another Source, and
  // each name mapping's source for the entities it names.
  const cited = new Set([
    ...files.flatMap((f) => [...(f.nodes ?? []), ...(f.additions ?? [])].map((r) => `${r.id}|${r.source}`)),
    ...mappings.flatMap((m) => m.entities.map((e) => `${e}|${m.source}`)),
  ]);
  return {
    files: files.length + mappings.length,
    records: count('nodes') + count('relationships') + count('claims') + names,
    nodes: count('nodes'),
    relationships: count('relationships'),
    citations: cited.size,
  };
}

/** The graph's entities and facts with their citations: claims (`:Claim`, ABOUT, STATED_IN) counted apart. */
const withoutClaims = (graph: GraphSnapshot) => [
  graph.nodeCount - (graph.nodesByLabel.Claim ?? 0),
  graph.relationshipCount - (graph.relationshipsByType.ABOUT ?? 0) - (graph.relationshipsByType.STATED_IN ?? 0),
];

const STRAY = 'work:seed-command-stray';
const strays = async (driver: Driver) => (await cypher(driver, 'MATCH (w:Work {id: $id}) RETURN count(w) AS n', { id: STRAY }))[0].n;

describe('npm run seed', () => {
  let driver: Driver;
  const records = seedRecords();

  beforeAll(async () => {
    driver = testDriver();
    await loadRealSeed(driver);
  });
  afterAll(async () => {
    await loadRealSeed(driver);
    await driver.close();
  });

  it('with --check says the seed is valid, with its files and records, and writes nothing', async () => {
    // A seed node gone: a load would bring it back, a check must not.
    await cypher(driver, "MATCH (w:Work {id: 'work:infernal-affairs'}) DETACH DELETE w");
    const before = await snapshot(driver);
    const checked = seed(['--check']);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toBe(`Seed is valid: ${records.files} files, ${records.records} records.\n`);
    expect(await snapshot(driver)).toEqual(before);
  });

  it('with --reset empties the graph and reloads it, printing the counts by label and type', async () => {
    await cypher(driver, 'CREATE (:Work {id: $id, title: "Not in the seed"})', { id: STRAY });
    const loaded = seed(['--reset']);
    expect(loaded.status).toBe(0);
    expect(await strays(driver)).toBe(0);
    const graph = await snapshot(driver);
    // One node per record, and one CITED_IN per node and Source it cites beside the relationship records.
    expect(withoutClaims(graph)).toEqual([records.nodes, records.relationships + records.citations]);
    expect(loaded.stdout).toContain(`Loaded. ${graph.nodeCount} nodes, ${graph.relationshipCount} relationships.\n`);
    expect(graph.nodesByLabel.Claim).toBeGreaterThan(0);
    // Table 1: Hong Kong's five largest import sources in each year from 2011 to 2022.
    expect(loaded.stdout).toContain('  [:IMPORTED_FROM] 60\n');
    for (const [label, count] of Object.entries(graph.nodesByLabel)) expect(loaded.stdout).toContain(`  (:${label}) ${count}\n`);
    for (const [type, count] of Object.entries(graph.relationshipsByType)) expect(loaded.stdout).toContain(`  [:${type}] ${count}\n`);
  });

  it('without --reset upserts: what the seed holds comes back, what it does not is left alone, and a second run changes nothing', async () => {
    await cypher(driver, "MATCH (w:Work {id: 'work:infernal-affairs'}) DETACH DELETE w");
    await cypher(driver, 'CREATE (:Work {id: $id, title: "Not in the seed"})', { id: STRAY });
    const first = seed([]);
    expect(first.status).toBe(0);
    // What it brought back is one change set of the history (src/seed/load.ts); the node counts leave the history out.
    expect(first.stdout).toMatch(/ relationships; \d+ changes recorded by seed\.\n/);
    const once = await snapshot(driver);
    expect(withoutClaims(await snapshot(driver, { graphOnly: true }))[0]).toBe(records.nodes + 1);
    expect(await strays(driver)).toBe(1);
    const second = seed([]);
    expect([second.status, second.stdout]).toEqual([0, expect.stringMatching(/ relationships\.\n/)]);
    expect(await snapshot(driver)).toEqual(once);
  });

  const MEMO = path.join(cacheDir(), 'derived-names.json');
  const memoKeys = () => Object.keys((JSON.parse(fs.readFileSync(MEMO, 'utf8')) as { forms: Record<string, unknown> }).forms).sort();
  type Named = { id: string; props: Record<string, unknown> };
  /** The graph's nodes with a Chinese name. */
  const chineseNamed = async () =>
    (await cypher(
      driver,
      'MATCH (n) WHERE n.titleZh IS NOT NULL OR n.nameZh IS NOT NULL RETURN n.id AS id, properties(n) AS props',
    )) as Named[];
  /** Their Chinese names, under their fields, as the memo keys them. */
  const namesOf = (rows: Named[]) =>
    [
      ...new Set(
        rows.flatMap(({ props }) =>
          CHINESE_NAME_FIELDS.filter((f) => typeof props[f] === 'string').map((f) => `${f}|${props[f] as string}`),
        ),
      ),
    ].sort();

  it('with no memo of the name forms derives them as the model does, and keeps them for the next load', async () => {
    fs.rmSync(MEMO, { force: true });
    expect(seed(['--reset']).status).toBe(0);
    const rows = await chineseNamed();
    expect(rows.length).toBeGreaterThan(100);
    for (const { id, props } of rows) {
      const printed = Object.fromEntries(Object.entries(props).filter(([k]) => !DERIVED_NAME_PROPERTIES.includes(k)));
      const expected = withDerivedNames(printed);
      const derived = (p: Record<string, unknown>) =>
        Object.fromEntries(DERIVED_NAME_PROPERTIES.filter((k) => k in p).map((k) => [k, p[k]]));
      expect({ id, ...derived(props) }).toEqual({ id, ...derived(expected) });
    }
    expect(memoKeys()).toEqual(namesOf(rows));
  });

  it("is spared the converters' start-up after a build: the build derives every Chinese name of the seed into the memo", async () => {
    fs.rmSync(MEMO, { force: true });
    const built = spawnSync(process.execPath, [path.join(projectRoot(), 'dist', 'scripts', 'derive-seed-names.js')], { encoding: 'utf8' });
    expect(built.status).toBe(0);
    expect(built.stderr).toMatch(/^Derived the forms of the seed's \d+ Chinese names in \d+ ms\.\n$/);
    // The graph holds the seed, loaded by the test before.
    expect(memoKeys()).toEqual(namesOf(await chineseNamed()));
  });
});
