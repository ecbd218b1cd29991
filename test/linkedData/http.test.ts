/**
 * The graph's IRIs (entities', facts', claims') over real HTTP against the real seed, read by real clients: each IRI fetched with each Accept
 * (JSON-LD through jsonld's expand and toRDF, Turtle and N-Triples through n3's parser, HTML with its embedded
 * JSON-LD), all giving the same triples (canonicalised), each within the dump; q-values honoured; 406 naming the
 * types offered, 404 for an unknown id, 400 for a malformed one; the dumps in three formats alike, with an ETag
 * that gives 304; the VoID description's counts and links; vocabulary terms with their definitions.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import type { Driver } from 'neo4j-driver';
import { loadRealSeed } from '../seed/graphChecksum';
import { graphql, startTestServer, TestServer } from '../support/http';
import { projectRoot } from '../../src/localdb/instance';
import { cypher, testDriver, testEnv } from '../support/neo4j';

const NT = 'application/n-triples';
const canon = (nquads: string): Promise<string> =>
  jsonld.canonize(nquads as unknown as object, {
    algorithm: 'URDNA2015',
    inputFormat: 'application/n-quads',
    format: 'application/n-quads',
  });
const toNQuads = async (doc: unknown) =>
  (await jsonld.toRDF(await jsonld.expand(doc as object), { format: 'application/n-quads' })) as unknown as string;
const lines = (nt: string) => new Set(nt.split('\n').filter((l) => l.trim() !== ''));

describe('linked data over HTTP', () => {
  let driver: Driver;
  let server: TestServer;
  let dumpLines: Set<string>;

  const get = (path: string, accept?: string, headers: Record<string, string> = {}) =>
    fetch(path.startsWith('http') ? path : `${server.url}${path}`, { headers: { ...(accept ? { accept } : {}), ...headers } });

  beforeAll(async () => {
    driver = testDriver();
    await loadRealSeed(driver);
    server = await startTestServer(driver);
    const dump = await get('/data/graph.nt');
    dumpLines = lines(await canon(await dump.text()));
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  /** The same IRI in every representation: the same triples, canonicalised. */
  async function everyRepresentation(iri: string): Promise<string> {
    const nt = await get(iri, NT);
    expect(nt.status).toBe(200);
    expect(nt.headers.get('content-type')).toMatch(/^application\/n-triples/);
    expect(nt.headers.get('vary')).toMatch(/Accept/i);
    const ntText = await nt.text();
    const expected = await canon(ntText);

    const ld = await get(iri, 'application/ld+json');
    expect(ld.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(await canon(await toNQuads(await ld.json()))).toBe(expected);

    const ttl = await get(iri, 'text/turtle');
    expect(ttl.headers.get('content-type')).toMatch(/^text\/turtle/);
    const fromTurtle = new Parser({ format: 'Turtle' }).parse(await ttl.text());
    const fromNt = new Parser({ format: 'N-Triples' }).parse(ntText);
    expect(new Set(fromTurtle.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`))).toEqual(
      new Set(fromNt.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`)),
    );

    const html = await get(iri, 'text/html');
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await html.text();
    const embedded = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page);
    expect(embedded).not.toBeNull();
    expect(await canon(await toNQuads(JSON.parse(embedded![1])))).toBe(expected);
    expect(page).toMatch(/<html lang="en">/);
    return page;
  }

  it("answers an entity's IRI in HTML, JSON-LD, Turtle and N-Triples alike, every triple one of the dump's", async () => {
    const iri = `${server.url}/id/work/infernal-affairs`;
    const page = await everyRepresentation(iri);
    // The entity's page (entityPage.ts): its name, its names in each script, its facts' sources.
    expect(page).toContain('<h1>Infernal Affairs</h1>');
    expect(page).toContain('lang="zh-Hant">無間道<');
    expect(page).toContain(`href="${server.url}/id/source/paper"`);
    const mine = lines(await canon(await (await get(iri, NT)).text()));
    expect([...mine].filter((l) => !dumpLines.has(l))).toEqual([]);
  });

  it("answers a fact's IRI, from its relationship id, with its source and locator", async () => {
    const [row] = await cypher(driver, 'MATCH (:Region)-[r:IMPORTED_FROM]->(:Region) RETURN r.id AS id ORDER BY r.id LIMIT 1');
    const [type, from, to, key] = (row.id as string).split('|');
    const iri = `${server.url}/id/fact/${type}/${from}/${to}/${encodeURIComponent(key)}`;
    await everyRepresentation(iri);
    const nt = await (await get(iri, NT)).text();
    expect(nt).toContain(`<${iri}> <http://www.w3.org/ns/prov#wasDerivedFrom> <${server.url}/id/source/paper>`);
    expect(nt).toContain(`<${iri}> <${server.url}/vocab/locator> "Table 1`);
  });

  it('honours q-values, answers HTML to a client that takes anything, and refuses with 406 naming the types offered', async () => {
    const preferred = await get('/id/work/infernal-affairs', 'text/turtle;q=0.5, application/n-triples;q=0.9, text/html;q=0.1');
    expect(preferred.headers.get('content-type')).toMatch(/^application\/n-triples/);
    expect((await get('/id/work/infernal-affairs', '*/*')).headers.get('content-type')).toMatch(/^text\/html/);
    const refused = await get('/id/work/infernal-affairs', 'image/png');
    expect(refused.status).toBe(406);
    const body = (await refused.json()) as any;
    expect(body.errors[0].extensions).toEqual({
      code: 'NOT_ACCEPTABLE',
      offered: ['text/html', 'application/ld+json', 'text/turtle', 'application/n-triples'],
    });
    expect(body.errors[0].message).toContain('text/turtle');
  });

  it('answers 404 for an unknown id or fact and 400 for a malformed IRI', async () => {
    for (const path of ['/id/work/no-such-work', '/id/banana/split', '/id/fact/AIRED_ON/work:infernal-affairs/platform:tvb-jade/1999']) {
      const res = await get(path, NT);
      expect([path, res.status]).toEqual([path, 404]);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    for (const path of [
      '/id/work/Infernal_Affairs',
      '/id/work',
      '/id/work/a/b',
      '/id/fact/NOT_A_TYPE/work:a/work:b',
      '/id/work/%E0%A4%A',
    ]) {
      const res = await get(path, NT);
      expect([path, res.status]).toEqual([path, 400]);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('serves the dumps in three formats with the same triples, and a 304 for an unchanged graph', async () => {
    const ttl = await get('/data/graph.ttl');
    expect(ttl.headers.get('content-type')).toMatch(/^text\/turtle/);
    const turtleQuads = new Parser({ format: 'Turtle' }).parse(await ttl.text());
    const nt = await (await get('/data/graph.nt')).text();
    const ntQuads = new Parser({ format: 'N-Triples' }).parse(nt);
    const key = (q: { subject: { id: string }; predicate: { id: string }; object: { id: string } }) =>
      `${q.subject.id} ${q.predicate.id} ${q.object.id}`;
    expect(new Set(turtleQuads.map(key))).toEqual(new Set(ntQuads.map(key)));
    const ld = await get('/data/graph.jsonld');
    expect(lines(await canon(await toNQuads(await ld.json())))).toEqual(dumpLines);
    const etag = ttl.headers.get('etag');
    expect(etag).toMatch(/^W\/"graph-/);
    expect((await get('/data/graph.ttl', undefined, { 'if-none-match': etag! })).status).toBe(304);
    // A write changes the version, so the old ETag no longer matches.
    await cypher(driver, "CREATE (:Work {id: 'work:ld-probe', title: 'Probe'})");
    try {
      const after = await get('/data/graph.ttl', undefined, { 'if-none-match': etag! });
      expect(after.status).toBe(200);
      expect(await after.text()).toContain('/id/work/ld-probe');
    } finally {
      await cypher(driver, "MATCH (w:Work {id: 'work:ld-probe'}) DETACH DELETE w");
    }
  });

  it('describes the dataset in VoID and DCAT: its triples, entities, dumps, SPARQL endpoint and sources', async () => {
    const res = await get('/.well-known/void', 'text/turtle');
    expect(res.status).toBe(200);
    const quads = new Parser({ format: 'Turtle', baseIRI: server.url }).parse(await res.text());
    const value = (p: string) => quads.filter((q) => q.predicate.value === p).map((q) => q.object.value);
    expect(value('http://rdfs.org/ns/void#triples')).toEqual([String(dumpLines.size)]);
    const [{ nodes }] = await cypher(driver, 'MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog RETURN count(n) AS nodes');
    expect(value('http://rdfs.org/ns/void#entities')).toEqual([String(nodes)]);
    expect(value('http://rdfs.org/ns/void#sparqlEndpoint')).toEqual([`${server.url}/sparql`]);
    expect(value('http://rdfs.org/ns/void#dataDump').sort()).toEqual(['jsonld', 'nt', 'ttl'].map((f) => `${server.url}/data/graph.${f}`));
    expect(value('http://purl.org/dc/terms/source')).toContain(`${server.url}/id/source/paper`);
    expect(value('http://rdfs.org/ns/void#vocabulary')).toEqual(
      expect.arrayContaining(['http://schema.org/', 'http://www.w3.org/ns/prov#']),
    );
  });

  it("answers each vocabulary term with its label and definition, one of the graph's open properties too", async () => {
    await everyRepresentation(`${server.url}/vocab/airedOn`);
    const rating = await (await get('/vocab/rating', NT)).text();
    expect(rating).toContain('<http://www.w3.org/2000/01/rdf-schema#comment> "A TV audience rating');
    const open = await (await get('/vocab/launchYear', NT)).text();
    expect(open).toContain('a year');
    expect((await get('/vocab/noSuchTermAnywhere', NT)).status).toBe(404);
    const all = await (await get('/vocab/', 'text/turtle')).text();
    expect(all).toContain('avx:MarketYear');
  });

  it('writes the same dump with npm run export -- --format nt|ttl|jsonld, its IRIs under PUBLIC_BASE_URL', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rdf-export-'));
    try {
      // Run asynchronously: the server under test is in this process and must go on answering meanwhile.
      const run = (format: string) =>
        new Promise<{ status: number; stderr: string }>((resolve) => {
          execFile(
            process.execPath,
            [path.join(projectRoot(), 'dist', 'scripts', 'export.js'), '--format', format, '--out', dir],
            { env: { ...process.env, ...testEnv(), LOG_LEVEL: 'silent', PUBLIC_BASE_URL: server.url }, encoding: 'utf8', timeout: 120_000 },
            (error, _stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stderr }),
          );
        });
      for (const format of ['nt', 'ttl', 'jsonld']) expect([format, (await run(format)).status]).toEqual([format, 0]);
      expect(lines(await canon(fs.readFileSync(path.join(dir, 'graph.nt'), 'utf8')))).toEqual(dumpLines);
      const turtle = new Parser({ format: 'Turtle' }).parse(fs.readFileSync(path.join(dir, 'graph.ttl'), 'utf8'));
      expect(turtle.length).toBe(dumpLines.size);
      const fromJsonLd = await toNQuads(JSON.parse(fs.readFileSync(path.join(dir, 'graph.jsonld'), 'utf8')));
      expect(lines(await canon(fromJsonLd))).toEqual(dumpLines);
      const refused = await run('turtle');
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('--format must be one of json, graphml, csv, nt, ttl, jsonld');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives each entity's and fact's IRI in GraphQL (iri), and each IRI answers with that entity or fact", async () => {
    const answer = await graphql(server.url, '{ node(id: "work:infernal-affairs") { iri citations { iri } } }');
    const node = (answer.data as any).node;
    expect(node.iri).toBe(`${server.url}/id/work/infernal-affairs`);
    const [citation] = node.citations;
    expect(citation.iri).toBe(`${server.url}/id/fact/CITED_IN/work:infernal-affairs/source:general-knowledge`);
    for (const iri of [node.iri, citation.iri]) {
      const nt = await (await get(iri, NT)).text();
      expect(nt).toContain(`<${iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>`);
    }
  });

  it("answers a claim's IRI, as GraphQL's Claim.iri gives it, in every representation; its fact's IRI shows its claims", async () => {
    const answer = await graphql(
      server.url,
      '{ conflicts(about: "work:warriors-of-future", factType: "RELEASED_IN") { factId claims { id iri sourceId } } }',
    );
    const [conflict] = (answer.data as any).conflicts as { factId: string; claims: { id: string; iri: string; sourceId: string }[] }[];
    expect(conflict.claims.length).toBeGreaterThanOrEqual(2);
    const [type, from, to, key] = conflict.factId.split('|');
    const fact = `${server.url}/id/fact/${type}/${from}/${to}/${key}`;
    const factNt = await (await get(fact, NT)).text();
    for (const claim of conflict.claims) {
      expect(claim.iri).toBe(`${server.url}/id/claim/${claim.id.slice('claim:'.length)}`);
      const page = await everyRepresentation(claim.iri);
      expect(page).toContain('prov:wasDerivedFrom');
      const nt = await (await get(claim.iri, NT)).text();
      expect(nt).toContain(`<${claim.iri}> <${server.url}/vocab/claimOf> <${fact}>`);
      expect(nt).toContain(
        `<${claim.iri}> <http://www.w3.org/ns/prov#wasDerivedFrom> <${server.url}/id/source/${claim.sourceId.slice(7)}>`,
      );
      expect([...lines(await canon(nt))].filter((l) => !dumpLines.has(l))).toEqual([]);
      expect(factNt).toContain(`<${claim.iri}> <${server.url}/vocab/claimOf> <${fact}>`);
    }
    expect([...lines(await canon(factNt))].filter((l) => !dumpLines.has(l))).toEqual([]);
    const unknown = await get('/id/claim/0000000000', NT);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).errors[0].message).toContain('The claim claim:0000000000 names nothing');
    expect((await get('/id/claim/NOT-A-DIGEST', NT)).status).toBe(400);
  });
});
