/**
 * The SPARQL engine (src/server/sparql/engine.ts) without Neo4j: Oxigraph in its real worker thread (the build's
 * copy, dist/src/server/sparql/worker.js, which `npm test` builds first), fed a fixed graph. The row cap in every
 * format, the read-only and parse refusals, a replace of an entity's named graph, and the timeout that ends the
 * thread, after which a new one answers.
 */
import { Parser } from 'n3';
import { GraphQuads, SparqlEngine } from '../../src/server/sparql/engine';
import { quietLogger } from '../support/neo4j';

const BASE = 'http://sparql.test';
const NAME = 'http://schema.org/name';
const work = (i: number) => `${BASE}/id/work/w${i}`;
// 200 works, each in its own named graph, as the server keeps entities.
const GRAPH = Array.from({ length: 200 }, (_, i) => `<${work(i)}> <${NAME}> "Work ${i}" <${work(i)}> .`).join('\n');

const described: string[][] = [];
const quads: GraphQuads = {
  async *wholeGraph() {
    yield GRAPH;
  },
  async describe(entities) {
    described.push(entities);
    return { graphs: [work(1)], nquads: `<${work(1)}> <${NAME}> "Renamed" <${work(1)}> .` };
  },
};

let engine: SparqlEngine;
beforeAll(() => {
  // A long timeout here: on a loaded machine a first query may take seconds; the timeout has an engine of its own below.
  engine = new SparqlEngine(quads, { timeoutMs: 120_000, maxRows: 10 }, quietLogger(), () => BASE);
});
afterAll(async () => {
  await engine.close();
});

const ALL = `SELECT ?name ?work WHERE { ?work <${NAME}> ?name } ORDER BY ?work`;

describe('SparqlEngine', () => {
  it('cuts at the cap in every results format, keeping the query order of variables', async () => {
    const json = await engine.query(ALL, { results: 'application/sparql-results+json' });
    expect(json).toMatchObject({ ok: true, rows: 10, capped: true });
    const parsed = JSON.parse((json as { body: string }).body);
    expect(parsed.head.vars).toEqual(['name', 'work']);
    expect(parsed.results.bindings).toHaveLength(10);
    const csv = await engine.query(ALL, { results: 'text/csv' });
    expect((csv as { body: string }).body.trim().split('\r\n')).toHaveLength(11);
    const xml = await engine.query(ALL, { results: 'application/sparql-results+xml' });
    expect((xml as { body: string }).body.match(/<result>/g)).toHaveLength(10);
    const small = await engine.query(`SELECT ?name WHERE { <${work(3)}> <${NAME}> ?name }`, { results: 'text/tab-separated-values' });
    expect(small).toMatchObject({ ok: true, body: '?name\n"Work 3"\n', capped: false });
  });

  it('cuts a CONSTRUCT at the cap, written as Turtle n3 parses', async () => {
    const answer = await engine.query('CONSTRUCT WHERE { ?s ?p ?o }', { graph: 'text/turtle' });
    expect(answer).toMatchObject({ ok: true, capped: true, mediaType: 'text/turtle' });
    expect(new Parser().parse((answer as { body: string }).body)).toHaveLength(10);
  });

  it('resolves relative IRIs against the base', async () => {
    const answer = await engine.query(`ASK { </id/work/w7> <${NAME}> "Work 7" }`, { results: 'application/sparql-results+json' });
    expect(JSON.parse((answer as { body: string }).body).boolean).toBe(true);
  });

  it('tells an update from a query that does not parse', async () => {
    expect(await engine.query(`DELETE WHERE { ?s ?p ?o }`, { results: 'text/csv' })).toMatchObject({ ok: false, failure: 'update' });
    const bad = await engine.query('SELECT ?x WHERE { ?x }', { results: 'text/csv' });
    expect(bad).toMatchObject({ ok: false, failure: 'syntax', message: expect.stringMatching(/^error at 1:\d+/) });
    expect(await engine.query(`ASK { ?s ?p ?o }`, { results: 'text/csv' })).toMatchObject({ ok: true });
  });

  it("replaces an entity's named graph on refresh", async () => {
    await engine.refresh(['work:w1']);
    expect(described).toEqual([['work:w1']]);
    const answer = await engine.query(`SELECT ?name WHERE { <${work(1)}> <${NAME}> ?name }`, { results: 'text/csv' });
    expect((answer as { body: string }).body).toBe('name\r\nRenamed\r\n');
  });

  it('ends a query past the timeout, and a new thread answers afterwards', async () => {
    const engine = new SparqlEngine(quads, { timeoutMs: 1000, maxRows: 10 }, quietLogger(), () => BASE);
    const endless = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }';
    const answer = await engine.query(endless, { results: 'text/csv' });
    expect(answer).toMatchObject({ ok: false, failure: 'timeout', message: expect.stringContaining('SPARQL_TIMEOUT_MS (1000 ms)') });
    // The new thread is loaded again from wholeGraph() (here the fixed graph), and answers.
    const after = await engine.query(`SELECT ?name WHERE { <${work(2)}> <${NAME}> ?name }`, { results: 'text/csv' });
    expect((after as { body: string }).body).toBe('name\r\nWork 2\r\n');
    await engine.close();
  });
});
