/**
 * Exports against the real seed: JSON out, graph wiped, JSON back in gives the same graph to the last
 * property type (checksum); GraphML parses as XML in Chromium with one <node>/<edge> per node and
 * relationship and typed keys; CSV has one row per record, every property in its header and Chinese text
 * intact, and text a spreadsheet would run as a formula defused while numbers stay numbers; a bad file
 * is refused naming its record and leaves the graph as it was, and so is a file the domain model refuses
 * (a label or relationship type outside it, a relationship between labels its type does not join), while
 * exports of the seed and of the synthetic graph import cleanly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ExchangeError, ExchangeGraph, ExchangeNode, ExchangeRelationship } from '../../src/exchange/model';
import { writeExport } from '../../src/exchange/files';
import { parseJson, toJson } from '../../src/exchange/json';
import { importGraph } from '../../src/exchange/load';
import { readGraph } from '../../src/exchange/read';
import { validateImport } from '../../src/exchange/validate';
import type { Graph } from '../../src/graph/graph';
import { projectRoot } from '../../src/localdb/instance';
import { LABELS } from '../../src/model';
import { seedDir } from '../../src/seed/seedIfEmpty';
import { loadSynthetic, syntheticExecutor } from '../../tools/synthetic/load';
import { GraphSnapshot, loadRealSeed, query, snapshot } from '../seed/graphChecksum';
import { cypher, quietLogger, testDriver, testEnv, testExecutor } from '../support/neo4j';
import { parseCsv, parseGraphmlInChromium } from './parsers';

/** The graph without its history: an import records its changes there, which an export leaves out. */
const GRAPH = { graphOnly: true };

describe('exporting and importing the graph', () => {
  let driver: Driver;
  let db: Graph;
  let seeded: GraphSnapshot;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    db = testExecutor(driver);
    await loadRealSeed(driver);
    seeded = await snapshot(driver, GRAPH);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-'));
  });
  afterAll(async () => {
    await driver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** `npm run export` / `npm run import` as the built scripts, against the test Neo4j. */
  const run = (script: string, args: string[]) =>
    spawnSync(process.execPath, [path.join(projectRoot(), 'dist', 'scripts', script), ...args], {
      env: { ...process.env, ...testEnv(), LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
  /** Probe works made for one test and removed after it, so the seed is left as it was. */
  async function withProbes(create: string, params: Record<string, unknown>, check: () => Promise<void>): Promise<void> {
    try {
      await cypher(driver, create, params);
      await check();
    } finally {
      await cypher(driver, "MATCH (w:Work) WHERE w.id STARTS WITH 'work:export-probe-' DETACH DELETE w");
    }
    expect(await snapshot(driver, GRAPH)).toEqual(seeded);
  }
  const nodeIn = (doc: { nodes: { id: string }[] }, id: string) => doc.nodes.find((n) => n.id === id) as any;

  // 2^53 + 1, the first integer a JSON number (a double) cannot hold.
  const BEYOND_2_53 = '9007199254740993';

  it('writes an integer beyond 2^53 as its digits in JSON, and the import refuses it by those digits, writing nothing', async () => {
    const probe = 'work:export-probe-big';
    await withProbes(
      'CREATE (:Work {id: $probe, title: "Big integer probe", big: toInteger($digits)})',
      { probe, digits: BEYOND_2_53 },
      async () => {
        const [file] = writeExport(await readGraph(db), 'json', path.join(dir, 'big'));
        const node = nodeIn(JSON.parse(fs.readFileSync(file, 'utf8')), probe);
        expect([node.properties.big, node.types.big]).toEqual([BEYOND_2_53, 'integer']);
        await cypher(driver, 'MATCH (w:Work {id: $probe}) DETACH DELETE w', { probe });
        // The model's ranges (src/model/ranges.ts) hold every write path to 2^53-1: the import as the API and the seed.
        expect(() => parseJson(fs.readFileSync(file, 'utf8'))).toThrow(
          new RegExp(`\\(${probe}\\): property "big" is ${BEYOND_2_53}, beyond 2\\^53-1`),
        );
        expect(await query(driver, 'MATCH (w:Work {id: $probe}) RETURN w', { probe })).toEqual([]);
      },
    );
  });

  it('writes GraphML lists as JSON text, and types a property holding integers and floats double', async () => {
    const [whole, half] = ['work:export-probe-whole', 'work:export-probe-half'];
    await withProbes(
      `CREATE (:Work {id: $whole, title: 'Whole', probeGenres: ['Drama', 'Crime'], probeScore: 7})
      CREATE (:Work {id: $half, title: 'Half', probeScore: 7.5})`,
      { whole, half },
      async () => {
        const [file] = writeExport(await readGraph(db), 'graphml', path.join(dir, 'graphml-details'));
        const xml = await parseGraphmlInChromium(file);
        expect(xml.problems).toEqual([]);
        expect(xml.dataOf[whole].probeGenres).toBe('["Drama","Crime"]');
        expect(xml.keyTypes['node:probeScore']).toBe('double');
        expect([xml.dataOf[whole].probeScore, xml.dataOf[half].probeScore]).toEqual(['7', '7.5']);
      },
    );
  });

  it("takes --label from the command line: that label's nodes, the relationships touching them and their other ends", async () => {
    const out = path.join(dir, 'cli-label');
    const exported = run('export.js', ['--format', 'json', '--label', 'Festival', '--out', out]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('(label Festival and its neighbours)');
    const doc = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8'));
    const [festivals] = await query(driver, 'MATCH (f:Festival) RETURN count(f) AS n');
    const [touching] = await query(driver, 'MATCH (a)-[r]->(b) WHERE a:Festival OR b:Festival RETURN count(r) AS n');
    expect(doc.nodes.filter((n: { labels: string[] }) => n.labels.includes('Festival'))).toHaveLength(festivals.n);
    expect(doc.relationships).toHaveLength(touching.n);
    const ends = new Set(doc.relationships.flatMap((r: { from: string; to: string }) => [r.from, r.to]));
    expect(doc.nodes.filter((n: { id: string; labels: string[] }) => !n.labels.includes('Festival') && !ends.has(n.id))).toEqual([]);
  });

  it("updates an existing node's changed properties on import, and adds the new ones", async () => {
    const graph = await readGraph(db);
    const film = graph.nodes.find((n) => n.id === 'work:infernal-affairs')!;
    film.properties.title = 'Infernal Affairs (edited)';
    film.properties.probeNote = 'added by the import';
    film.types.probeNote = 'string';
    try {
      await importGraph(db, parseJson(toJson(graph)));
      const [after] = await query(driver, "MATCH (w:Work {id: 'work:infernal-affairs'}) RETURN w.title AS title, w.probeNote AS note");
      expect(after).toEqual({ title: 'Infernal Affairs (edited)', note: 'added by the import' });
      expect((await snapshot(driver, GRAPH)).nodeCount).toBe(seeded.nodeCount);
    } finally {
      await loadRealSeed(driver);
    }
    expect(await snapshot(driver, GRAPH)).toEqual(seeded);
  });

  it('gives back the same graph after JSON export, wipe and import: counts, checksum, integer and float types', async () => {
    // A float with a whole value is what JSON alone would turn into an integer.
    const [wholeFloat] = await query(
      driver,
      `
      MATCH (n) UNWIND keys(n) AS key WITH n, key
      WHERE valueType(n[key]) = 'FLOAT NOT NULL' AND n[key] = round(n[key])
      RETURN n.id AS id, key LIMIT 1`,
    );
    expect(wholeFloat).toBeDefined();

    const [file] = writeExport(await readGraph(db), 'json', path.join(dir, 'json'));
    await cypher(driver, 'MATCH (n) DETACH DELETE n');
    expect((await snapshot(driver, GRAPH)).nodeCount).toBe(0);

    const counts = await importGraph(db, parseJson(fs.readFileSync(file, 'utf8')));
    // Into an empty graph every node and relationship is a change of the history.
    expect(counts).toEqual({
      nodes: seeded.nodeCount,
      relationships: seeded.relationshipCount,
      changes: seeded.nodeCount + seeded.relationshipCount,
    });
    const restored = await snapshot(driver, GRAPH);
    expect(restored.nodesByLabel).toEqual(seeded.nodesByLabel);
    expect(restored.relationshipsByType).toEqual(seeded.relationshipsByType);
    expect(restored.checksum).toBe(seeded.checksum);
    const [after] = await query(driver, 'MATCH (n {id: $id}) RETURN valueType(n[$key]) AS type', wholeFloat);
    expect(after.type).toBe('FLOAT NOT NULL');
  });

  it('keeps every source and locator and every CITED_IN, and a second import changes nothing', async () => {
    const graph = await readGraph(db);
    expect(graph.relationships.filter((r) => r.type === 'CITED_IN')).toHaveLength(seeded.relationshipsByType.CITED_IN);
    expect(graph.relationships.filter((r) => typeof r.properties.source !== 'string' || typeof r.properties.locator !== 'string')).toEqual(
      [],
    );
    expect(graph.relationships.every((r) => r.types.year === undefined || r.types.year === 'integer')).toBe(true);
    expect((await importGraph(db, parseJson(toJson(graph)))).changes).toBe(0);
    expect(await snapshot(driver, GRAPH)).toEqual(seeded);
  });

  it('writes GraphML that Chromium parses, with a typed key for every property and one <node>/<edge> per record', async () => {
    const graph = await readGraph(db);
    const [file] = writeExport(graph, 'graphml', path.join(dir, 'graphml'));
    const xml = await parseGraphmlInChromium(file);
    expect(xml.parserError).toBeNull();
    expect(xml.root).toBe('graphml');
    expect(xml.nodes).toBe(seeded.nodeCount);
    expect(xml.edges).toBe(seeded.relationshipCount);
    expect(xml.problems).toEqual([]);
    const nodeNames = new Set(graph.nodes.flatMap((n) => Object.keys(n.properties)));
    expect(xml.keyNames.node.sort()).toEqual([...nodeNames, 'labels', 'caption'].sort());
    expect(xml.keyTypes['edge:year']).toBe('long');
    expect(xml.keyTypes['edge:sharePct']).toBe('double');
    const work = graph.nodes.find((n) => typeof n.properties.titleZh === 'string')!;
    expect(xml.dataOf[work.id].titleZh).toBe(work.properties.titleZh);
  });

  it('writes CSV with one row per node and relationship, every property in the header and Chinese titles intact', async () => {
    const [nodesFile, relsFile] = writeExport(await readGraph(db), 'csv', path.join(dir, 'csv'));
    const nodesText = fs.readFileSync(nodesFile, 'utf8');
    expect(nodesText.startsWith('\uFEFF')).toBe(true);
    const nodes = parseCsv(nodesText);
    const rels = parseCsv(fs.readFileSync(relsFile, 'utf8'));
    expect(nodes.rows).toHaveLength(seeded.nodeCount);
    expect(rels.rows).toHaveLength(seeded.relationshipCount);
    const [nodeKeys] = await query(
      driver,
      'MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog UNWIND keys(n) AS k RETURN collect(DISTINCT k) AS keys',
    );
    const [relKeys] = await query(driver, 'MATCH ()-[r]->() UNWIND keys(r) AS k RETURN collect(DISTINCT k) AS keys');
    expect(nodes.header.slice(1).sort()).toEqual([...nodeKeys.keys].sort());
    expect(rels.header.slice(3).sort()).toEqual([...relKeys.keys].sort());
    expect(rels.header.slice(0, 3)).toEqual([':type', ':from', ':to']);

    const [work] = await query(
      driver,
      'MATCH (w:Work) WHERE w.titleZh IS NOT NULL RETURN w.id AS id, w.titleZh AS titleZh, w.genres AS genres ORDER BY w.id LIMIT 1',
    );
    const row = nodes.rows.find((r) => r[nodes.header.indexOf('id')] === work.id)!;
    expect(row[nodes.header.indexOf('titleZh')]).toBe(work.titleZh);
    expect(row[nodes.header.indexOf(':labels')]).toBe('Work');
    const aliases = nodes.rows.map((r) => r[nodes.header.indexOf('aliases')]);
    expect(aliases.every((cell) => Array.isArray(JSON.parse(cell)))).toBe(true);
  });

  it('defuses formula-like text in CSV but never numbers, and JSON carries the same values back byte for byte', async () => {
    const probe = 'work:csv-injection-probe';
    // Text a spreadsheet would run as a formula, beside numbers and text that merely look alike; with the
    // sort name every write path derives, so that the import gives back the same node.
    await cypher(
      driver,
      `
      CREATE (w:Work {id: $probe, title: $formula, sortName: toLower($formula), tagline: $phone, code: '-5', note: $tab, offset: -5, change: -2.5, year: 2020})
      WITH w MATCH (r:Region {id: 'region:hong-kong'})
      CREATE (w)-[:ORIGINATES_FROM {id: $probe, source: 'source:general-knowledge', locator: '@A1', offset: -5}]->(r)`,
      { probe, formula: '=HYPERLINK("x")', phone: '+86 text', tab: '\tindented' },
    );
    try {
      const graph = await readGraph(db);
      const [nodesFile, relsFile] = writeExport(graph, 'csv', path.join(dir, 'csv-guard'));
      const nodes = parseCsv(fs.readFileSync(nodesFile, 'utf8'));
      const rels = parseCsv(fs.readFileSync(relsFile, 'utf8'));
      const cellOf = (csv: typeof nodes, row: string[]) => (column: string) => row[csv.header.indexOf(column)];
      const node = cellOf(
        nodes,
        nodes.rows.find((r) => r[nodes.header.indexOf('id')] === probe)!,
      );
      expect(['title', 'tagline', 'code', 'note'].map(node)).toEqual(['\'=HYPERLINK("x")', "'+86 text", "'-5", "'\tindented"]);
      expect(['offset', 'change', 'year'].map(node)).toEqual(['-5', '-2.5', '2020']);
      const rel = cellOf(
        rels,
        rels.rows.find((r) => r[rels.header.indexOf('id')] === probe)!,
      );
      expect([':from', 'locator', 'offset'].map(rel)).toEqual([probe, "'@A1", '-5']);
      // Across the whole seed: the only cells starting like a formula are numbers.
      const number = /^-(\d+(\.\d+)?([eE][-+]?\d+)?|Infinity)$/;
      const formulaLike = [nodes, rels]
        .flatMap((csv) => [csv.header, ...csv.rows].flat())
        .filter((cell) => /^[=+\-@\t\r]/.test(cell) && !number.test(cell));
      expect(formulaLike).toEqual([]);

      // A tab is a control character the model's text refuses (src/model/ranges.ts): the JSON round trip carries
      // the rest of the probe, text beginning with a space where a spreadsheet would read a formula.
      await cypher(driver, "MATCH (w:Work {id: $probe}) SET w.note = ' indented'", { probe });
      const withProbe = await snapshot(driver, GRAPH);
      const graphForJson = await readGraph(db);
      const [jsonFile] = writeExport(graphForJson, 'json', path.join(dir, 'json-guard'));
      await cypher(driver, 'MATCH (w:Work {id: $probe}) DETACH DELETE w', { probe });
      await importGraph(db, parseJson(fs.readFileSync(jsonFile, 'utf8')));
      expect(await snapshot(driver, GRAPH)).toEqual(withProbe);
      const again = { ...(await readGraph(db)), exportedAt: graphForJson.exportedAt };
      expect(toJson(again)).toBe(fs.readFileSync(jsonFile, 'utf8'));
    } finally {
      await cypher(driver, 'MATCH (w:Work {id: $probe}) DETACH DELETE w', { probe });
    }
    expect(await snapshot(driver, GRAPH)).toEqual(seeded);
  });

  it('exports one label with the relationships touching it and the nodes at their other ends', async () => {
    const graph = await readGraph(db, { label: 'Work' });
    const [works] = await query(driver, 'MATCH (w:Work) RETURN count(w) AS n');
    const [touching] = await query(driver, 'MATCH (a)-[r]->(b) WHERE a:Work OR b:Work RETURN count(r) AS n');
    expect(graph.nodes.filter((n) => n.labels.includes('Work'))).toHaveLength(works.n);
    expect(graph.relationships).toHaveLength(touching.n);
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.relationships.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true);
    expect(graph.nodes.length).toBeLessThan(seeded.nodeCount);
    await expect(readGraph(db, { label: 'NoSuchLabel' })).rejects.toThrow('no node carries the label "NoSuchLabel"');
  });

  it('refuses a bad file naming the record, and writes nothing', async () => {
    const graph = await readGraph(db);
    const index = graph.nodes.findIndex((n) => n.types.year === 'integer');
    const node = graph.nodes[index];
    node.properties.year = 'twenty';
    const rel = graph.relationships[3];
    rel.to = 'region:atlantis';
    let error: unknown;
    try {
      parseJson(toJson(graph));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ExchangeError);
    const problems = (error as ExchangeError).problems;
    expect(problems).toContain(
      `nodes[${index}] (${node.id}): property "year" is typed integer but holds "twenty"; expected a whole number (or, beyond 2^53, its digits as a string)`,
    );
    expect(problems).toContain(`relationships[3] (${rel.id}): "to" names node "region:atlantis", which is not in the file`);
    expect(() => parseJson('{"format": "av-exchange-graph", ')).toThrow(/not valid JSON/);
    await expect(importGraph(db, graph)).rejects.toThrow(ExchangeError);
    expect(await snapshot(driver, GRAPH)).toEqual(seeded);
  });

  it('rolls the whole import back when Neo4j refuses one record', async () => {
    const graph = await readGraph(db, { label: 'Agreement' });
    const agreement = graph.nodes.find((n) => n.labels.includes('Agreement'))!;
    const fresh = { ...agreement, id: 'agreement:new-one', properties: { ...agreement.properties, id: 'agreement:new-one' } };
    // Same id as an existing Region, but labelled (with two of the model's labels, as the import allows) so that
    // MERGE creates a second one: the id constraint refuses it.
    const clash = {
      id: 'region:hong-kong',
      labels: ['Region', 'Work'],
      properties: { id: 'region:hong-kong' },
      types: { id: 'string' as const },
    };
    const bad = { ...graph, nodes: [fresh, clash], relationships: [] };
    await expect(importGraph(db, bad)).rejects.toThrow(/duplicate an id/);
    expect(await snapshot(driver, GRAPH)).toEqual(seeded);
  });

  it('runs as npm run export / import: files written, a bad file refused with its record named and exit 1', async () => {
    const out = path.join(dir, 'cli');
    const exported = run('export.js', ['--format', 'json', '--out', out]);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    const file = path.join(out, 'graph.json');
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(doc.nodes).toHaveLength(seeded.nodeCount);

    doc.relationships[0].types.source = 'date';
    fs.writeFileSync(file, JSON.stringify(doc));
    const refused = run('import.js', ['--file', file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`relationships[0] (${doc.relationships[0].id}): property "source" has type "date"`);
    expect(run('export.js', ['--format', 'pdf']).status).toBe(2);
    expect(await snapshot(driver, GRAPH)).toEqual(seeded);
  });
  describe('holding an import to the domain model', () => {
    const MODEL_LABELS = `(${LABELS.join(', ')})`;
    const probeNode = (id: string, labels: string[]): ExchangeNode => ({
      id,
      labels,
      properties: { id, name: 'Model probe' },
      types: { id: 'string', name: 'string' },
    });
    const probeRelationship = (id: string, type: string, from: string, to: string): ExchangeRelationship => ({
      id,
      type,
      from,
      to,
      properties: { id, source: 'source:general-knowledge', locator: '-' },
      types: { id: 'string', source: 'string', locator: 'string' },
    });
    /** Refused by the import (and by parsing the file), with exactly these problems, and nothing written: counts and checksum as seeded. */
    async function refusedWritingNothing(graph: ExchangeGraph, expected: string[]): Promise<void> {
      const before = await snapshot(driver);
      const error = await importGraph(db, graph).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(ExchangeError);
      expect((error as ExchangeError).problems).toEqual(expected);
      expect(() => parseJson(toJson(graph))).toThrow(ExchangeError);
      // Nothing written, the history included.
      const after = await snapshot(driver);
      expect({ nodes: after.nodeCount, relationships: after.relationshipCount }).toEqual({
        nodes: before.nodeCount,
        relationships: before.relationshipCount,
      });
      expect(after.checksum).toBe(before.checksum);
      expect(await snapshot(driver, GRAPH)).toEqual(seeded);
    }

    it('refuses a node with a label outside the model, the history labels among them, naming each node', async () => {
      const graph = await readGraph(db);
      const source = graph.nodes.find((n) => n.labels.includes('Source'))!;
      const at = graph.nodes.length;
      graph.nodes.push(probeNode('work:model-probe', ['Film']), probeNode('change:model-probe', ['Change']));
      graph.relationships.push(probeRelationship('probe:cites', 'CITED_IN', 'work:model-probe', source.id));
      await refusedWritingNothing(graph, [
        `nodes[${at}] (work:model-probe): label "Film" is not in the model ${MODEL_LABELS}`,
        `nodes[${at + 1}] (change:model-probe): label "Change" is not in the model ${MODEL_LABELS}`,
      ]);
    });

    it('refuses a relationship type outside the model, from the command line too', async () => {
      const graph = await readGraph(db);
      const at = graph.relationships.length;
      graph.relationships.push(probeRelationship('probe:likes', 'LIKES', 'work:infernal-affairs', 'region:hong-kong'));
      const expected = `relationships[${at}] (probe:likes): LIKES is not a relationship type of the model`;
      await refusedWritingNothing(graph, [expected]);

      const file = path.join(dir, 'model-type.json');
      fs.writeFileSync(file, toJson(graph));
      const refused = run('import.js', ['--file', file]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('nothing was written');
      expect(refused.stderr).toContain(expected);
      expect(await snapshot(driver, GRAPH)).toEqual(seeded);
    });

    it('refuses a relationship between labels its type does not join, in either direction, naming each', async () => {
      const graph = await readGraph(db);
      const source = graph.nodes.find((n) => n.labels.includes('Source'))!;
      const at = graph.relationships.length;
      graph.relationships.push(
        probeRelationship('probe:reversed', 'ORIGINATES_FROM', 'region:hong-kong', 'work:infernal-affairs'),
        probeRelationship('probe:aired-on-region', 'AIRED_ON', 'work:infernal-affairs', 'region:hong-kong'),
        probeRelationship('probe:cites-backwards', 'CITED_IN', source.id, 'work:infernal-affairs'),
      );
      await refusedWritingNothing(graph, [
        `relationships[${at}] (probe:reversed): ORIGINATES_FROM joins Work → Region, not Region → Work`,
        `relationships[${at + 1}] (probe:aired-on-region): AIRED_ON joins Work → Platform, not Work → Region`,
        `relationships[${at + 2}] (probe:cites-backwards): CITED_IN joins a node of the model → Source, not Source → Work`,
      ]);
    });

    it("passes exports of the seed, of one label's part of it and of the synthetic graph beside it, which import cleanly", async () => {
      expect(validateImport(await readGraph(db))).toEqual([]);
      expect(validateImport(await readGraph(db, { label: 'Work' }))).toEqual([]);
      try {
        await loadSynthetic(syntheticExecutor(driver, testEnv().NEO4J_DATABASE, quietLogger()), { scale: 1, seed: 1 }, seedDir());
        const withSynthetic = await snapshot(driver, GRAPH);
        expect(withSynthetic.nodeCount).toBeGreaterThan(seeded.nodeCount);
        const graph = parseJson(toJson(await readGraph(db)));
        expect(await importGraph(db, graph)).toEqual({
          nodes: withSynthetic.nodeCount,
          relationships: withSynthetic.relationshipCount,
          changes: 0,
        });
        expect(await snapshot(driver, GRAPH)).toEqual(withSynthetic);
      } finally {
        await loadRealSeed(driver);
      }
      expect(await snapshot(driver, GRAPH)).toEqual(seeded);
    });
  });
});
